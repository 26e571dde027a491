import * as v from 'valibot';
import { MAX_LONG_TEXT, MAX_SHORT_TEXT } from './fields';

/**
 * W3C Web Annotation selectors. Stored with every feedback item so the passage
 * can be found again after reloads and student edits, and readable by any
 * other annotation tool a school might move to.
 *
 * The schema is the one check for an anchor wherever one arrives — a page
 * event, a request to the page, a backup, the database — so an anchor the
 * page would refuse can never be stored, and the other way round.
 */

/** A character offset: a whole number JavaScript can still add to exactly. */
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));

/**
 * The quoted passage with up to 32 characters of context on each side.
 * Strict: a field the selector does not have is refused, so a damaged or
 * forged anchor never travels on unnoticed.
 */
export const TextQuoteSelectorSchema = v.strictObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_LONG_TEXT)),
  prefix: v.pipe(v.string(), v.maxLength(MAX_SHORT_TEXT)),
  suffix: v.pipe(v.string(), v.maxLength(MAX_SHORT_TEXT)),
});
export type TextQuoteSelector = v.InferOutput<typeof TextQuoteSelectorSchema>;

/** Character offsets of the passage in the document's text. */
export const TextPositionSelectorSchema = v.pipe(
  v.strictObject({ type: v.literal('TextPositionSelector'), start: Offset, end: Offset }),
  v.check((position) => position.end > position.start, 'end must come after start'),
);
export type TextPositionSelector = v.InferOutput<typeof TextPositionSelectorSchema>;

/** Both selectors together: position is tried first, the quote is the fallback. */
export const AnchorSchema = v.strictObject({
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema,
});
export type Anchor = v.InferOutput<typeof AnchorSchema>;

/** True for a well-formed anchor (both selectors present and consistent). */
export function isAnchor(value: unknown): value is Anchor {
  return v.is(AnchorSchema, value);
}

/** How many characters of context a quote keeps on each side. */
export const CONTEXT_LENGTH = 32;
