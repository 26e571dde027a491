import type { Table } from 'dexie';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupMetadata,
  DEXIE_FORMAT,
} from '../../model/backup-file';
import type { SettingRecord } from '../../model/records';
import { type RecordsByTable, TABLE_NAMES, type TableName } from '../../model/tables';
import type { FeedforwardDatabase } from '../database';
import type { Backup } from './format';
import { alignDocuments, type BackupComparison, mergeTable } from './merge';
import { primaryKeyOf } from './upgrade';

/** How to bring a backup in: alongside what is here, or instead of it. */
export type RestoreMode = 'merge' | 'replace';

/** What the import preview shows before the teacher decides. */
export interface BackupPreview {
  /** Per table: records in the file, new ones, identical ones, conflicts. */
  comparison: BackupComparison;
  /** Records here now (what "replace" removes). */
  recordsHere: number;
}

/** When the teacher's work last changed, for the backup reminder. */
export interface ChangeSpan {
  /** Oldest feedback or activity change (null when there is none). */
  earliest: number | null;
  /** Newest feedback or activity change. */
  latest: number | null;
}

/** Whole-database copies: the export, the import preview and the restore. */
export interface BackupRepository {
  /** The database's name: a backup must be a copy of this database. */
  readonly databaseName: string;
  /**
   * Everything in the database as a backup file (see format.ts), read in
   * one transaction so the copy is consistent. `onProgress` gets rows done
   * and rows in total as the export goes, for a progress bar.
   */
  export(options: {
    appVersion: string;
    now: Date;
    onProgress?: (done: number, total: number) => void;
  }): Promise<Blob>;
  /** Compares a checked backup with the database, for the preview. */
  preview(backup: Backup): Promise<BackupPreview>;
  /**
   * Writes a checked backup in ONE transaction over every table: if any
   * write fails, the database is left exactly as it was. `replace` empties
   * every table first; `merge` adds what is new and, for conflicts, keeps
   * the most recently changed version (see merge.ts). Either way the file
   * counts as a backup made when it was exported (lastBackupAt). Records
   * are written a run at a time, with `onProgress` told how many of how
   * many, so the page stays responsive during a long restore.
   */
  restore(
    backup: Backup,
    mode: RestoreMode,
    onProgress?: (written: number, total: number) => void,
  ): Promise<void>;
  /** The span of the teacher's feedback and activity changes. */
  changeSpan(): Promise<ChangeSpan>;
}

/**
 * How many records a restore writes (or a preview looks up) in one request:
 * small enough that the dashboard stays responsive between them, large
 * enough that 200,000 records do not take much longer than at once.
 */
const RECORDS_PER_WRITE = 2_000;

/** Bytes at the start of every Dexie export, up to the field our metadata goes after. */
const DEXIE_PREFIX = JSON.stringify(DEXIE_FORMAT).slice(0, -1);

/** Removes fields set to `undefined`, which JSON cannot carry, so rows are plain JSON. */
function withoutUndefined(value: object): object {
  return JSON.parse(JSON.stringify(value));
}

/** The database access behind backups; the only place besides the repositories that writes every table. */
export function createBackupRepository(db: FeedforwardDatabase): BackupRepository {
  const table = (name: TableName) => db.table(name) as Table<object, string>;

  /** Every local record of the backup's tables that shares a key with it, by key. */
  async function localMatches(tables: RecordsByTable) {
    const matches = new Map<TableName, Map<string, object>>();
    for (const name of TABLE_NAMES) {
      const keys = tables[name].map((record) => primaryKeyOf(name, record));
      const byKey = new Map<string, object>();
      // A run of keys at a time, like the writes, so a large file's preview does not freeze the page.
      for (let start = 0; start < keys.length; start += RECORDS_PER_WRITE) {
        const found = await table(name).bulkGet(keys.slice(start, start + RECORDS_PER_WRITE));
        for (const record of found) if (record) byKey.set(primaryKeyOf(name, record), record);
      }
      matches.set(name, byKey);
    }
    return matches;
  }

  /** The merge of every table against the database as it is now. */
  async function compare(backup: Backup) {
    const incoming = alignDocuments(backup.tables, await db.documents.toArray());
    const matches = await localMatches(incoming);
    const merged = TABLE_NAMES.map((name) => ({
      name,
      ...mergeTable(name, incoming[name], matches.get(name) ?? new Map()),
    }));
    return merged;
  }

  return {
    databaseName: db.name,
    async export({ appVersion, now, onProgress }) {
      // Loaded only when a backup is made, so opening the panel does not parse it.
      const { exportDB } = await import('dexie-export-import');
      const dexieExport = await exportDB(db, {
        numRowsPerChunk: 1000,
        transform: (_table, value: object) => ({ value: withoutUndefined(value) }),
        progressCallback: ({ completedRows, totalRows }) => {
          onProgress?.(completedRows, totalRows ?? completedRows);
          return true;
        },
      });
      const start = await dexieExport.slice(0, DEXIE_PREFIX.length + 1).text();
      if (start !== `${DEXIE_PREFIX},`) throw new Error('Unexpected Dexie export layout');
      const metadata: BackupMetadata = {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        appVersion,
        exportedAt: now.toISOString(),
        databaseVersion: db.verno,
      };
      // The metadata goes before `data` without reading the (possibly large) export into memory.
      return new Blob(
        [
          `${DEXIE_PREFIX},"feedforward":${JSON.stringify(metadata)},`,
          dexieExport.slice(DEXIE_PREFIX.length + 1),
        ],
        { type: 'application/json' },
      );
    },

    async preview(backup) {
      const merged = await db.transaction('r', db.tables, () => compare(backup));
      const counts = await Promise.all(TABLE_NAMES.map((name) => table(name).count()));
      return {
        comparison: Object.fromEntries(
          merged.map(({ name, comparison }) => [name, comparison]),
        ) as BackupComparison,
        recordsHere: counts.reduce((sum, count) => sum + count, 0),
      };
    },

    restore(backup, mode, onProgress) {
      return db.transaction('rw', db.tables, async () => {
        const previous = (await db.settings.get('lastBackupAt'))?.value;
        const writes =
          mode === 'replace'
            ? TABLE_NAMES.map((name) => ({ name, put: backup.tables[name] }))
            : await compare(backup);
        if (mode === 'replace') for (const name of TABLE_NAMES) await table(name).clear();
        const total = writes.reduce((sum, { put }) => sum + put.length, 0);
        let written = 0;
        // A run at a time: each run's completion is an event of its own, so the
        // page answers clicks between runs, and the whole stays one transaction.
        for (const { name, put } of writes) {
          for (let start = 0; start < put.length; start += RECORDS_PER_WRITE) {
            const run = put.slice(start, start + RECORDS_PER_WRITE);
            await table(name).bulkPut(run);
            written += run.length;
            onProgress?.(written, total);
          }
        }
        const exportedAt = Date.parse(backup.metadata.exportedAt);
        const lastBackupAt: SettingRecord = {
          key: 'lastBackupAt',
          value: typeof previous === 'number' ? Math.max(previous, exportedAt) : exportedAt,
        };
        await db.settings.put(lastBackupAt);
      });
    },

    async changeSpan() {
      const [firstItem, lastItem, firstActivity, lastActivity] = await Promise.all([
        db.feedback.orderBy('updatedAt').first(),
        db.feedback.orderBy('updatedAt').last(),
        db.activity.orderBy('at').first(),
        db.activity.orderBy('at').last(),
      ]);
      const times = (...values: (number | undefined)[]) =>
        values.filter((value): value is number => value !== undefined);
      const earliest = times(firstItem?.updatedAt, firstActivity?.at);
      const latest = times(lastItem?.updatedAt, lastActivity?.at);
      return {
        earliest: earliest.length ? Math.min(...earliest) : null,
        latest: latest.length ? Math.max(...latest) : null,
      };
    },
  };
}
