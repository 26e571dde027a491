import type { FeedbackLevel } from '../model/feedback';
import type { DocumentRecord, FeedbackItemRecord } from '../model/records';
import { inPeriod, type PeriodBounds } from './period';

/** One feedback part as the summary lists it: its words, when and on which document. */
export interface SummaryPart {
  itemId: string;
  partId: string;
  at: number;
  level: FeedbackLevel;
  text: string;
  documentTitle: string;
}

/** A next step given, with what came of it as the teacher recorded it. */
export interface SummaryFeedForward extends SummaryPart {
  outcome: FeedbackItemRecord['outcome'];
}

/** What a learner's summary for a development talk shows from the feedback of a period. */
export interface StudentSummary {
  /** Feed-back parts about the work, its process and the learner's self-regulation, oldest first. */
  strengths: SummaryPart[];
  /** Every feed-forward given, oldest first, with its outcome. */
  feedForwards: SummaryFeedForward[];
}

/** Levels whose feed-back says how the work and the learning are going; praise of the person is left out. */
const WORK_LEVELS: readonly FeedbackLevel[] = ['task', 'process', 'selfRegulation'];

/**
 * The learner's strengths and next steps over a period, from the feedback
 * the teacher gave: the feed-back parts at task, process and
 * self-regulation level (where the work stands, what works — praise of the
 * person is kept apart, as the research asks) and every feed-forward with
 * its outcome. Only what was written is shown, nothing inferred.
 */
export function studentSummary(
  items: readonly FeedbackItemRecord[],
  documents: readonly Pick<DocumentRecord, 'id' | 'title'>[],
  bounds: PeriodBounds,
): StudentSummary {
  const titles = new Map(documents.map((document) => [document.id, document.title]));
  const given = items
    .filter((item) => item.status !== 'draft' && inPeriod(item.createdAt, bounds))
    .sort((a, b) => a.createdAt - b.createdAt);
  const partsOf = (
    item: FeedbackItemRecord,
    keep: (part: FeedbackItemRecord['parts'][number]) => boolean,
  ) =>
    item.parts
      .filter((part) => keep(part) && part.text.trim() !== '')
      .map((part) => ({
        itemId: item.id,
        partId: part.id,
        at: item.createdAt,
        level: part.level,
        text: part.text.trim(),
        documentTitle: titles.get(item.documentId) ?? '',
      }));
  return {
    strengths: given.flatMap((item) =>
      partsOf(item, (part) => part.question === 'feedBack' && WORK_LEVELS.includes(part.level)),
    ),
    feedForwards: given.flatMap((item) =>
      partsOf(item, (part) => part.question === 'feedForward').map((part) => ({
        ...part,
        outcome: item.outcome,
      })),
    ),
  };
}
