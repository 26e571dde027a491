import type { Table } from 'dexie';
import { type RecordsByTable, TABLE_NAMES, type TableName } from '../model/tables';
import { type CleanUpTarget, planCleanUp } from './cleanup-plan';
import type { FeedforwardDatabase } from './database';
import { estimateBytes } from './usage';

export type { CleanUpTarget } from './cleanup-plan';

/** What a clean-up removes (or removed): records per table, bytes, and settings rewritten. */
export interface RemovalSummary {
  removed: Record<TableName, number>;
  /** Estimated bytes of the removed records. */
  bytes: number;
  /** Settings that referred to what was removed and were rewritten without it. */
  settingsChanged: number;
}

/** Deleting old data to free space, and erasing a learner or everything on request. */
export interface CleanUpRepository {
  /** What `remove(target)` would delete, without deleting anything. */
  preview(target: CleanUpTarget): Promise<RemovalSummary>;
  /** Deletes the target and everything that refers to it, in one transaction. */
  remove(target: CleanUpTarget): Promise<RemovalSummary>;
  /** What `eraseAll()` would delete, without deleting anything. */
  previewAll(): Promise<RemovalSummary>;
  /**
   * Deletes every record the teacher made, in one transaction. The shipped
   * templates stay (they hold nothing about anyone) but lose the teacher's
   * marks: use counts, favourites and hiding.
   */
  eraseAll(): Promise<RemovalSummary>;
}

/** A summary with every table at zero. */
function emptyCounts(): Record<TableName, number> {
  return Object.fromEntries(TABLE_NAMES.map((table) => [table, 0])) as Record<TableName, number>;
}

/**
 * Plans on a snapshot read in the same transaction as the deletion, so what
 * is deleted is exactly what was planned, even if another page writes.
 */
export function createCleanUpRepository(db: FeedforwardDatabase): CleanUpRepository {
  const tables = () => TABLE_NAMES.map((name) => db.table(name) as Table<unknown, string>);
  const snapshot = async (): Promise<RecordsByTable> => {
    const records = await Promise.all(tables().map((table) => table.toArray()));
    return Object.fromEntries(
      TABLE_NAMES.map((name, index) => [name, records[index]]),
    ) as unknown as RecordsByTable;
  };
  const summarise = (target: CleanUpTarget, data: RecordsByTable) => {
    const plan = planCleanUp(data, target);
    const removed = emptyCounts();
    for (const table of TABLE_NAMES) removed[table] = plan.remove[table].length;
    return { plan, summary: { removed, bytes: plan.bytes, settingsChanged: plan.rewrite.length } };
  };
  /** Counts (and with `erase`, deletes) everything but the shipped templates. */
  const tallyAll = async (erase: boolean): Promise<RemovalSummary> => {
    const removed = emptyCounts();
    let bytes = 0;
    for (const name of TABLE_NAMES) {
      const table = db.table(name);
      const doomed =
        name === 'templates' ? table.filter((template) => !template.builtIn) : table.toCollection();
      const records = await doomed.toArray();
      for (const record of records) bytes += estimateBytes(record);
      removed[name] = records.length;
      if (erase) await doomed.delete();
    }
    if (erase) {
      await db.templates.toCollection().modify((template) => {
        template.useCount = 0;
        template.favourite = false;
        template.hidden = false;
        delete template.lastUsedAt;
      });
    }
    return { removed, bytes, settingsChanged: 0 };
  };
  return {
    preview: (target) =>
      db.transaction('r', tables(), async () => summarise(target, await snapshot()).summary),
    remove(target) {
      return db.transaction('rw', tables(), async () => {
        const { plan, summary } = summarise(target, await snapshot());
        for (const name of TABLE_NAMES) await db.table(name).bulkDelete(plan.remove[name]);
        await db.settings.bulkPut(plan.rewrite);
        return summary;
      });
    },
    previewAll: () => db.transaction('r', tables(), () => tallyAll(false)),
    eraseAll: () => db.transaction('rw', tables(), () => tallyAll(true)),
  };
}
