import { useId, useMemo, useState } from 'preact/hooks';
import { revisionState } from '../../utils/feedback/revision';
import { useI18n } from '../../utils/i18n/context';
import type { FeedbackItemRecord } from '../../utils/model/records';
import { diffWords } from '../../utils/text/word-diff';
import { usePassageText } from './passage-texts';
import { WordDiff } from './WordDiff';

/**
 * Tells the teacher, on a saved item, whether the student has revised its
 * passage since the feedback: "Revised since your feedback" with the
 * changes word by word on request, or "Not yet revised" once the item's
 * follow-up date has come and the passage still reads the same. Nothing
 * while the passage is not found in the page. The note is a standing label
 * of the item, read with it, not a live message: a list of revised items
 * would otherwise be announced all at once when the panel opens.
 */
export function RevisionNote(props: { item: FeedbackItemRecord; now: number }) {
  const { t } = useI18n();
  const { item } = props;
  const current = usePassageText(item.id);
  const state = revisionState(item, current, props.now);
  const [open, setOpen] = useState(false);
  const diffId = useId();
  const before = item.anchor?.quote.exact;
  const runs = useMemo(
    () => (open && before !== undefined && current !== undefined ? diffWords(before, current) : []),
    [open, before, current],
  );

  if (state === 'none') return null;
  if (state === 'notYetRevised') {
    return (
      <p class="revision-note hint" data-testid="revision-note">
        {t('revisionNotYet')}
      </p>
    );
  }
  return (
    <div class="revision">
      <p class="revision-note hint" data-testid="revision-note">
        {t('revisionRevised')}
      </p>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={open ? diffId : undefined}
        onClick={() => setOpen((shown) => !shown)}
      >
        {t(open ? 'revisionHideChanges' : 'revisionShowChanges')}
      </button>
      {open && <WordDiff id={diffId} runs={runs} />}
    </div>
  );
}
