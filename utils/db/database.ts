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

/**
 * Every schema the database has had, oldest first. A change is always a new
 * entry (never an edit of an old one) with an upgrade that rewrites the
 * stored records; `utils/db/migrations.ts` holds the record rewrites so a
 * backup made under an older version is upgraded by the same code.
 */
export const SCHEMA_VERSIONS = [{ version: 1, stores: SCHEMA_V1 }] as const;

/** The schema version this build writes (and the newest a backup may have). */
export const DATABASE_VERSION = Math.max(...SCHEMA_VERSIONS.map((entry) => entry.version));

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
    for (const { version, stores } of SCHEMA_VERSIONS) this.version(version).stores(stores);
  }
}

/** A fresh random id; UUIDs keep records from two backups from colliding. */
export function newId(): string {
  return crypto.randomUUID();
}
