import { DATABASE_NAME, DATABASE_VERSION, SCHEMA_VERSIONS } from '../database';
import { arrayOf, integer, isPlainObject, matching, object, oneOf, text } from './checks';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type Backup,
  type BackupError,
  type BackupMetadata,
  type BackupResult,
  DEXIE_FORMAT,
  MAX_BACKUP_BYTES,
  MAX_RECORDS_PER_TABLE,
} from './format';
import { upgradeBackupRecords } from './upgrade';

/**
 * Reads a backup file and checks all of it before anything is written:
 * size, JSON, the Dexie envelope, our marker and versions, the database's
 * name, the tables, the record counts, then every record (through
 * upgradeBackupRecords). Pure, so the import's preview and write start
 * from data that is known to fit. `databaseName` is the database the file
 * must be a copy of (tests use databases of their own).
 */
export function parseBackup(
  raw: string,
  byteLength: number,
  databaseName = DATABASE_NAME,
): BackupResult<Backup> {
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
  const envelopeBad = ENVELOPE(json);
  if (envelopeBad !== null)
    return refuse('backupDamaged', { part: envelopeBad.replace(/^\./, '') });

  const metadata = json.feedforward;
  if (metadata.format !== BACKUP_FORMAT) return refuse('backupNotOurs');
  if (
    typeof metadata.formatVersion === 'number' &&
    metadata.formatVersion > BACKUP_FORMAT_VERSION
  ) {
    return refuse('backupNewer');
  }
  const metadataBad = METADATA(metadata);
  if (metadataBad !== null) return refuse('backupDamaged', { part: `feedforward${metadataBad}` });

  const data = json.data as Record<string, unknown>;
  if (data.databaseName !== databaseName) {
    return refuse('backupWrongDatabase', { name: String(data.databaseName).slice(0, 100) });
  }
  const version = data.databaseVersion as number;
  if (version > DATABASE_VERSION) return refuse('backupNewer');
  if (version !== metadata.databaseVersion)
    return refuse('backupDamaged', { part: 'databaseVersion' });
  const schema = SCHEMA_VERSIONS.find((entry) => entry.version === version);
  if (!schema) return refuse('backupBadVersion', { version });

  const rows = tableRows(data, Object.keys(schema.stores));
  if (!rows.ok) return rows;
  const tables = upgradeBackupRecords(version, rows.value);
  if (!tables.ok) return tables;
  return {
    ok: true,
    value: { metadata: metadata as unknown as BackupMetadata, tables: tables.value },
  };
}

function refuse(
  key: BackupError['key'],
  params?: BackupError['params'],
): { ok: false; error: BackupError } {
  return { ok: false, error: params ? { key, params } : { key } };
}

/** The Dexie envelope and its table list, without the rows (those are checked per table). */
const ENVELOPE = object<{
  formatName: unknown;
  formatVersion: unknown;
  feedforward: unknown;
  data: unknown;
}>({
  formatName: oneOf([DEXIE_FORMAT.formatName]),
  formatVersion: oneOf([DEXIE_FORMAT.formatVersion]),
  feedforward: () => null,
  data: object<{ databaseName: unknown; databaseVersion: unknown; tables: unknown; data: unknown }>(
    {
      databaseName: text(200),
      databaseVersion: integer(1, Number.MAX_SAFE_INTEGER),
      tables: arrayOf(
        object<{ name: unknown; schema: unknown; rowCount: unknown }>({
          name: text(200),
          schema: text(2_000),
          rowCount: integer(0, MAX_RECORDS_PER_TABLE),
        }),
        100,
      ),
      data: arrayOf(
        object<{ tableName: unknown; inbound: unknown; rows: unknown }>({
          tableName: text(200),
          inbound: oneOf([true]),
          rows: (value) => (Array.isArray(value) ? null : ''),
        }),
        100,
      ),
    },
  ),
});

const METADATA = object<BackupMetadata>({
  format: oneOf([BACKUP_FORMAT]),
  formatVersion: integer(1, BACKUP_FORMAT_VERSION),
  appVersion: text(50),
  exportedAt: matching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/),
  databaseVersion: integer(1, Number.MAX_SAFE_INTEGER),
});

interface TableEntry {
  name: string;
  rowCount: number;
}
interface DataEntry {
  tableName: string;
  rows: unknown[];
}

/**
 * The rows of each table, once the table list and the data agree: every
 * table of the schema listed once and present once, nothing else, and
 * as many rows as the list says (a cut or edited file rarely keeps that).
 */
function tableRows(
  data: Record<string, unknown>,
  schemaTables: string[],
): BackupResult<Record<string, unknown[]>> {
  const listed = data.tables as TableEntry[];
  const present = data.data as DataEntry[];
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
    if (entries.length !== 1 || blocks.length !== 1) return refuse('backupMissingTable', { table });
    const [entry, block] = [entries[0] as TableEntry, blocks[0] as DataEntry];
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
