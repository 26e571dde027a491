import * as v from 'valibot';
import { recordRunSchema } from '../../model/backup-file';
import { issueKeys, issuePath } from '../../model/json';
import { type RecordsByTable, TABLE_NAMES, type TableName } from '../../model/tables';
import { upgradeRecords } from '../migrations';
import type { BackupResult } from './format';

/** A settings record is keyed by `key`; every other record by `id`. */
export function primaryKeyOf(table: TableName, record: object): string {
  return String((record as Record<string, unknown>)[table === 'settings' ? 'key' : 'id']);
}

/**
 * The one door every backup's records pass through on their way in:
 * records written under an older schema are brought up to the current
 * one here (by `upgradeRecords`, the same rewrites the live database runs
 * when it opens an older version), and then every record is checked
 * against the current record schemas.
 *
 * `rows` are the file's raw rows per table of the schema `databaseVersion`
 * (already known to be ≤ DATABASE_VERSION and to name only that schema's
 * tables). Nothing here trusts them: an upgrade that throws on damaged
 * data refuses the file like any other damage.
 */
export async function upgradeBackupRecords(
  databaseVersion: number,
  rows: Record<string, unknown[]>,
  onProgress?: CheckProgress,
): Promise<BackupResult<RecordsByTable>> {
  let current = rows;
  try {
    current = upgradeRecords(databaseVersion, rows);
  } catch {
    return { ok: false, error: { key: 'backupBadVersion', params: { version: databaseVersion } } };
  }
  return checkRecords(current, onProgress);
}

/** Told how many records were checked so far, of how many. */
export type CheckProgress = (checked: number, total: number) => void;

/**
 * How many records are checked before the page gets a turn: a backup of
 * 200,000 records checked at once kept the dashboard from answering a
 * click for seconds; a run of this size takes a few milliseconds.
 */
const RECORDS_PER_RUN = 2_000;

/** Lets the page answer clicks and keys, and draw, before the next run. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Checks every record against its table's schema, a run at a time, naming
 * the first bad one by table, number (from 1) and field, then that ids (and
 * document keys) are unique per table.
 */
async function checkRecords(
  rows: Record<string, unknown[]>,
  onProgress?: CheckProgress,
): Promise<BackupResult<RecordsByTable>> {
  const total = TABLE_NAMES.reduce((sum, table) => sum + (rows[table]?.length ?? 0), 0);
  const tables = {} as Record<TableName, unknown[]>;
  let done = 0;
  for (const table of TABLE_NAMES) {
    const records = rows[table] ?? [];
    const kept: unknown[] = [];
    for (let start = 0; start < records.length; start += RECORDS_PER_RUN) {
      const run = v.safeParse(
        recordRunSchema(table),
        records.slice(start, start + RECORDS_PER_RUN),
        {
          abortEarly: true,
        },
      );
      if (!run.success) {
        const [index] = issueKeys(run.issues);
        const number = start + Number(index) + 1;
        const field = issuePath(run.issues, 1) || '—';
        return { ok: false, error: { key: 'backupBadRecord', params: { table, number, field } } };
      }
      kept.push(...run.output);
      done += run.output.length;
      onProgress?.(done, total);
      await nextTurn();
    }
    tables[table] = kept;
  }
  return uniqueKeys(tables as RecordsByTable);
}

/** The records, once no table holds two with one id (and no two documents share a key). */
function uniqueKeys(tables: RecordsByTable): BackupResult<RecordsByTable> {
  for (const table of TABLE_NAMES) {
    const duplicate = firstDuplicate(tables[table].map((record) => primaryKeyOf(table, record)));
    const duplicateKey =
      table === 'documents'
        ? firstDuplicate(tables.documents.map((document) => document.key))
        : undefined;
    const id = duplicate ?? duplicateKey;
    if (id !== undefined)
      return { ok: false, error: { key: 'backupDuplicateId', params: { table, id } } };
  }
  return { ok: true, value: tables };
}

/** The first value that comes a second time, if any. */
function firstDuplicate(values: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return undefined;
}
