import { useState } from 'preact/hooks';
import { APP_VERSION } from '../../utils/app-version';
import { useI18n } from '../../utils/i18n/context';
import type { MessageKey } from '../../utils/i18n/index';
import type { DocsAccess, DocsMode } from '../../utils/model/page-access';
import { copyText } from '../../utils/panel/adapters/clipboard';
import { docsDiagnostic } from '../../utils/panel/logic/docs-diagnostic';

/** The document line's name for each mode. */
export const DOCS_MODE_KEYS: Record<DocsMode, MessageKey> = {
  full: 'docsModeFull',
  layer: 'docsModeLayer',
  canvas: 'docsModeCanvas',
};

const EXPLANATION_KEYS: Record<DocsMode, MessageKey> = {
  full: 'docsExplainFull',
  layer: 'docsExplainLayer',
  canvas: 'docsExplainCanvas',
};

/**
 * What the Google Docs mode in the document line means for the teacher and
 * what they can do about it, and a diagnostic to copy for support. Shown
 * when the line is opened, so the explanation is one click away.
 */
export function DocsAccessDetails(props: { access: DocsAccess }) {
  const { t } = useI18n();
  const { access } = props;
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = () =>
    copyText(docsDiagnostic(access, { app: APP_VERSION, browser: navigator.userAgent })).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <section
      class="docs-access"
      data-testid="docs-access"
      aria-label={t(DOCS_MODE_KEYS[access.mode])}
    >
      <p>{t(EXPLANATION_KEYS[access.mode])}</p>
      {access.mode === 'canvas' && access.export !== 'ok' && (
        <p class="warning">{t('docsExportRefused')}</p>
      )}
      {access.mode !== 'full' && <p class="hint">{t('docsTipReload')}</p>}
      <p class="hint">{t('docsDiagnosticHint')}</p>
      <button type="button" onClick={() => void copy()}>
        {t('docsDiagnosticCopy')}
      </button>
      {copied !== null && (
        <p class={copied ? 'hint' : 'warning'} role="status">
          {t(copied ? 'docsDiagnosticCopied' : 'copyFailed')}
        </p>
      )}
    </section>
  );
}
