import type { MissedSearch } from '../../feedback/missed-searches';
import type { Anchor } from '../../model/anchor';
import {
  FEEDBACK_LEVELS,
  FEEDBACK_QUESTIONS,
  FEEDBACK_SOURCES,
  FEEDBACK_STATUSES,
} from '../../model/feedback';
import type {
  ActivityRecord,
  AssignmentRecord,
  DocumentRecord,
  FeedbackItemRecord,
  FeedbackPart,
  GroupRecord,
  StudentRecord,
  SuccessCriterion,
  TemplateRecord,
  VisitRecord,
} from '../../model/records';
import type { Settings } from '../settings';
import {
  arrayOf,
  bool,
  type Check,
  dictOf,
  integer,
  matching,
  nullable,
  object,
  oneOf,
  optional,
  text,
} from './checks';
import type { TableName } from './format';

/**
 * The shape of every record a backup may hold, field by field, with the
 * limits a real teacher's data stays far inside. Each shape is typed
 * against its record in records.ts, so the two cannot drift apart.
 */

/** Longest name, title, tag or short label (one line in a list). */
export const MAX_SHORT_TEXT = 1_000;
/** Longest URL or document key. */
export const MAX_URL_LENGTH = 8_192;
/** Longest free text (a feedback part, a learning goal, visit notes, a quoted passage). */
export const MAX_LONG_TEXT = 100_000;
/** Most items in a record's own lists (parts, criteria, tags, checklist entries). */
export const MAX_LIST_ITEMS = 1_000;

/** A record id: our UUIDs and the built-in templates' readable ids, nothing with spaces or controls. */
const id = matching(/^[^\s\p{Cc}]{1,200}$/u);
/** Milliseconds since the epoch, within the range a JavaScript Date can hold. */
const timestamp = integer(0, 8_640_000_000_000_000);
const short = text(MAX_SHORT_TEXT);
const long = text(MAX_LONG_TEXT);
const url = text(MAX_URL_LENGTH);
const ruleKey = text(200);

const anchor = object<Anchor>({
  quote: object<Anchor['quote']>({
    type: oneOf(['TextQuoteSelector']),
    exact: long,
    prefix: short,
    suffix: short,
  }),
  position: object<Anchor['position']>({
    type: oneOf(['TextPositionSelector']),
    start: integer(0, Number.MAX_SAFE_INTEGER),
    end: integer(0, Number.MAX_SAFE_INTEGER),
  }),
});

const part = object<FeedbackPart>({
  id,
  question: oneOf(FEEDBACK_QUESTIONS),
  level: oneOf(FEEDBACK_LEVELS),
  text: long,
  criterionId: optional(id),
  templateId: optional(id),
});

const criterion = object<SuccessCriterion>({ id, text: long });

const missedSearch = object<MissedSearch>({
  query: short,
  lang: short,
  count: integer(0, Number.MAX_SAFE_INTEGER),
  lastAt: timestamp,
});

const locale = oneOf(['auto', 'sv', 'nb', 'en']);

/** A share of the storage between 0 and 1 (a warning threshold). */
const share: Check = (value) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= 1 ? null : '';

/**
 * The value check for every setting. Typed over all keys of Settings, so a
 * new setting cannot be added without saying what a backup may hold for it
 * (otherwise the teacher's own backup would be refused).
 */
export const SETTING_CHECKS: { [K in keyof Settings]-?: Check } = {
  locale,
  panelWidth: integer(0, 100_000),
  panelCollapsed: bool,
  templateLocale: locale,
  previewFormat: oneOf(['paragraphs', 'labelled']),
  bankMissedSearches: arrayOf(missedSearch, MAX_LIST_ITEMS),
  staircaseLabels: arrayOf(short, 5),
  pendingFocus: nullable(
    object<NonNullable<Settings['pendingFocus']>>({ documentKey: url, itemId: id }),
  ),
  lastBackupAt: nullable(timestamp),
  backupReminderWeeks: integer(0, 52),
  backupReminderDismissedAt: nullable(timestamp),
  highlightPalette: oneOf(['standard', 'colourBlind']),
  docsAutoPost: bool,
  storageThresholds: object<Settings['storageThresholds']>({
    warn: share,
    critical: share,
  }),
};

/** A settings record `{ key, value }` whose value fits its key. */
function settingRecord(): Check {
  const checks: Record<string, Check> = SETTING_CHECKS;
  const keyCheck = oneOf(Object.keys(SETTING_CHECKS));
  return (value) => {
    const shape = object<{ key: string; value: unknown }>({ key: keyCheck, value: () => null });
    const bad = shape(value);
    if (bad !== null) return bad;
    const { key, value: setting } = value as { key: string; value: unknown };
    const check = checks[key];
    const inner = check ? check(setting) : '';
    return inner === null ? null : `.value${inner}`;
  };
}

/** A school year as records store it ("2026/27"). */
const schoolYear = matching(/^\d{4}\/\d{2}$/);

/** The check for each table's records. */
export const RECORD_CHECKS: Record<TableName, Check> = {
  groups: object<GroupRecord>({
    id,
    name: short,
    schoolYear: optional(short),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  students: object<StudentRecord>({
    id,
    name: short,
    groupId: optional(id),
    staircase: optional(arrayOf(object({ step: integer(1, 5), at: timestamp }), MAX_LIST_ITEMS)),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  assignments: object<AssignmentRecord>({
    id,
    title: short,
    groupId: optional(id),
    learningGoal: long,
    criteria: arrayOf(criterion, MAX_LIST_ITEMS),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  documents: object<DocumentRecord>({
    id,
    key: url,
    url,
    title: short,
    studentId: optional(id),
    assignmentId: optional(id),
    schoolYear,
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  feedback: object<FeedbackItemRecord>({
    id,
    documentId: id,
    studentId: optional(id),
    anchor: nullable(anchor),
    parts: arrayOf(part, MAX_LIST_ITEMS),
    source: oneOf(FEEDBACK_SOURCES),
    status: oneOf(FEEDBACK_STATUSES),
    draftOf: optional(id),
    checklist: optional(dictOf(ruleKey, bool, MAX_LIST_ITEMS)),
    dismissedFindings: optional(arrayOf(ruleKey, MAX_LIST_ITEMS)),
    followUpAt: optional(timestamp),
    remindedAt: optional(timestamp),
    followedUpAt: optional(timestamp),
    insertedAt: optional(timestamp),
    schoolYear,
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  templates: object<TemplateRecord>({
    id,
    lang: oneOf(['sv', 'nb', 'en']),
    question: oneOf(FEEDBACK_QUESTIONS),
    level: oneOf(FEEDBACK_LEVELS),
    text: long,
    tags: arrayOf(short, MAX_LIST_ITEMS),
    builtIn: bool,
    hidden: bool,
    favourite: bool,
    useCount: integer(0, Number.MAX_SAFE_INTEGER),
    lastUsedAt: optional(timestamp),
    copiedFrom: optional(id),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  activity: object<ActivityRecord>({
    id,
    at: timestamp,
    kind: oneOf(FEEDBACK_SOURCES),
    studentId: optional(id),
    groupId: optional(id),
    documentId: optional(id),
    feedbackId: optional(id),
    note: optional(long),
    schoolYear,
  }),
  visits: object<VisitRecord>({
    id,
    school: short,
    at: timestamp,
    meetingNumber: integer(0, 1_000_000),
    visitedColleague: short,
    coach: short,
    focus: long,
    documentation: long,
    notes: long,
    followUp: dictOf(ruleKey, long, MAX_LIST_ITEMS),
    nextVisitAt: optional(timestamp),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  settings: settingRecord(),
};
