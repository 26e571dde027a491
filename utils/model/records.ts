import type { Anchor } from './anchor';
import type { FeedbackLevel, FeedbackQuestion, FeedbackSource, FeedbackStatus } from './feedback';

/**
 * The shapes of every stored record. Version 1 already covers the whole domain
 * (classes, learners, assignments, feedback, templates, activity, co-coaching,
 * settings) so later features add behaviour, not early migrations. Ids are
 * random UUIDs so that backups from two machines can be merged.
 */

/** Milliseconds since the epoch; stored as numbers so they index and sort. */
export type Timestamp = number;

/** A class or teaching group (klass/gruppe). */
export interface GroupRecord {
  id: string;
  name: string;
  /** e.g. "2026/27"; used to archive a whole school year at once. */
  schoolYear?: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** A learner. Only a display name is kept: no ids from school systems. */
export interface StudentRecord {
  id: string;
  name: string;
  groupId?: string;
  /** Where the learner placed themself on the feedback staircase (1–5), newest last. */
  staircase?: { step: number; at: Timestamp }[];
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** One success criterion of an assignment, referenced by feed-up parts. */
export interface SuccessCriterion {
  id: string;
  text: string;
}

/** A piece of work with its learning goal and written success criteria. */
export interface AssignmentRecord {
  id: string;
  title: string;
  groupId?: string;
  learningGoal: string;
  criteria: SuccessCriterion[];
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** A student document the teacher comments on, identified by its canonical key. */
export interface DocumentRecord {
  id: string;
  /** Canonical key (see utils/documents/key.ts): unique per document. */
  key: string;
  url: string;
  title: string;
  studentId?: string;
  assignmentId?: string;
  /** Its school year ("2026/27", schoolYearOf), by when it was first opened; data is cleared a year at a time. */
  schoolYear: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** One part of a feedback item: the answer to one feedback question at one level. */
export interface FeedbackPart {
  id: string;
  question: FeedbackQuestion;
  level: FeedbackLevel;
  text: string;
  criterionId?: string;
  templateId?: string;
}

/** One piece of feedback on one passage (or the whole document when anchor is null). */
export interface FeedbackItemRecord {
  id: string;
  documentId: string;
  /** Copied from the document so one learner's history loads from one index. */
  studentId?: string;
  anchor: Anchor | null;
  parts: FeedbackPart[];
  source: FeedbackSource;
  status: FeedbackStatus;
  /** For a draft that edits a saved item: that item's id (a new item's draft has none). */
  draftOf?: string;
  /** Golden-rule confirmations the teacher ticked, by rule key. */
  checklist?: Record<string, boolean>;
  /** Automatic findings the teacher dismissed for this item, by rule id. */
  dismissedFindings?: string[];
  /** When the teacher wants to follow this feedback up (a reminder fires then). */
  followUpAt?: Timestamp;
  /** When the reminder for `followUpAt` was shown, so it is shown once. */
  remindedAt?: Timestamp;
  /** When the teacher marked the follow-up as done. */
  followedUpAt?: Timestamp;
  insertedAt?: Timestamp;
  /** Its school year ("2026/27", schoolYearOf), by when it was written; data is cleared a year at a time. */
  schoolYear: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** A phrase template of the comment bank (built-in or the teacher's own). */
export interface TemplateRecord {
  id: string;
  lang: 'sv' | 'nb' | 'en';
  question: FeedbackQuestion;
  level: FeedbackLevel;
  text: string;
  tags: string[];
  builtIn: boolean;
  hidden: boolean;
  favourite: boolean;
  useCount: number;
  lastUsedAt?: Timestamp;
  /** For a teacher's edited copy of a built-in: the built-in it came from. */
  copiedFrom?: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** One logged piece of learning work, for the quarter system's balance. */
export interface ActivityRecord {
  id: string;
  at: Timestamp;
  kind: FeedbackSource;
  studentId?: string;
  groupId?: string;
  documentId?: string;
  feedbackId?: string;
  note?: string;
  /** Its school year ("2026/27", schoolYearOf), by when the work was done; data is cleared a year at a time. */
  schoolYear: string;
}

/** A collegial co-coaching visit: preparation, observation and follow-up. */
export interface VisitRecord {
  id: string;
  school: string;
  at: Timestamp;
  meetingNumber: number;
  visitedColleague: string;
  coach: string;
  focus: string;
  documentation: string;
  notes: string;
  /** Answers to the follow-up questions, by question key. */
  followUp: Record<string, string>;
  nextVisitAt?: Timestamp;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** One setting; values are small JSON-able data. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * Every table's records, by table name: what a backup carries and what a
 * clean-up plans over. Kept here, beside the records, so a new table is
 * added to one list and both follow.
 */
export interface RecordsByTable {
  groups: GroupRecord[];
  students: StudentRecord[];
  assignments: AssignmentRecord[];
  documents: DocumentRecord[];
  feedback: FeedbackItemRecord[];
  templates: TemplateRecord[];
  activity: ActivityRecord[];
  visits: VisitRecord[];
  settings: SettingRecord[];
}
