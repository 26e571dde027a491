import { useI18n } from '../../utils/i18n/context';
import { formatDateTime } from '../../utils/i18n/index';
import type { FeedbackItemRecord } from '../../utils/model/records';
import { compactText } from '../../utils/text/compact';

/** How much of a draft's text names it in the list. */
const WORDS_SHOWN = 80;

/** A draft's first words, by which the teacher recognises it. */
function firstWords(draft: FeedbackItemRecord): string {
  const text = draft.parts.map((part) => part.text).find((part) => part.trim() !== '');
  return compactText(text ?? '', WORDS_SHOWN);
}

/**
 * Several drafts of this document were left by panels that closed before
 * saving (two tabs, say): each is listed by its first words and when it
 * was last changed, to resume or discard, until none is left. Resuming is offered while the
 * composer is empty, so the text being written is never replaced.
 */
export function LeftDraftsOffer(props: {
  offers: FeedbackItemRecord[];
  composerEmpty: boolean;
  onResume(draft: FeedbackItemRecord): void;
  onDiscard(draft: FeedbackItemRecord): void;
}) {
  const { t, plural, locale } = useI18n();
  const count = props.offers.length;
  if (count === 0) return null;
  return (
    <fieldset class="left-drafts">
      <legend>{plural('leftDraftsHeading', count)}</legend>
      <p class="hint">{props.composerEmpty ? t('leftDraftsHint') : t('leftDraftsHintBusy')}</p>
      <ul>
        {props.offers.map((draft) => {
          const words = firstWords(draft);
          return (
            <li key={draft.id}>
              <span class="left-draft-words">{words}</span>
              <span class="left-draft-time">{formatDateTime(draft.updatedAt, locale)}</span>
              <span class="left-draft-actions">
                <button
                  type="button"
                  disabled={!props.composerEmpty}
                  aria-label={t('leftDraftResume', { words })}
                  onClick={() => props.onResume(draft)}
                >
                  {t('leftDraftResumeShort')}
                </button>
                <button
                  type="button"
                  aria-label={t('leftDraftDiscard', { words })}
                  onClick={() => props.onDiscard(draft)}
                >
                  {t('leftDraftDiscardShort')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
