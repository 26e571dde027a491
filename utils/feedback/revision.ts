import type { FeedbackItemRecord } from '../model/records';
import { wordsChanged } from '../text/word-diff';

/**
 * Whether the student acted on an item's passage, as far as the page shows:
 * `revised` when the passage found now reads differently from the quote
 * the feedback was written on; `notYetRevised` when it reads the same and
 * the item's follow-up date has come (the teacher planned to see a change
 * by then); `none` otherwise, and whenever the passage was not found.
 */
export type RevisionState = 'revised' | 'notYetRevised' | 'none';

/** What an item's revision state depends on. */
export type RevisionFields = Pick<FeedbackItemRecord, 'anchor' | 'followUpAt'>;

/**
 * The revision state of an item whose passage covers `currentText` in the
 * page now (undefined while it is not found there). Only words and
 * punctuation count, so a word processor's re-spacing or curly quotes is
 * no revision.
 */
export function revisionState(
  item: RevisionFields,
  currentText: string | undefined,
  now: number,
): RevisionState {
  if (!item.anchor || currentText === undefined) return 'none';
  if (wordsChanged(item.anchor.quote.exact, currentText)) return 'revised';
  return item.followUpAt !== undefined && item.followUpAt <= now ? 'notYetRevised' : 'none';
}
