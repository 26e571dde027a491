import type { FeedbackItemRecord } from '../../model/records';
import type { PageConnection } from '../adapters/page-connection';

/** What happened when the teacher asked to see an item's passage in the document. */
export type RevealOutcome = 'found' | 'notFound' | 'noAnswer';

/**
 * Scrolls the page to an item's passage and says whether it was there; an
 * item about the whole document is always "found". A page that does not
 * answer is reported, never thrown, so the list can say so.
 */
export async function revealPassage(
  page: Pick<PageConnection, 'request'>,
  item: Pick<FeedbackItemRecord, 'anchor'>,
): Promise<RevealOutcome> {
  if (!item.anchor) return 'found';
  try {
    const { found } = await page.request('page/scrollTo', { anchor: item.anchor });
    return found ? 'found' : 'notFound';
  } catch {
    return 'noAnswer';
  }
}
