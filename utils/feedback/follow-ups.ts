import type { FeedbackItemRecord } from '../model/records';

/** What a follow-up's state depends on. */
export type FollowUpFields = Pick<FeedbackItemRecord, 'followUpAt' | 'followedUpAt'>;

/**
 * Where an item's follow-up stands at `now`: `none` without a follow-up
 * date, `done` once followed up, `due` from its date on (overdue until it is
 * followed up), `upcoming` before it.
 */
export type FollowUpState = 'none' | 'done' | 'due' | 'upcoming';

export function followUpState(item: FollowUpFields, now: number): FollowUpState {
  if (item.followUpAt === undefined) return 'none';
  if (item.followedUpAt !== undefined) return 'done';
  return item.followUpAt <= now ? 'due' : 'upcoming';
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
