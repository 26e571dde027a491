import { useEffect } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';

const SHOWN_FOR_MS = 10_000;

/** "Deleted — Undo", for a while after a delete: nothing is gone at one wrong click. */
export function UndoNotice(props: { message: string; onUndo(): void; onDismiss(): void }) {
  const { t } = useI18n();
  const { onDismiss } = props;
  useEffect(() => {
    const timer = setTimeout(onDismiss, SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [onDismiss]);
  return (
    <div class="undo-notice" role="status">
      <span>{props.message}</span>
      <button type="button" onClick={props.onUndo}>
        {t('actionUndo')}
      </button>
    </div>
  );
}
