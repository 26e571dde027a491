import { useId } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';

/**
 * Shown on an item whose passage is gone from the page: says so plainly,
 * keeps everything else about the item usable, and offers to move it to
 * the passage the teacher selects now.
 */
export function OrphanNotice(props: {
  number: number;
  /** Whether the teacher has a passage selected in the page to move the item to. */
  canReattach: boolean;
  onReattach(): Promise<void>;
}) {
  const { t } = useI18n();
  const hintId = useId();
  return (
    <div class="orphan-notice" data-testid="orphan-notice">
      <p id={hintId}>
        <strong class="badge">{t('anchorOrphaned')}</strong> {t('anchorOrphanedHint')}
      </p>
      <button
        type="button"
        aria-label={t('anchorReattachLabel', { number: props.number })}
        aria-describedby={hintId}
        disabled={!props.canReattach}
        title={props.canReattach ? undefined : t('anchorReattachNeedsSelection')}
        onClick={() => void props.onReattach()}
      >
        {t('anchorReattach')}
      </button>
      {!props.canReattach && <p class="hint">{t('anchorReattachNeedsSelection')}</p>}
    </div>
  );
}
