import * as v from 'valibot';
import { CountSchema, listOf, ShortTextSchema, TimestampSchema } from './fields';

/**
 * The log of comment-bank searches that found nothing, so the teacher sees
 * where the bank is thin. It is personal data, not a preference (a search
 * may name a learner, and erasing that learner rewrites it), so it has its
 * own type and repository; it is stored in the settings table under its
 * old key (see setting-records.ts).
 */

/** One comment-bank search that found nothing. */
const MissedSearchSchema = v.strictObject({
  query: ShortTextSchema,
  lang: ShortTextSchema,
  count: CountSchema,
  lastAt: TimestampSchema,
});
export type MissedSearch = v.InferOutput<typeof MissedSearchSchema>;

/** The schema of the log, by the key it is stored under. */
export const MISSED_SEARCH_SCHEMAS = {
  bankMissedSearches: listOf(MissedSearchSchema),
};

/** The log with its type. */
export type MissedSearchLog = {
  [K in keyof typeof MISSED_SEARCH_SCHEMAS]: v.InferOutput<(typeof MISSED_SEARCH_SCHEMAS)[K]>;
};

/** A fresh install has missed nothing yet. */
export const NO_MISSED_SEARCHES: MissedSearchLog = { bankMissedSearches: [] };
