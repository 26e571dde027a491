import * as v from 'valibot';
import { AnchorSchema } from './anchor';

/** Longest feedback the page is asked to insert: keeps a forged or runaway message cheap. */
export const MAX_INSERT_LENGTH = 100_000;

/**
 * What the page should put into the document. Only the text travels: where a
 * rich-text field needs HTML, the page makes it from the text itself, so it
 * never inserts markup it was handed.
 */
export const InsertRequestSchema = v.strictObject({
  /** The passage the comment belongs on (null: the whole document). */
  anchor: v.nullable(AnchorSchema),
  text: v.pipe(v.string(), v.maxLength(MAX_INSERT_LENGTH)),
  /** Google Docs: also press Docs' own "Comment" button (a setting; off by default). */
  autoPost: v.boolean(),
});
export type InsertRequest = v.InferOutput<typeof InsertRequestSchema>;

/**
 * Why an insert fell back to the clipboard, for the panel to explain:
 * - `noField`: no text field or contenteditable on the page had the teacher's cursor;
 * - `bridgeMissing`: Google Docs: our page-world bridge did not answer (not
 *   loaded, or blocked), or Docs did not offer its annotated-text API at all;
 * - `notAllowed`: Google Docs refused our extension id for its annotated-text API;
 * - `passageNotFound`: the passage could not be found in the document any more;
 * - `commentBoxMissing`: Google Docs' comment box did not appear or looked
 *   different than expected;
 * - `selectInDocs`: Google Docs does not let us select the passage, and the
 *   teacher's own selection is not on it (or cannot be read and opened no box);
 * - `commentNotPosted`: "Comment" was pressed but no new comment with the
 *   feedback appeared in Docs.
 */
export const InsertFallbackReasonSchema = v.picklist([
  'noField',
  'bridgeMissing',
  'notAllowed',
  'passageNotFound',
  'commentBoxMissing',
  'selectInDocs',
  'commentNotPosted',
]);
export type InsertFallbackReason = v.InferOutput<typeof InsertFallbackReasonSchema>;

/**
 * What happened to an insert. Every outcome other than `inserted` and
 * `commentPosted` leaves the teacher to finish by hand, and the panel then
 * copies the feedback to the clipboard and says which keys to press:
 * - `inserted`: typed into the page's focused (or last focused) comment field;
 * - `commentReady`: Google Docs' comment box is open with the text in it; the
 *   teacher clicks "Comment";
 * - `commentPosted`: Google Docs' comment was posted (the auto-post setting was on);
 * - `fallback`: nothing could be inserted; `reason` says why.
 */
export const InsertOutcomeSchema = v.variant('status', [
  v.strictObject({ status: v.picklist(['inserted', 'commentReady', 'commentPosted']) }),
  v.strictObject({ status: v.literal('fallback'), reason: InsertFallbackReasonSchema }),
]);
export type InsertOutcome = v.InferOutput<typeof InsertOutcomeSchema>;
