import type { MessageKey } from '../../i18n/index';
import type { RecordsByTable } from '../../model/records';
import { toDateInput } from '../../text/date-input';
import type { SCHEMA_VERSIONS } from '../database';

/**
 * The backup file. It is dexie-export-import's JSON format (so any Dexie
 * tool can read it) with one extra top-level field, `feedforward`, placed
 * before `data` (the Dexie format wants the data last, for streaming):
 *
 * ```
 * { "formatName": "dexie", "formatVersion": 1,
 *   "feedforward": { "format": "feedforward-backup", "formatVersion": 1,
 *                    "appVersion": "0.1.0", "exportedAt": "2026-11-23T10:00:00.000Z",
 *                    "databaseVersion": 1 },
 *   "data": { "databaseName": "feedforward", "databaseVersion": 1,
 *             "tables": [{ "name": "groups", "schema": "id,name,schoolYear", "rowCount": 2 }, …],
 *             "data": [{ "tableName": "groups", "inbound": true, "rows": [ {…}, … ] }, …] } }
 * ```
 *
 * Rows are the stored records as plain JSON (fields that are not set are
 * left out). Every table of the schema is present, also when empty.
 */

/** The marker that says "this Dexie export is a Feedforward backup". */
export const BACKUP_FORMAT = 'feedforward-backup';

/**
 * Version of the wrapper (the `feedforward` field and the rules above),
 * not of the database schema, which `databaseVersion` gives. A file with a
 * higher number comes from a newer extension and is refused with "update".
 */
export const BACKUP_FORMAT_VERSION = 1;

/** The Dexie export format this builds on. */
export const DEXIE_FORMAT = { formatName: 'dexie', formatVersion: 1 } as const;

/**
 * Largest backup file accepted (300 MB, decimal so formatBytes shows it
 * round). Checked before the file is read as text; well above years of a
 * teacher's feedback, below what a browser tab can parse at once.
 */
export const MAX_BACKUP_BYTES = 300_000_000;

/** Most records in one table: far above real use, small enough to write in one transaction. */
export const MAX_RECORDS_PER_TABLE = 500_000;

/** The tables a backup holds: every table of the schema. */
export type TableName = keyof (typeof SCHEMA_VERSIONS)[number]['stores'];

/** The `feedforward` field: who made the file and under which schema. */
export interface BackupMetadata {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The extension version that wrote the file (informational). */
  appVersion: string;
  /** ISO time of the export; a restored file counts as a backup made then. */
  exportedAt: string;
  /** Schema version of the records; older ones are upgraded on import. */
  databaseVersion: number;
}

/** A fully checked backup, records already in the current schema. */
export interface Backup {
  metadata: BackupMetadata;
  tables: RecordsByTable;
}

/** Why a file was refused, as a message key (and its values) the interface translates. */
export interface BackupError {
  key: MessageKey;
  /** `table` is a table name (show its label); `size`/`max` of backupTooLarge are bytes. */
  params?: Record<string, string | number>;
}

/** Either a checked backup or the first reason to refuse the file. */
export type BackupResult<T> = { ok: true; value: T } | { ok: false; error: BackupError };

/** The name of a downloaded backup: the date makes several backups sort and tell apart. */
export function backupFileName(now: Date): string {
  return `feedforward-backup-${toDateInput(now.getTime())}.json`;
}
