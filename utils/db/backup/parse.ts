import * as v from 'valibot';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupMetadataSchema,
  DEXIE_FORMAT,
  DexieExportSchema,
  MAX_BACKUP_BYTES,
  MAX_RECORDS_PER_TABLE,
} from '../../model/backup-file';
import { isPlainObject, issuePath } from '../../model/json';
import { DATABASE_NAME, DATABASE_VERSION, SCHEMA_VERSIONS } from '../database';
import type { Backup, BackupError, BackupResult } from './format';
import { type CheckProgress, upgradeBackupRecords } from './upgrade';

/**
 * Reads a backup file and checks all of it before anything is written:
 * size, JSON, the Dexie envelope, our marker and versions, the database's
 * name, the tables, the record counts, then every record (through
 * upgradeBackupRecords, a run at a time so the page stays responsive,
 * with `onProgress` told how far it got). Touches no database, so the
 * import's preview and write start from data that is known to fit. `databaseName` is the database the file
 * must be a copy of (tests use databases of their own).
 */
export async function parseBackup(
  raw: string,
  byteLength: number,
  databaseName = DATABASE_NAME,
  onProgress?: CheckProgress,
): Promise<BackupResult<Backup>> {
  if (byteLength > MAX_BACKUP_BYTES) {
    return refuse('backupTooLarge', { size: byteLength, max: MAX_BACKUP_BYTES });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return refuse('backupNotJson');
  }
  if (!isPlainObject(json)) return refuse('backupNotOurs');
  if (json.format === 'feedforward-templates') return refuse('backupIsTemplateFile');
  if (json.formatName !== DEXIE_FORMAT.formatName || !isPlainObject(json.feedforward)) {
    return refuse('backupNotOurs');
  }
  if (json.formatVersion !== DEXIE_FORMAT.formatVersion)
    return refuse('backupDamaged', { part: 'formatVersion' });
  const envelope = v.safeParse(DexieExportSchema, json, { abortEarly: true });
  if (!envelope.success) return refuse('backupDamaged', { part: issuePath(envelope.issues) });

  const { feedforward } = json;
  if (feedforward.format !== BACKUP_FORMAT) return refuse('backupNotOurs');
  if (
    typeof feedforward.formatVersion === 'number' &&
    feedforward.formatVersion > BACKUP_FORMAT_VERSION
  ) {
    return refuse('backupNewer');
  }
  const metadata = v.safeParse(BackupMetadataSchema, feedforward, { abortEarly: true });
  if (!metadata.success) {
    return refuse('backupDamaged', { part: `feedforward.${issuePath(metadata.issues)}` });
  }

  const { data } = envelope.output;
  if (data.databaseName !== databaseName) {
    return refuse('backupWrongDatabase', { name: data.databaseName.slice(0, 100) });
  }
  const version = data.databaseVersion;
  if (version > DATABASE_VERSION) return refuse('backupNewer');
  if (version !== metadata.output.databaseVersion)
    return refuse('backupDamaged', { part: 'databaseVersion' });
  const schema = SCHEMA_VERSIONS.find((entry) => entry.version === version);
  if (!schema) return refuse('backupBadVersion', { version });

  const rows = tableRows(data, Object.keys(schema.stores));
  if (!rows.ok) return rows;
  const tables = await upgradeBackupRecords(version, rows.value, onProgress);
  if (!tables.ok) return tables;
  return { ok: true, value: { metadata: metadata.output, tables: tables.value } };
}

function refuse(
  key: BackupError['key'],
  params?: BackupError['params'],
): { ok: false; error: BackupError } {
  return { ok: false, error: params ? { key, params } : { key } };
}

/** The checked envelope's table list and data, whose rows are checked per table. */
type ExportData = v.InferOutput<typeof DexieExportSchema>['data'];

/**
 * The rows of each table, once the table list and the data agree: every
 * table of the schema listed once and present once, nothing else, and
 * as many rows as the list says (a cut or edited file rarely keeps that).
 */
function tableRows(
  data: ExportData,
  schemaTables: string[],
): BackupResult<Record<string, unknown[]>> {
  const { tables: listed, data: present } = data;
  const known = new Set(schemaTables);
  for (const { name } of listed)
    if (!known.has(name)) return refuse('backupUnknownTable', { table: name.slice(0, 100) });
  for (const { tableName } of present) {
    if (!known.has(tableName))
      return refuse('backupUnknownTable', { table: tableName.slice(0, 100) });
  }
  const rows: Record<string, unknown[]> = {};
  for (const table of schemaTables) {
    const entries = listed.filter((entry) => entry.name === table);
    const blocks = present.filter((entry) => entry.tableName === table);
    const [entry, block] = [entries[0], blocks[0]];
    if (!entry || !block || entries.length !== 1 || blocks.length !== 1) {
      return refuse('backupMissingTable', { table });
    }
    if (block.rows.length > MAX_RECORDS_PER_TABLE) {
      return refuse('backupTooManyRecords', { table, max: MAX_RECORDS_PER_TABLE });
    }
    if (block.rows.length !== entry.rowCount) return refuse('backupCountMismatch', { table });
    const plain: unknown[] = [];
    for (let index = 0; index < block.rows.length; index++) {
      const row = withoutTypeMarkers(block.rows[index]);
      if (row === undefined) {
        return refuse('backupBadRecord', { table, number: index + 1, field: TYPE_MARKERS });
      }
      plain.push(row);
    }
    rows[table] = plain;
  }
  return { ok: true, value: rows };
}

/** Where dexie-export-import notes the types of values JSON cannot hold. */
const TYPE_MARKERS = '$types';

/**
 * A row without its `$types` note. The exporter notes every array as
 * `arrayNonindexKeys` (an array that is just an array); that note is
 * dropped. Any other note (dates, blobs, undefined, …) means a value our
 * records never hold, and the row is refused (`undefined`).
 */
function withoutTypeMarkers(row: unknown): unknown {
  if (!isPlainObject(row) || !(TYPE_MARKERS in row)) return row;
  const { [TYPE_MARKERS]: markers, ...rest } = row;
  if (!isPlainObject(markers)) return undefined;
  for (const [path, type] of Object.entries(markers)) {
    if (type !== 'arrayNonindexKeys' || !Array.isArray(valueAtPath(rest, path))) return undefined;
  }
  return rest;
}

/** The value at a typeson key path (`a.b`, with `~1` for a dot and `~0` for a tilde in a key). */
function valueAtPath(root: unknown, path: string): unknown {
  let value = root;
  for (const segment of path.split('.')) {
    if (!isPlainObject(value) && !Array.isArray(value)) return undefined;
    const key = segment.replace(/~1/g, '.').replace(/~0/g, '~');
    value = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}
