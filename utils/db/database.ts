import Dexie, { type Table } from 'dexie';
import type {
  ActivityRecord,
  AssignmentRecord,
  DocumentRecord,
  FeedbackItemRecord,
  GroupRecord,
  SettingRecord,
  StudentRecord,
  TemplateRecord,
  VisitRecord,
} from './records';

/** The database name; one database, in the extension origin only. */
export const DATABASE_NAME = 'feedforward';

/**
 * Version 1 index layout. Only fields that are queried are indexed; the rest
 * of each record is stored but not indexed. Booleans are not indexable in
 * IndexedDB, so flags are filtered in memory after an indexed query.
 */
export const SCHEMA_V1 = {
  groups: 'id, name, schoolYear',
  students: 'id, name, groupId',
  assignments: 'id, title, groupId',
  documents: 'id, &key, studentId, assignmentId, updatedAt',
  feedback:
    'id, documentId, studentId, status, source, followUpAt, updatedAt, [documentId+createdAt], [studentId+createdAt]',
  templates: 'id, lang, question, level, [lang+question+level], *tags, useCount, copiedFrom',
  activity: 'id, at, kind, studentId, groupId, documentId',
  visits: 'id, at, visitedColleague, coach',
  settings: 'key',
} as const;

/** The typed Dexie database; import it only inside utils/db. */
export class FeedforwardDatabase extends Dexie {
  groups!: Table<GroupRecord, string>;
  students!: Table<StudentRecord, string>;
  assignments!: Table<AssignmentRecord, string>;
  documents!: Table<DocumentRecord, string>;
  feedback!: Table<FeedbackItemRecord, string>;
  templates!: Table<TemplateRecord, string>;
  activity!: Table<ActivityRecord, string>;
  visits!: Table<VisitRecord, string>;
  settings!: Table<SettingRecord, string>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
  }
}

/** A fresh random id; UUIDs keep records from two backups from colliding. */
export function newId(): string {
  return crypto.randomUUID();
}
