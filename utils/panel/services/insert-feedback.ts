import type { FeedbackItemRecord, Repositories } from '../../db/index';
import { feedbackHtml } from '../../feedback/feedback-html';
import { composeFeedbackText, type PreviewFormat } from '../../feedback/preview';
import type { Locale } from '../../i18n/index';
import { isAnchor } from '../../model/anchor';
import type { InsertFallbackReason } from '../../model/insert';
import type { PageConnection } from '../adapters/page-connection';

/** What the teacher is told after "Insert": where the feedback went, or what to do by hand. */
export type InsertResult =
  | { kind: 'inserted' | 'commentPosted' }
  | {
      kind: 'commentReady';
      /** What came of the box once the teacher let go of it: posted, or not (then copied). */
      settled: Promise<InsertResult>;
    }
  | {
      kind: 'fallback';
      /** Besides the page's reasons: it did not answer, or the item's saved passage could not be read. */
      reason: InsertFallbackReason | 'noAnswer' | 'unreadablePassage';
      copied: boolean;
    };

/** The item as the text and formatted text that go into the document or onto the clipboard. */
export function feedbackContent(
  item: Pick<FeedbackItemRecord, 'parts'>,
  options: { format: PreviewFormat; lang: Locale },
): { text: string; html: string } {
  const text = composeFeedbackText(item.parts, options);
  return { text, html: feedbackHtml(text) };
}

/** The feedback onto the clipboard; whether that worked (a refusal is told to the teacher, never thrown). */
export function copyQuietly(
  copy: (content: { text: string; html: string }) => Promise<void>,
  content: { text: string; html: string },
) {
  return copy(content).then(
    () => true,
    () => false,
  );
}

/**
 * Puts one saved item into the document: the page tries (a Google Docs
 * comment, or the comment field the teacher was in) and, whenever it
 * cannot, the feedback goes onto the clipboard so nothing is lost and the
 * teacher only has to paste. An item whose saved passage cannot be read
 * goes straight to the clipboard. A successful insert is recorded with its time.
 */
export async function insertFeedback(
  item: FeedbackItemRecord,
  services: {
    page: Pick<PageConnection, 'request' | 'on'>;
    repos: Pick<Repositories, 'feedback'>;
    copy(content: { text: string; html: string }): Promise<void>;
  },
  options: { format: PreviewFormat; lang: Locale; autoPost: boolean; now?: () => number },
): Promise<InsertResult> {
  const content = feedbackContent(item, options);
  // A damaged passage (an old backup) would make the page refuse the whole request.
  const outcome = !(item.anchor === null || isAnchor(item.anchor))
    ? ({ status: 'fallback', reason: 'unreadablePassage' } as const)
    : await services.page
        .request('page/insert', {
          anchor: item.anchor,
          text: content.text,
          autoPost: options.autoPost,
        })
        .catch(() => ({ status: 'fallback', reason: 'noAnswer' }) as const);
  const markInserted = () =>
    services.repos.feedback.markInserted(item.id, (options.now ?? Date.now)());
  if (outcome.status === 'commentReady') {
    // Docs' box holds the text; it counts as inserted only once a comment with it shows.
    const settled = new Promise<InsertResult>((resolve) => {
      const off = services.page.on('page/commentSettled', async ({ posted, copied }) => {
        off();
        if (posted) {
          await markInserted();
          resolve({ kind: 'commentPosted' });
        } else {
          // The page copies it (the teacher acted there last); if it could not, the panel tries.
          const onClipboard = copied || (await copyQuietly(services.copy, content));
          resolve({ kind: 'fallback', reason: 'commentNotPosted', copied: onClipboard });
        }
      });
    });
    return { kind: 'commentReady', settled };
  }
  if (outcome.status !== 'fallback') {
    await markInserted();
    return { kind: outcome.status };
  }
  const copied = await copyQuietly(services.copy, content);
  return { kind: 'fallback', reason: outcome.reason, copied };
}
