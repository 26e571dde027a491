import * as v from 'valibot';
import { AnchorSchema } from './anchor';
import {
  FeedbackLevelSchema,
  FeedbackQuestionSchema,
  FeedbackSourceSchema,
  FeedbackStatusSchema,
  LanguageSchema,
} from './feedback';
import {
  CountSchema,
  IdSchema,
  LongTextSchema,
  listOf,
  MAX_LIST_ITEMS,
  RuleKeySchema,
  ShortTextSchema,
  TimestampSchema,
  UrlTextSchema,
} from './fields';
import { dictionary } from './json';
import { OutcomeSchema } from './outcome';
import { ReviewTrailSchema } from './review-trail';
import { RevisionSchema } from './revision';
import { SchoolYearSchema } from './school-year';
import { ObservationSchema, TallyRowSchema, VISIT_FOCUS_EXAMPLES, VISIT_METHODS } from './visit';

/**
 * The shapes of every stored record, declared once as schemas; the types
 * are inferred from them. Version 1 already covers the whole domain
 * (classes, learners, assignments, feedback, templates, activity,
 * co-coaching, settings) so later features add behaviour, not early
 * migrations. Ids are random UUIDs so that backups from two machines can be
 * merged. Records are strict: a field the schema does not know (a typo, a
 * field from a newer version, smuggled data) is refused rather than stored.
 */

export type { Timestamp } from './fields';
export type { SettingRecord } from './setting-records';

/** A class or teaching group (klass/gruppe). */
export const GroupRecordSchema = v.strictObject({
  id: IdSchema,
  name: ShortTextSchema,
  /** e.g. "2026/27"; used to archive a whole school year at once. */
  schoolYear: v.optional(ShortTextSchema),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type GroupRecord = v.InferOutput<typeof GroupRecordSchema>;

/** A learner. Only a display name is kept: no ids from school systems. */
export const StudentRecordSchema = v.strictObject({
  id: IdSchema,
  name: ShortTextSchema,
  groupId: v.optional(IdSchema),
  /** Where the learner placed themself on the feedback staircase (1–5), newest last. */
  staircase: v.optional(
    listOf(
      v.strictObject({
        step: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
        at: TimestampSchema,
      }),
    ),
  ),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type StudentRecord = v.InferOutput<typeof StudentRecordSchema>;

/** One success criterion of an assignment, referenced by feed-up parts. */
const SuccessCriterionSchema = v.strictObject({ id: IdSchema, text: LongTextSchema });
export type SuccessCriterion = v.InferOutput<typeof SuccessCriterionSchema>;

/** A piece of work with its learning goal and written success criteria. */
export const AssignmentRecordSchema = v.strictObject({
  id: IdSchema,
  title: ShortTextSchema,
  groupId: v.optional(IdSchema),
  learningGoal: LongTextSchema,
  criteria: listOf(SuccessCriterionSchema),
  /** Saves of its goal and criteria so far (see RevisionSchema); older records have none. */
  revision: v.optional(RevisionSchema),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type AssignmentRecord = v.InferOutput<typeof AssignmentRecordSchema>;

/** A student document the teacher comments on, identified by its canonical key. */
export const DocumentRecordSchema = v.strictObject({
  id: IdSchema,
  /** Canonical key (see utils/documents/key.ts): unique per document. */
  key: UrlTextSchema,
  url: UrlTextSchema,
  title: ShortTextSchema,
  studentId: v.optional(IdSchema),
  assignmentId: v.optional(IdSchema),
  /** Its school year ("2026/27", schoolYearOf), by when it was first opened; data is cleared a year at a time. */
  schoolYear: SchoolYearSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type DocumentRecord = v.InferOutput<typeof DocumentRecordSchema>;

/** One part of a feedback item: the answer to one feedback question at one level. */
export const FeedbackPartSchema = v.strictObject({
  id: IdSchema,
  question: FeedbackQuestionSchema,
  level: FeedbackLevelSchema,
  text: LongTextSchema,
  criterionId: v.optional(IdSchema),
  templateId: v.optional(IdSchema),
});
export type FeedbackPart = v.InferOutput<typeof FeedbackPartSchema>;

/** One piece of feedback on one passage (or the whole document when anchor is null). */
export const FeedbackItemRecordSchema = v.strictObject({
  id: IdSchema,
  documentId: IdSchema,
  /** Copied from the document so one learner's history loads from one index. */
  studentId: v.optional(IdSchema),
  anchor: v.nullable(AnchorSchema),
  parts: listOf(FeedbackPartSchema),
  source: FeedbackSourceSchema,
  status: FeedbackStatusSchema,
  /** For a draft that edits a saved item: that item's id (a new item's draft has none). */
  draftOf: v.optional(IdSchema),
  /**
   * For a draft: the composer (one panel, in one tab) writing it, so a
   * document can hold several drafts and one tab's save never removes
   * another tab's unsaved text. Older drafts have none.
   */
  composerId: v.optional(IdSchema),
  /** Saves of its content so far (see RevisionSchema); older records have none. */
  revision: v.optional(RevisionSchema),
  /** For a draft that edits a saved item: the item's revision when the edit began. */
  draftOfRevision: v.optional(RevisionSchema),
  /** Golden-rule confirmations the teacher ticked, by rule key. */
  checklist: v.optional(dictionary(RuleKeySchema, v.boolean(), MAX_LIST_ITEMS)),
  /** Automatic findings the teacher dismissed for this item, by rule id. */
  dismissedFindings: v.optional(listOf(RuleKeySchema)),
  /** When the teacher wants to follow this feedback up (a reminder fires then). */
  followUpAt: v.optional(TimestampSchema),
  /** When the reminder for `followUpAt` was shown, so it is shown once. */
  remindedAt: v.optional(TimestampSchema),
  /** When the teacher marked the follow-up as done. */
  followedUpAt: v.optional(TimestampSchema),
  insertedAt: v.optional(TimestampSchema),
  /**
   * What came of the feed-forward, and when the teacher recorded it. One
   * recorded on or after `followUpAt` resolves the follow-up (see
   * followUpState); older records have none.
   */
  outcome: v.optional(OutcomeSchema),
  /**
   * The golden rules the review flagged while the item was written and
   * still at save, for the teacher's mirror; items saved before schema
   * version 5, or before the review had loaded, have none.
   */
  reviewTrail: v.optional(ReviewTrailSchema),
  /** Its school year ("2026/27", schoolYearOf), by when it was written; data is cleared a year at a time. */
  schoolYear: SchoolYearSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type FeedbackItemRecord = v.InferOutput<typeof FeedbackItemRecordSchema>;

/** A phrase template of the comment bank (built-in or the teacher's own). */
export const TemplateRecordSchema = v.strictObject({
  id: IdSchema,
  lang: LanguageSchema,
  question: FeedbackQuestionSchema,
  level: FeedbackLevelSchema,
  text: LongTextSchema,
  tags: listOf(ShortTextSchema),
  builtIn: v.boolean(),
  hidden: v.boolean(),
  favourite: v.boolean(),
  useCount: CountSchema,
  lastUsedAt: v.optional(TimestampSchema),
  /** For a teacher's edited copy of a built-in: the built-in it came from. */
  copiedFrom: v.optional(IdSchema),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type TemplateRecord = v.InferOutput<typeof TemplateRecordSchema>;

/** One logged piece of learning work, for the quarter system's balance. */
export const ActivityRecordSchema = v.strictObject({
  id: IdSchema,
  at: TimestampSchema,
  kind: FeedbackSourceSchema,
  studentId: v.optional(IdSchema),
  groupId: v.optional(IdSchema),
  documentId: v.optional(IdSchema),
  feedbackId: v.optional(IdSchema),
  note: v.optional(LongTextSchema),
  /** Its school year ("2026/27", schoolYearOf), by when the work was done; data is cleared a year at a time. */
  schoolYear: SchoolYearSchema,
});
export type ActivityRecord = v.InferOutput<typeof ActivityRecordSchema>;

/** A collegial co-coaching visit: preparation, observation and follow-up. */
export const VisitRecordSchema = v.strictObject({
  id: IdSchema,
  school: ShortTextSchema,
  at: TimestampSchema,
  meetingNumber: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
  visitedColleague: ShortTextSchema,
  coach: ShortTextSchema,
  focus: LongTextSchema,
  documentation: LongTextSchema,
  notes: LongTextSchema,
  /** Answers to the follow-up questions, by question key. */
  followUp: dictionary(RuleKeySchema, LongTextSchema, MAX_LIST_ITEMS),
  nextVisitAt: v.optional(TimestampSchema),
  /** Since version 6: focus examples picked at the preparation (the free text is `focus`). */
  focusExamples: v.optional(listOf(v.picklist(VISIT_FOCUS_EXAMPLES))),
  /** Since version 6: the agreed ways of documenting (`documentation` holds any detail). */
  methods: v.optional(listOf(v.picklist(VISIT_METHODS))),
  /** Since version 6: when the follow-up conversation is to be held; due from then on. */
  followUpAt: v.optional(TimestampSchema),
  /** Since version 6: how the follow-up is to be held (place, time, form). */
  followUpHow: v.optional(LongTextSchema),
  /** Since version 6: the coach's timestamped keywords, questions and reflections. */
  observations: v.optional(listOf(ObservationSchema)),
  /** Since version 6: the tally table, when tables were the agreed method. */
  tally: v.optional(listOf(TallyRowSchema)),
  /** Since version 6: the coach's own reflection, given after the colleague's. */
  coachReflection: v.optional(LongTextSchema),
  /** Since version 6: when this visit was imported from the coach's hand-over file. */
  receivedAt: v.optional(TimestampSchema),
  /** Since version 6: when the browser reminded of the follow-up date, so it reminds once. */
  remindedAt: v.optional(TimestampSchema),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type VisitRecord = v.InferOutput<typeof VisitRecordSchema>;
