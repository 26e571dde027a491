import type { OutcomeKind } from '../model/outcome';
import type { FeedbackItemRecord } from '../model/records';

/** What uptake is counted from: an item's parts, when it was given and what came of it. */
export type UptakeFields = Pick<FeedbackItemRecord, 'parts' | 'createdAt' | 'outcome'>;

/** How much of the feed-forward given was taken up, as the teacher recorded it. */
export interface Uptake {
  /** Items with a feed-forward part: the next steps given. */
  feedForwards: number;
  /** Of those, how many have an outcome recorded. */
  withOutcome: number;
  actedOn: number;
  partly: number;
  notYet: number;
  /** (acted on + ½ partly) over those with an outcome; null before any outcome. */
  share: number | null;
  /** Median whole days from giving the feedback to recording its outcome; null before any outcome. */
  medianDaysToOutcome: number | null;
}

const DAY_MS = 86_400_000;

/** The middle value (the mean of the two middle ones for an even count); null for none. */
function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Counts how the feed-forwards given were taken up, so the teacher sees
 * whether next steps land (closing the feedback loop) for a learner or a
 * class. Only items with a feed-forward part count; "partly" weighs half.
 * Pure, so it is the same numbers in the panel and in a test.
 */
export function uptakeOf(items: readonly UptakeFields[]): Uptake {
  const given = items.filter((item) => item.parts.some((part) => part.question === 'feedForward'));
  const outcomes = given.flatMap((item) =>
    item.outcome
      ? [{ kind: item.outcome.kind, days: (item.outcome.at - item.createdAt) / DAY_MS }]
      : [],
  );
  const count = (kind: OutcomeKind) => outcomes.filter((outcome) => outcome.kind === kind).length;
  const actedOn = count('actedOn');
  const partly = count('partly');
  const days = median(outcomes.map((outcome) => Math.max(0, Math.floor(outcome.days))));
  return {
    feedForwards: given.length,
    withOutcome: outcomes.length,
    actedOn,
    partly,
    notYet: count('notYet'),
    share: outcomes.length === 0 ? null : (actedOn + partly / 2) / outcomes.length,
    medianDaysToOutcome: days,
  };
}
