import * as v from 'valibot';
import { VisitRecordSchema } from './records';

/**
 * The hand-over file: one co-coaching visit, as the coach gives it to the
 * visited colleague to import into their own Feedforward. Nothing is sent
 * over a network; the colleague gets the file however they like.
 *
 * ```
 * { "format": "feedforward-visit", "version": 1,
 *   "exportedAt": "2026-12-04T10:00:00.000Z", "visit": { …the stored visit… } }
 * ```
 */

/** The marker that says "this JSON is a Feedforward visit", so no other file is mistaken for one. */
export const VISIT_FILE_FORMAT = 'feedforward-visit';

/** The format version this build writes and reads; a higher one asks for an update. */
export const VISIT_FILE_VERSION = 1;

/** Largest file accepted (5 MB), checked before parsing: a visit's notes are a few kilobytes. */
export const MAX_VISIT_FILE_BYTES = 5_000_000;

/** The marker and version, read first so a newer or foreign file gets the right refusal. */
export const VisitFileHeaderSchema = v.object({
  format: v.literal(VISIT_FILE_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

/** The whole file; the visit must be a record this build stores as it is. */
export const VisitFileSchema = v.strictObject({
  format: v.literal(VISIT_FILE_FORMAT),
  version: v.literal(VISIT_FILE_VERSION),
  exportedAt: v.pipe(v.string(), v.maxLength(40)),
  visit: VisitRecordSchema,
});
export type VisitFile = v.InferOutput<typeof VisitFileSchema>;
