import type * as v from 'valibot';
import {
  ActivityRecordSchema,
  AssignmentRecordSchema,
  DocumentRecordSchema,
  FeedbackItemRecordSchema,
  GroupRecordSchema,
  StudentRecordSchema,
  TemplateRecordSchema,
  VisitRecordSchema,
} from './records';
import { SettingRecordSchema } from './setting-records';

/**
 * Every table of the database with the schema of its records, in the order
 * the storage overview lists them and a backup writes them. The database's
 * index layout, backups, the storage overview, clean-up and erasure all
 * walk this one list, so a table added here is stored, backed up, counted,
 * cleaned and erased — or the type checker says where it is missing.
 */
export const RECORD_SCHEMAS = {
  groups: GroupRecordSchema,
  students: StudentRecordSchema,
  assignments: AssignmentRecordSchema,
  documents: DocumentRecordSchema,
  feedback: FeedbackItemRecordSchema,
  templates: TemplateRecordSchema,
  activity: ActivityRecordSchema,
  visits: VisitRecordSchema,
  settings: SettingRecordSchema,
};

/** The name of one table. */
export type TableName = keyof typeof RECORD_SCHEMAS;

/** Every table's name, in the order of RECORD_SCHEMAS. */
export const TABLE_NAMES = Object.keys(RECORD_SCHEMAS) as readonly TableName[];

/** Every table's records, by table name: what a backup carries and what a clean-up plans over. */
export type RecordsByTable = {
  [T in TableName]: v.InferOutput<(typeof RECORD_SCHEMAS)[T]>[];
};
