import type { VisitRecord } from '../model/records';

/**
 * Pairs of colleagues and their meeting numbers. In the model two
 * colleagues visit each other in turns, so a pair is the two names whatever
 * their roles this time: Ana coaching Kim and Kim coaching Ana are meetings
 * 1 and 2 of the same pair. Names are compared as a teacher would write
 * them again (case, spacing and Unicode composition ignored).
 */

/** A name as compared: NFC, whitespace runs as one space, trimmed, lower case. */
export function comparableName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

/** The pair's key: both comparable names, sorted, so the order of the roles does not matter. */
export function pairKey(first: string, second: string): string {
  return [comparableName(first), comparableName(second)].sort().join('\u0000');
}

/** The visits that belong to the pair of `first` and `second`, in either role. */
function visitsOfPair(
  visits: readonly VisitRecord[],
  first: string,
  second: string,
): VisitRecord[] {
  const key = pairKey(first, second);
  return visits.filter((visit) => pairKey(visit.visitedColleague, visit.coach) === key);
}

/**
 * The number the pair's next meeting gets: one past the highest they have
 * had, so a deleted or re-imported visit never makes two meetings share a number.
 */
export function nextMeetingNumber(
  visits: readonly VisitRecord[],
  first: string,
  second: string,
): number {
  return (
    visitsOfPair(visits, first, second).reduce(
      (highest, visit) => Math.max(highest, visit.meetingNumber),
      0,
    ) + 1
  );
}

/**
 * Every colleague's name and every school used so far, to pick from when
 * a visit is written down: each once (as first written), alphabetically.
 */
export function rememberedNames(visits: readonly VisitRecord[]): {
  colleagues: string[];
  schools: string[];
} {
  const distinct = (names: string[]) => {
    const seen = new Map<string, string>();
    for (const name of names) {
      const key = comparableName(name);
      if (key && !seen.has(key)) seen.set(key, name.trim());
    }
    return [...seen.values()].sort((a, b) => a.localeCompare(b));
  };
  const ordered = [...visits].sort((a, b) => a.createdAt - b.createdAt);
  return {
    colleagues: distinct(ordered.flatMap((visit) => [visit.visitedColleague, visit.coach])),
    schools: distinct(ordered.map((visit) => visit.school)),
  };
}

/** Whether a visit names the colleague, as visited or as coach. */
export function visitNames(visit: VisitRecord, colleague: string): boolean {
  const key = comparableName(colleague);
  return comparableName(visit.visitedColleague) === key || comparableName(visit.coach) === key;
}
