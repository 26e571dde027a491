import * as v from 'valibot';
import { CountSchema } from './fields';
import { RECORD_SCHEMAS, type TableName } from './tables';

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
 * left out). Every table of the schema is present, also when empty. The
 * schemas below check the envelope, our metadata and every record; the
 * order of the checks, and what each refusal says, is in
 * utils/db/backup/parse.ts.
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

/** A schema version as the file states it: a whole number from 1. */
const VersionSchema = v.pipe(CountSchema, v.minValue(1));

/** A name or short label in the envelope (database, table). */
const NameSchema = v.pipe(v.string(), v.maxLength(200));

/** Most tables the envelope may list; the schema has far fewer. */
const MAX_TABLES = 100;

/**
 * The Dexie envelope and its table list, without our metadata (checked on
 * its own, after the marker) and without looking into the rows (checked
 * per table, once they are brought up to the current schema).
 */
export const DexieExportSchema = v.strictObject({
  formatName: v.literal(DEXIE_FORMAT.formatName),
  formatVersion: v.literal(DEXIE_FORMAT.formatVersion),
  feedforward: v.unknown(),
  data: v.strictObject({
    databaseName: NameSchema,
    databaseVersion: VersionSchema,
    tables: v.pipe(
      v.array(
        v.strictObject({
          name: NameSchema,
          schema: v.pipe(v.string(), v.maxLength(2_000)),
          rowCount: v.pipe(CountSchema, v.maxValue(MAX_RECORDS_PER_TABLE)),
        }),
      ),
      v.maxLength(MAX_TABLES),
    ),
    data: v.pipe(
      v.array(
        v.strictObject({
          tableName: NameSchema,
          inbound: v.literal(true),
          rows: v.array(v.unknown()),
        }),
      ),
      v.maxLength(MAX_TABLES),
    ),
  }),
});

/**
 * Whether an ISO time in the export's own format names a moment that
 * exists: "2026-13-45T25:61:61Z" has the right shape, but no date reads it
 * back as written (month 13, minute 61), and using it would throw later.
 */
function isRealInstant(text: string): boolean {
  const at = Date.parse(text);
  if (!Number.isFinite(at)) return false;
  return new Date(at).toISOString().slice(0, 19) === text.slice(0, 19);
}

/** The `feedforward` field: who made the file and under which schema. */
export const BackupMetadataSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.pipe(VersionSchema, v.maxValue(BACKUP_FORMAT_VERSION)),
  /** The extension version that wrote the file (informational). */
  appVersion: v.pipe(v.string(), v.maxLength(50)),
  /** ISO time of the export; a restored file counts as a backup made then. */
  exportedAt: v.pipe(
    v.string(),
    v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/),
    v.check(isRealInstant),
  ),
  /** Schema version of the records; older ones are upgraded on import. */
  databaseVersion: VersionSchema,
});
export type BackupMetadata = v.InferOutput<typeof BackupMetadataSchema>;

/**
 * A run of one table's rows, each checked against the table's record
 * schema. Rows are checked a run at a time (see upgradeBackupRecords), so a
 * refusal's path is `[index within the run, field…]`.
 */
export function recordRunSchema<T extends TableName>(table: T) {
  return v.array(RECORD_SCHEMAS[table]);
}
