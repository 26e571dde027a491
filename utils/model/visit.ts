import * as v from 'valibot';
import { CountSchema, IdSchema, LongTextSchema, ShortTextSchema, TimestampSchema } from './fields';

/**
 * The parts of a co-coaching visit that are more than free text: the focus
 * examples offered at the preparation, the agreed ways of documenting, the
 * coach's timestamped notes and tally rows, and the follow-up questions.
 * Keys, not words: the interface says each in the teacher's language.
 */

/** Concrete things a colleague may ask to have observed (our examples; the free text says the rest). */
export const VISIT_FOCUS_EXAMPLES = [
  'entry-routines',
  'greeting-routines',
  'instruction-length',
  'instruction-abstraction',
  'group-work',
  'pace',
  'territory',
  'movement',
  'gestures',
  'visual-aids',
  'girls-boys',
  'attention',
] as const;
export type VisitFocusExample = (typeof VISIT_FOCUS_EXAMPLES)[number];

/** How the colleague wants the observation documented; the tool itself keeps notes and tallies. */
export const VISIT_METHODS = ['notes', 'tables', 'photos', 'video', 'audio'] as const;
export type VisitMethod = (typeof VISIT_METHODS)[number];

/** What kind of thing the coach jotted down during the visit. */
export const OBSERVATION_KINDS = ['keyword', 'question', 'reflection'] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

/**
 * The six open questions of the follow-up conversation, in the order they
 * are asked: the colleague's own reflection comes first.
 */
export const FOLLOW_UP_QUESTIONS = [
  'own-reflection',
  'most-pleased',
  'main-lesson',
  'feedback-wanted',
  'question-for-colleagues',
  'general',
] as const;
export type FollowUpQuestion = (typeof FOLLOW_UP_QUESTIONS)[number];

/** One note taken during the visit, with when it was taken. */
export const ObservationSchema = v.strictObject({
  id: IdSchema,
  at: TimestampSchema,
  kind: v.picklist(OBSERVATION_KINDS),
  text: LongTextSchema,
});
export type Observation = v.InferOutput<typeof ObservationSchema>;

/** One row of a tally table: what is counted and how many times it was seen. */
export const TallyRowSchema = v.strictObject({
  id: IdSchema,
  label: ShortTextSchema,
  count: CountSchema,
});
export type TallyRow = v.InferOutput<typeof TallyRowSchema>;
