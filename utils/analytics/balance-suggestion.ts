import type { FeedbackSource } from '../model/feedback';
import { type KindCounts, sharesOf, totalOf } from './balance';

/**
 * The one thing to do next about a class's balance, chosen from its counts:
 * the kind of feedback furthest below its quarter. The wording and the
 * pointer to where that kind is given live in the catalogs.
 */
export type BalanceSuggestion =
  | { type: 'empty' }
  | { type: 'balanced' }
  /** None of this kind in the period; `weeks` since it was last logged, if ever. */
  | { type: 'missing'; kind: FeedbackSource; weeks?: number }
  /** Some, but far below a quarter. */
  | { type: 'low'; kind: FeedbackSource; share: number };

/**
 * A kind at or above this share (per cent) is close enough to its quarter:
 * the guide is "roughly" a quarter each (Wiliam & Leahy), not a quota.
 */
export const BALANCED_SHARE = 15;

/**
 * The order ties are broken in: the kinds that involve the learner first,
 * since they are the ones most often missing and the ones the Norwegian
 * principles ask for (DOMAIN.md 9.4); teacher feedback last.
 */
const TIE_ORDER: readonly FeedbackSource[] = ['peer', 'self', 'formative', 'teacher'];

const WEEK_MS = 7 * 86_400_000;

/**
 * Picks the suggestion: nothing counted → `empty`; every kind at least
 * BALANCED_SHARE → `balanced`; else the lowest kind (ties in TIE_ORDER),
 * `missing` when it has none in the period — with the whole weeks since it
 * was last logged when that is known and at least two — or `low`.
 */
export function suggestBalance(
  counts: KindCounts,
  lastLoggedAt: Partial<Record<FeedbackSource, number>>,
  now: number,
): BalanceSuggestion {
  if (totalOf(counts) === 0) return { type: 'empty' };
  const shares = sharesOf(counts);
  const kind = TIE_ORDER.reduce((lowest, next) => (counts[next] < counts[lowest] ? next : lowest));
  if (shares[kind] >= BALANCED_SHARE) return { type: 'balanced' };
  if (counts[kind] > 0) return { type: 'low', kind, share: shares[kind] };
  const last = lastLoggedAt[kind];
  const weeks = last === undefined ? undefined : Math.floor((now - last) / WEEK_MS);
  return { type: 'missing', kind, ...(weeks !== undefined && weeks >= 2 && { weeks }) };
}
