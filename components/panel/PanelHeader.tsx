import { useI18n } from '../../utils/i18n/context';
import { IconButton } from '../ui/IconButton';

/**
 * The panel's title bar: which document this is, and collapse/close controls.
 * The title's `titleId` names the panel's main landmark after the document.
 */
export function PanelHeader(props: {
  title: string;
  titleId: string;
  onCollapse(): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  return (
    <header class="panel-header">
      <div class="brand">
        <span class="product">{t('extName')}</span>
        <h1 id={props.titleId} class="document-title" title={props.title}>
          {props.title || t('documentUntitled')}
        </h1>
      </div>
      <div class="header-actions">
        <IconButton label={t('panelCollapse')} symbol="⇥" onClick={props.onCollapse} />
        <IconButton label={t('panelClose')} symbol="✕" onClick={props.onClose} />
      </div>
    </header>
  );
}
