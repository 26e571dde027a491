import type { Table } from 'dexie';
import { TABLE_NAMES, type TableName } from '../model/tables';
import type { FeedforwardDatabase } from './database';
import { createUsageTally, type UsageSummary } from './usage';

/** How many records are read and counted between two pauses. */
const DEFAULT_CHUNK_SIZE = 2000;

/** Gives the page a turn: typing, clicks and painting run before the next chunk. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How a measurement is sliced; tests and the benchmark choose their own. */
export interface MeasureOptions {
  chunkSize?: number;
  /** Awaited between chunks; by default a new task, so the page stays responsive. */
  pause?: () => Promise<void>;
}

/** Measuring what uses the storage, and noticing when that may have changed. */
export interface UsageRepository {
  /**
   * Reads every table a chunk at a time (by primary key, so no chunk is
   * read twice) and counts records and bytes, pausing between chunks.
   */
  measure(options?: MeasureOptions): Promise<UsageSummary>;
  /**
   * Changes when records are added, removed, or feedback and documents are
   * edited; cheap (counts and one indexed read), so a live query can watch
   * it and the slow measurement runs only after a change.
   */
  revision(): Promise<string>;
}

/** The measurement reads in slices so 100,000 feedback items never freeze the dashboard. */
export function createUsageRepository(db: FeedforwardDatabase): UsageRepository {
  const tableOf = (name: TableName) => db.table(name) as Table<unknown, string>;
  return {
    async measure({ chunkSize = DEFAULT_CHUNK_SIZE, pause = nextTask } = {}) {
      const tally = createUsageTally();
      for (const name of TABLE_NAMES) {
        const table = tableOf(name);
        const keyPath = table.schema.primKey.keyPath as string;
        let after: string | undefined;
        for (;;) {
          const range =
            after === undefined ? table.toCollection() : table.where(':id').above(after);
          const chunk = await range.limit(chunkSize).toArray();
          tally.add(name, chunk);
          if (chunk.length < chunkSize) break;
          after = (chunk[chunk.length - 1] as Record<string, string>)[keyPath];
          await pause();
        }
      }
      return tally.result();
    },
    async revision() {
      const counts = await Promise.all(TABLE_NAMES.map((name) => tableOf(name).count()));
      const [latestItem, latestDocument] = await Promise.all([
        db.feedback.orderBy('updatedAt').last(),
        db.documents.orderBy('updatedAt').last(),
      ]);
      return [...counts, latestItem?.updatedAt, latestItem?.id, latestDocument?.updatedAt].join(
        ':',
      );
    },
  };
}
