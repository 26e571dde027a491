import type { RecordsByTable } from '../../model/records';
import { upgradeRecords } from '../migrations';
import type { BackupResult, TableName } from './format';
import { RECORD_CHECKS } from './record-checks';

/** The tables of the current schema, in the order an import writes them. */
export const TABLE_NAMES = Object.keys(RECORD_CHECKS) as TableName[];

/** A settings record is keyed by `key`; every other record by `id`. */
export function primaryKeyOf(table: TableName, record: object): string {
  return String((record as Record<string, unknown>)[table === 'settings' ? 'key' : 'id']);
}

/**
 * The one door every backup's records pass through on their way in:
 * records written under an older schema are brought up to the current
 * one here (by `upgradeRecords`, the same rewrites the live database runs
 * when it opens an older version), and then every record is checked
 * against the current shapes.
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

/** Checks every record's shape, then that ids (and document keys) are unique per table. */
function checkRecords(rows: Record<string, unknown[]>): BackupResult<RecordsByTable> {
  for (const table of TABLE_NAMES) {
    const records = rows[table] ?? [];
    const check = RECORD_CHECKS[table];
    const seen = new Set<string>();
    const documentKeys = new Set<string>();
    for (let index = 0; index < records.length; index++) {
      const record = records[index];
      const bad = check(record);
      if (bad !== null) {
        return {
          ok: false,
          error: {
            key: 'backupBadRecord',
            params: { table, number: index + 1, field: bad.replace(/^\./, '') || '—' },
          },
        };
      }
      const key = primaryKeyOf(table, record as object);
      if (seen.has(key)) {
        return { ok: false, error: { key: 'backupDuplicateId', params: { table, id: key } } };
      }
      seen.add(key);
      if (table === 'documents') {
        const documentKey = (record as { key: string }).key;
        if (documentKeys.has(documentKey)) {
          return {
            ok: false,
            error: { key: 'backupDuplicateId', params: { table, id: documentKey } },
          };
        }
        documentKeys.add(documentKey);
      }
    }
  }
  return { ok: true, value: rows as unknown as RecordsByTable };
}
