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
 * Running counts of feed-forwards and their outcomes, with each outcome's
 * whole days (for the median): items are folded in a few at a time and
 * then dropped, so a class's history is never held at once.
 */
export interface UptakeTally {
  feedForwards: number;
  actedOn: number;
  partly: number;
  notYet: number;
  /** Whole days from giving to outcome, one per recorded outcome. */
  days: number[];
}

/** A tally before any item. */
export function emptyTally(): UptakeTally {
  return { feedForwards: 0, actedOn: 0, partly: 0, notYet: 0, days: [] };
}

/** Whether an item gives a next step, the only items uptake counts. */
export function givesFeedForward(item: UptakeFields): boolean {
  return item.parts.some((part) => part.question === 'feedForward');
}

/** Adds one item with a feed-forward part to `tally`. */
export function tallyItem(tally: UptakeTally, item: UptakeFields): void {
  tally.feedForwards += 1;
  if (!item.outcome) return;
  const kind: OutcomeKind = item.outcome.kind;
  tally[kind] += 1;
  tally.days.push(Math.max(0, Math.floor((item.outcome.at - item.createdAt) / DAY_MS)));
}

/** The uptake a tally adds up to; the same however its items were split up. */
export function uptakeOfTally(tally: UptakeTally): Uptake {
  const withOutcome = tally.days.length;
  return {
    feedForwards: tally.feedForwards,
    withOutcome,
    actedOn: tally.actedOn,
    partly: tally.partly,
    notYet: tally.notYet,
    share: withOutcome === 0 ? null : (tally.actedOn + tally.partly / 2) / withOutcome,
    medianDaysToOutcome: median(tally.days),
  };
}

/**
 * Counts how the feed-forwards given were taken up, so the teacher sees
 * whether next steps land (closing the feedback loop) for a learner or a
 * class. Only items with a feed-forward part count; "partly" weighs half.
 * Pure, so it is the same numbers in the panel and in a test.
 */
export function uptakeOf(items: readonly UptakeFields[]): Uptake {
  const tally = emptyTally();
  for (const item of items) if (givesFeedForward(item)) tallyItem(tally, item);
  return uptakeOfTally(tally);
}
