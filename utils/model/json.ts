import type * as v from 'valibot';

/**
 * Building blocks for schemas over parsed JSON (files a teacher picks,
 * values read back from the database), and the one way a refusal names
 * where a value went wrong.
 */

/** The keys leading to the first issue (array indexes as numbers), for callers that number entries. */
export function issueKeys(issues: readonly v.BaseIssue<unknown>[]): unknown[] {
  return (issues[0]?.path ?? []).map((item) => item.key);
}
