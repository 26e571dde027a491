import * as v from 'valibot';
import { BackupTablesSchema } from '../../model/backup-file';
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
export function upgradeBackupRecords(
  databaseVersion: number,
  rows: Record<string, unknown[]>,
): BackupResult<RecordsByTable> {
  let current = rows;
  try {
    current = upgradeRecords(databaseVersion, rows);
  } catch {
    return { ok: false, error: { key: 'backupBadVersion', params: { version: databaseVersion } } };
  }
  return checkRecords(current);
}

/**
 * Checks every record against its table's schema, naming the first bad one
 * by table, number (from 1) and field, then that ids (and document keys)
 * are unique per table.
 */
function checkRecords(rows: Record<string, unknown[]>): BackupResult<RecordsByTable> {
  const checked = v.safeParse(BackupTablesSchema, rows, { abortEarly: true });
  if (!checked.success) {
    const [table, index] = issueKeys(checked.issues);
    return {
      ok: false,
      error: {
        key: 'backupBadRecord',
        params: {
          table: String(table),
          number: Number(index) + 1,
          field: issuePath(checked.issues, 2) || '—',
        },
      },
    };
  }
  const tables = checked.output;
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
