import * as v from 'valibot';
import { TimestampSchema } from './fields';

/**
 * What came of a feed-forward, as the teacher saw it in the student's next
 * work: taken up, partly, or not yet. Three kinds only, so one click records
 * it and uptake can be counted without reading notes.
 */
export const OUTCOME_KINDS = ['actedOn', 'partly', 'notYet'] as const;
export const OutcomeKindSchema = v.picklist(OUTCOME_KINDS);
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** Longest note on an outcome: a line or two, not a second piece of feedback. */
export const MAX_OUTCOME_NOTE = 280;

/** The outcome recorded on an item, with the teacher's optional note and when it was recorded. */
export const OutcomeSchema = v.strictObject({
  kind: OutcomeKindSchema,
  note: v.optional(v.pipe(v.string(), v.maxLength(MAX_OUTCOME_NOTE))),
  at: TimestampSchema,
});
export type Outcome = v.InferOutput<typeof OutcomeSchema>;

/** What the teacher chooses; the time is added when it is recorded. */
export type OutcomeChoice = Omit<Outcome, 'at'>;
