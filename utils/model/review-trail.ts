import * as v from 'valibot';
import { listOf, RuleKeySchema } from './fields';

/**
 * What the automatic review said about an item while the teacher wrote it:
 * every golden rule it flagged on the draft at any point (`flagged`), and
 * those it still flagged on the text that was saved (`atSave`). Kept on the
 * item so the teacher's mirror can show, over weeks, which rules drafts
 * break most often and how many of those are fixed before saving; the text
 * alone only tells the second half. Rule keys, never text.
 */
export const ReviewTrailSchema = v.strictObject({
  flagged: listOf(RuleKeySchema),
  atSave: listOf(RuleKeySchema),
});
export type ReviewTrail = v.InferOutput<typeof ReviewTrailSchema>;

/** Each key once, sorted, so equal trails are equal records. */
function keySet(keys: Iterable<string>): string[] {
  return [...new Set(keys)].sort();
}

/**
 * The trail of one writing session: what was flagged while writing, plus
 * whatever is still flagged at save (a finding can come up in the last
 * keystroke before saving, before the review showed it).
 */
export function reviewTrailOf(flagged: Iterable<string>, atSave: Iterable<string>): ReviewTrail {
  const saved = keySet(atSave);
  return { flagged: keySet([...flagged, ...saved]), atSave: saved };
}

/**
 * The trail of an edited item: everything ever flagged on it, and what the
 * edit's save still flags. An edit without a trail (the review had not
 * loaded) keeps the item's earlier one.
 */
export function mergeReviewTrails(
  earlier: ReviewTrail | undefined,
  edit: ReviewTrail | undefined,
): ReviewTrail | undefined {
  if (!edit) return earlier;
  if (!earlier) return edit;
  return reviewTrailOf([...earlier.flagged, ...edit.flagged], edit.atSave);
}
