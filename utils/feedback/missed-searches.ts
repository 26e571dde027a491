import type { MissedSearch } from '../model/missed-searches';

/** One comment-bank search that found nothing; declared with the log's model. */
export type { MissedSearch };

/** How many different missed searches are kept. */
export const MAX_MISSED_SEARCHES = 30;

/**
 * Counts a search that found nothing, newest first, so the bank's health view
 * shows what teachers look for and do not find; the same words (in any case)
 * in the same language are counted together, and the list stays short.
 */
export function recordMissedSearch(
  list: readonly MissedSearch[],
  query: string,
  lang: string,
  now: number,
): MissedSearch[] {
  const key = query.trim().toLowerCase();
  const existing = list.find((entry) => entry.query.toLowerCase() === key && entry.lang === lang);
  const entry = { query: query.trim(), lang, count: (existing?.count ?? 0) + 1, lastAt: now };
  return [entry, ...list.filter((other) => other !== existing)].slice(0, MAX_MISSED_SEARCHES);
}
