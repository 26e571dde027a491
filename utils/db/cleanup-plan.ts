import { visitNames } from '../coaching/pairs';
import type { GroupRecord, SettingRecord, StudentRecord } from '../model/records';
import { schoolYearOf } from '../model/school-year';
import { type RecordsByTable, TABLE_NAMES, type TableName } from '../model/tables';
import { estimateBytes } from './usage';

/** What the teacher chose to delete: one learner, one class, one school year, or one colleague. */
export type CleanUpTarget =
  | { kind: 'student'; studentId: string }
  | { kind: 'group'; groupId: string }
  | { kind: 'schoolYear'; schoolYear: string }
  | { kind: 'colleague'; name: string };

/** The primary keys to delete per table, the settings to rewrite, and the bytes freed. */
export interface CleanUpPlan {
  remove: Record<TableName, string[]>;
  /** Settings that mentioned what is deleted, rewritten without it. */
  rewrite: SettingRecord[];
  bytes: number;
}

/** Ids chosen so far, per table; sets so that overlapping rules count a record once. */
type Chosen = Record<TableName, Set<string>>;

/** Whether `text` names the learner as a whole word (any case); too short a name matches nothing. */
export function mentionsName(text: string, name: string): boolean {
  const trimmed = name.trim();
  if (trimmed.length < 2) return false;
  const escaped = trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** Everything held about one learner: their record, documents, feedback, activity and mentions. */
function chooseStudent(data: RecordsByTable, chosen: Chosen, student: StudentRecord): void {
  chosen.students.add(student.id);
  for (const document of data.documents) {
    if (document.studentId === student.id) chosen.documents.add(document.id);
  }
  for (const template of data.templates) {
    if (!template.builtIn && mentionsName(template.text, student.name)) {
      chosen.templates.add(template.id);
    }
  }
  for (const item of data.feedback) {
    if (item.studentId === student.id) chosen.feedback.add(item.id);
  }
  for (const entry of data.activity) {
    if (entry.studentId === student.id) chosen.activity.add(entry.id);
  }
}

/** A class with its learners (and all about them), its assignments and its activity. */
function chooseGroup(data: RecordsByTable, chosen: Chosen, group: GroupRecord): void {
  chosen.groups.add(group.id);
  for (const student of data.students) {
    if (student.groupId === group.id) chooseStudent(data, chosen, student);
  }
  for (const assignment of data.assignments) {
    if (assignment.groupId === group.id) chosen.assignments.add(assignment.id);
  }
  for (const document of data.documents) {
    if (document.assignmentId && chosen.assignments.has(document.assignmentId)) {
      chosen.documents.add(document.id);
    }
  }
  for (const entry of data.activity) {
    if (entry.groupId === group.id) chosen.activity.add(entry.id);
  }
}

/**
 * A school year: its classes (with their learners), the feedback, activity
 * and visits dated in it, and documents opened in it that have no feedback
 * from another year (those stay, so later work is never lost).
 */
function chooseSchoolYear(data: RecordsByTable, chosen: Chosen, year: string): void {
  for (const group of data.groups) {
    if (group.schoolYear === year) chooseGroup(data, chosen, group);
  }
  const laterWork = new Set<string>();
  for (const item of data.feedback) {
    if (schoolYearOf(item.createdAt) === year) chosen.feedback.add(item.id);
    else laterWork.add(item.documentId);
  }
  for (const document of data.documents) {
    if (schoolYearOf(document.createdAt) === year && !laterWork.has(document.id)) {
      chosen.documents.add(document.id);
    }
  }
  for (const entry of data.activity) {
    if (schoolYearOf(entry.at) === year) chosen.activity.add(entry.id);
  }
  for (const visit of data.visits) {
    if (schoolYearOf(visit.at) === year) chosen.visits.add(visit.id);
  }
}

/** Every co-coaching visit that names the colleague, visited or coaching: all that is kept about them. */
function chooseColleague(data: RecordsByTable, chosen: Chosen, name: string): void {
  for (const visit of data.visits) {
    if (visitNames(visit, name)) chosen.visits.add(visit.id);
  }
}

/** What hangs on chosen documents and feedback goes with them: nothing is left pointing at nothing. */
function chooseDependants(data: RecordsByTable, chosen: Chosen): void {
  for (const item of data.feedback) {
    if (chosen.documents.has(item.documentId)) chosen.feedback.add(item.id);
  }
  for (const entry of data.activity) {
    const onDocument = entry.documentId !== undefined && chosen.documents.has(entry.documentId);
    const onFeedback = entry.feedbackId !== undefined && chosen.feedback.has(entry.feedbackId);
    const onStudent = entry.studentId !== undefined && chosen.students.has(entry.studentId);
    if (onDocument || onFeedback || onStudent) chosen.activity.add(entry.id);
  }
}

/** Settings that point at deleted records or repeat a deleted learner's name, rewritten. */
function rewriteSettings(data: RecordsByTable, chosen: Chosen): SettingRecord[] {
  const names = data.students
    .filter((student) => chosen.students.has(student.id))
    .map((student) => student.name);
  const keys = new Set(
    data.documents
      .filter((document) => chosen.documents.has(document.id))
      .map((document) => document.key),
  );
  const rewrites: SettingRecord[] = [];
  for (const setting of data.settings) {
    if (setting.key === 'bankMissedSearches' && Array.isArray(setting.value)) {
      const searches = setting.value;
      const kept = searches.filter(
        (search) => !names.some((name) => mentionsName(search.query, name)),
      );
      if (kept.length !== searches.length) rewrites.push({ key: setting.key, value: kept });
    }
    if (setting.key === 'pendingFocus' && setting.value) {
      const focus = setting.value;
      if (keys.has(focus.documentKey) || chosen.feedback.has(focus.itemId)) {
        rewrites.push({ key: setting.key, value: null });
      }
    }
  }
  return rewrites;
}

/**
 * Works out everything a clean-up deletes, before anything is deleted, so
 * the preview and the deletion cannot disagree: the same plan is shown and
 * then carried out.
 */
export function planCleanUp(data: RecordsByTable, target: CleanUpTarget): CleanUpPlan {
  const chosen = Object.fromEntries(TABLE_NAMES.map((table) => [table, new Set()])) as Chosen;
  if (target.kind === 'student') {
    const student = data.students.find((candidate) => candidate.id === target.studentId);
    if (student) chooseStudent(data, chosen, student);
  } else if (target.kind === 'group') {
    const group = data.groups.find((candidate) => candidate.id === target.groupId);
    if (group) chooseGroup(data, chosen, group);
  } else if (target.kind === 'colleague') {
    chooseColleague(data, chosen, target.name);
  } else {
    chooseSchoolYear(data, chosen, target.schoolYear);
  }
  chooseDependants(data, chosen);

  let bytes = 0;
  const remove = {} as Record<TableName, string[]>;
  for (const table of TABLE_NAMES) {
    remove[table] = [...chosen[table]];
    for (const record of data[table] as { id?: string; key?: string }[]) {
      const id = record.id ?? record.key ?? '';
      if (chosen[table].has(id)) bytes += estimateBytes(record);
    }
  }
  return { remove, rewrite: rewriteSettings(data, chosen), bytes };
}
