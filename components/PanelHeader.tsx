import { useI18n } from '../utils/i18n/context';

/** The panel's title bar: which document this is, and collapse/close controls. */
export function PanelHeader(props: { title: string; onCollapse(): void; onClose(): void }) {
  const { t } = useI18n();
  return (
    <header class="panel-header">
      <div class="brand">
        <span class="product">{t('extName')}</span>
        <h1 class="document-title" title={props.title}>
          {props.title || t('documentUntitled')}
        </h1>
      </div>
      <div class="header-actions">
        <button
          type="button"
          class="icon"
          onClick={props.onCollapse}
          aria-label={t('panelCollapse')}
          title={t('panelCollapse')}
        >
          <span aria-hidden="true">⇥</span>
        </button>
        <button
          type="button"
          class="icon"
          onClick={props.onClose}
          aria-label={t('panelClose')}
          title={t('panelClose')}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
    </header>
  );
}
