import { useI18n } from '../../utils/i18n/context';
import type { DocumentIdentity } from '../../utils/model/document';

/**
 * One line at the top of the panel after a single-page app moved on to
 * another student's text without reloading: the panel followed, and the
 * teacher learns where new feedback goes and where their unsaved words
 * stayed. A status, not an alert: nothing went wrong.
 */
export function DocumentMovedNotice(props: {
  previous: DocumentIdentity;
  shown: DocumentIdentity;
  onDismiss(): void;
}) {
  const { t } = useI18n();
  const untitled = t('documentUntitled');
  return (
    <div class="moved-notice" role="status">
      <p>
        {t('panelDocumentMoved', {
          shown: props.shown.title || untitled,
          previous: props.previous.title || untitled,
        })}
      </p>
      <button type="button" onClick={props.onDismiss}>
        {t('panelDocumentMovedDismiss')}
      </button>
    </div>
  );
}
