import type { DocumentRecord } from '../../model/records';
import type { RecordsByTable, TableName } from '../../model/tables';
import { primaryKeyOf } from './upgrade';

/**
 * What merging a backup into the database does, as pure functions: the
 * preview counts and the records the write transaction puts. The rule for
 * a conflict (the same record, different content): the version changed
 * most recently (`updatedAt`) is kept, and on a tie the one already here.
 * Records without a change time (activity, settings) stay as they are here.
 */

/** How one table's records in a backup relate to the records here. */
export interface TableComparison {
  /** Records in the backup. */
  total: number;
  /** Not here yet: merge adds them. */
  added: number;
  /** Here already, with the same content. */
  same: number;
  /** Here with different content. */
  conflicts: number;
  /** Conflicts where the backup's record is newer: merge takes it. */
  newerInBackup: number;
}

/** The comparison of every table. */
export type BackupComparison = Record<TableName, TableComparison>;

/** JSON with object keys sorted, so equal records give equal text whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** Whether the backup's version of a conflicting record replaces the one here. */
export function backupWins(local: object, incoming: object): boolean {
  const changed = (record: object) => (record as { updatedAt?: unknown }).updatedAt;
  const [here, there] = [changed(local), changed(incoming)];
  return typeof here === 'number' && typeof there === 'number' && there > here;
}

/** One table's comparison and the records a merge writes. */
export function mergeTable(
  table: TableName,
  incoming: readonly object[],
  localByKey: ReadonlyMap<string, object>,
): { comparison: TableComparison; put: object[] } {
  const comparison: TableComparison = {
    total: incoming.length,
    added: 0,
    same: 0,
    conflicts: 0,
    newerInBackup: 0,
  };
  const put: object[] = [];
  for (const record of incoming) {
    const local = localByKey.get(primaryKeyOf(table, record));
    if (!local) {
      comparison.added++;
      put.push(record);
    } else if (canonicalJson(local) === canonicalJson(record)) {
      comparison.same++;
    } else {
      comparison.conflicts++;
      if (backupWins(local, record)) {
        comparison.newerInBackup++;
        put.push(record);
      }
    }
  }
  return { comparison, put };
}

/**
 * The same document opened on two computers gets two ids but one key
 * (its address). Before merging, a backup's document that is here under
 * another id takes the id used here, and the feedback and activity that
 * point at it follow, so the two histories join instead of clashing on
 * the unique key.
 */
export function alignDocuments(
  incoming: RecordsByTable,
  localDocuments: readonly DocumentRecord[],
): RecordsByTable {
  const localIdByKey = new Map(localDocuments.map((document) => [document.key, document.id]));
  const renamed = new Map<string, string>();
  for (const document of incoming.documents) {
    const localId = localIdByKey.get(document.key);
    if (localId !== undefined && localId !== document.id) renamed.set(document.id, localId);
  }
  if (renamed.size === 0) return incoming;
  const rename = (id: string) => renamed.get(id) ?? id;
  return {
    ...incoming,
    documents: incoming.documents.map((document) => ({ ...document, id: rename(document.id) })),
    feedback: incoming.feedback.map((item) => ({ ...item, documentId: rename(item.documentId) })),
    activity: incoming.activity.map((entry) =>
      entry.documentId === undefined ? entry : { ...entry, documentId: rename(entry.documentId) },
    ),
  };
}
