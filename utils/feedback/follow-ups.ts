import type { FeedbackItemRecord } from '../model/records';

/** What a follow-up's state depends on. */
export type FollowUpFields = Pick<FeedbackItemRecord, 'followUpAt' | 'followedUpAt' | 'outcome'>;

/**
 * Where an item's follow-up stands at `now`: `none` without a follow-up
 * date, `done` once followed up, `due` from its date on (overdue until it is
 * followed up), `upcoming` before it.
 */
export type FollowUpState = 'none' | 'done' | 'due' | 'upcoming';

export function followUpState(item: FollowUpFields, now: number): FollowUpState {
  if (item.followUpAt === undefined) return 'none';
  if (followUpDoneAt(item) !== undefined) return 'done';
  return item.followUpAt <= now ? 'due' : 'upcoming';
}

/**
 * When the follow-up was done: marked as followed up, or else an outcome
 * recorded on or after the follow-up date — looking at the student's work
 * to record what came of it is the follow-up. An outcome recorded earlier
 * does not count, so a teacher who records "not yet" and sets a later date
 * is reminded again then. The follow-up date itself is kept as history.
 */
export function followUpDoneAt(item: FollowUpFields): number | undefined {
  if (item.followedUpAt !== undefined) return item.followedUpAt;
  const { outcome, followUpAt } = item;
  return outcome && followUpAt !== undefined && outcome.at >= followUpAt ? outcome.at : undefined;
}

/**
 * Open follow-ups split into those that are due (their date has come) and
 * those still ahead, each soonest first. Entries without a follow-up date or
 * already followed up are left out.
 */
export function groupFollowUps<T>(
  entries: readonly T[],
  now: number,
  itemOf: (entry: T) => FollowUpFields,
): { due: T[]; upcoming: T[] } {
  const at = (entry: T) => itemOf(entry).followUpAt ?? 0;
  const sorted = [...entries].sort((a, b) => at(a) - at(b));
  return {
    due: sorted.filter((entry) => followUpState(itemOf(entry), now) === 'due'),
    upcoming: sorted.filter((entry) => followUpState(itemOf(entry), now) === 'upcoming'),
  };
}
