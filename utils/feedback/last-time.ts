import type { DocumentRecord, FeedbackItemRecord } from '../model/records';

/** How many of the learner's open feed-forwards the panel shows before "Show more". */
export const LAST_TIME_SHOWN = 3;

/** What deciding whether a feed-forward is still open reads from an item. */
export type OpenFeedForwardFields = Pick<FeedbackItemRecord, 'parts' | 'status' | 'outcome'>;

/**
 * Whether an item holds a next step the learner has not yet taken up: a
 * saved feed-forward with no outcome, or one the teacher marked "not yet"
 * or "partly". Only "acted on" closes it, because new feedback should build
 * on every step still under way.
 */
export function isOpenFeedForward(item: OpenFeedForwardFields): boolean {
  if (item.status === 'draft') return false;
  if (item.outcome?.kind === 'actedOn') return false;
  return item.parts.some((part) => part.question === 'feedForward' && part.text.trim() !== '');
}

/** One open next step from earlier work, as the "last time" hint shows it. */
export interface LastTimeEntry {
  itemId: string;
  /** The title of the document it was given on; empty when that document is gone. */
  documentTitle: string;
  /** When the feedback was given. */
  at: number;
  /** The feed-forward's words (several feed-forward parts joined). */
  text: string;
  /** The teacher's word on it so far, when there is one ("not yet", "partly"). */
  outcome: FeedbackItemRecord['outcome'];
}

/**
 * The learner's open next steps from OTHER documents than the one open,
 * newest first, each with the title of its document, so the teacher writing
 * new feedback sees what is still under way and builds on it.
 */
export function lastTimeEntries(
  items: readonly FeedbackItemRecord[],
  documents: readonly Pick<DocumentRecord, 'id' | 'title'>[],
  openDocumentId: string | undefined,
): LastTimeEntry[] {
  const titles = new Map(documents.map((document) => [document.id, document.title]));
  return items
    .filter((item) => item.documentId !== openDocumentId && isOpenFeedForward(item))
    .sort((a, b) => b.createdAt - a.createdAt)
    .map((item) => ({
      itemId: item.id,
      documentTitle: titles.get(item.documentId) ?? '',
      at: item.createdAt,
      text: item.parts
        .filter((part) => part.question === 'feedForward' && part.text.trim() !== '')
        .map((part) => part.text.trim())
        .join(' '),
      outcome: item.outcome,
    }));
}
