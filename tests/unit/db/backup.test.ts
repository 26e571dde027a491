import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupErrorText } from '../../../components/backup/backup-labels';
import type { Backup } from '../../../utils/db/backup/format';
import { parseBackup } from '../../../utils/db/backup/parse';
import { createBackupRepository } from '../../../utils/db/backup/repository';
import type { FeedforwardDatabase } from '../../../utils/db/database';
import { DATABASE_VERSION } from '../../../utils/db/database';
import { createTranslator } from '../../../utils/i18n/index';
import { type RecordsByTable, TABLE_NAMES } from '../../../utils/model/tables';
import {
  checksum,
  contents,
  DAY,
  everyRecord,
  exportText,
  seededDatabase,
  T0,
} from './backup-fixture';

const opened: FeedforwardDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

async function database(tables?: RecordsByTable) {
  const seeded = await seededDatabase(tables);
  opened.push(seeded.db);
  return seeded;
}

/** Every table sorted by key, for comparing whole databases. */
async function sorted(db: FeedforwardDatabase) {
  const all = await contents(db);
  const key = (record: unknown) =>
    String((record as { id?: string; key?: string }).id ?? (record as { key: string }).key);
  return Object.fromEntries(
    Object.entries(all).map(([table, records]) => [
      table,
      [...records].sort((a, b) => key(a).localeCompare(key(b))),
    ]),
  );
}

/** Exports `seeded` and checks the file as the dashboard does. */
async function backupOf(seeded: Awaited<ReturnType<typeof database>>): Promise<Backup> {
  const text = await exportText(seeded.repos);
  const parsed = await parseBackup(text, new TextEncoder().encode(text).length, seeded.name);
  if (!parsed.ok) throw new Error(`export refused: ${JSON.stringify(parsed.error)}`);
  return parsed.value;
}

/** A backup for `name`'s database holding `tables`. */
function backupWith(tables: RecordsByTable, exportedAt = new Date(T0 + 10 * DAY)): Backup {
  return {
    metadata: {
      format: 'feedforward-backup',
      formatVersion: 1,
      appVersion: '0.1.0',
      exportedAt: exportedAt.toISOString(),
      databaseVersion: 1,
    },
    tables,
  };
}

describe('a backup made before school years were stored (schema version 1)', () => {
  it('is upgraded on the way in: every record gets the school year its date belongs to', async () => {
    const seeded = await database();
    const file = JSON.parse(await exportText(seeded.repos));
    file.feedforward.databaseVersion = 1;
    file.data.databaseVersion = 1;
    const expected = new Map<string, string>();
    for (const block of file.data.data as {
      tableName: string;
      rows: Record<string, unknown>[];
    }[]) {
      // Version 2 added the school year to these three; a class's own school year is older.
      if (!['documents', 'feedback', 'activity'].includes(block.tableName)) continue;
      for (const row of block.rows) {
        expected.set(`${block.tableName}/${row.id}`, String(row.schoolYear));
        delete row.schoolYear;
      }
    }
    expect(expected.size).toBeGreaterThan(0);
    const text = JSON.stringify(file);
    const parsed = await parseBackup(text, text.length, seeded.name);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    for (const [table, records] of Object.entries(parsed.value.tables)) {
      for (const record of records as { id?: string; schoolYear?: string }[]) {
        const wanted = expected.get(`${table}/${record.id}`);
        if (wanted) expect(record.schoolYear, `${table}/${record.id}`).toBe(wanted);
      }
    }
  });
});

describe('outcomes in a backup', () => {
  /** The file exported from `seeded`, as written by a build before outcomes (schema version 3). */
  async function beforeOutcomes(seeded: Awaited<ReturnType<typeof database>>): Promise<string> {
    const file = JSON.parse(await exportText(seeded.repos));
    file.feedforward.databaseVersion = 3;
    file.data.databaseVersion = 3;
    for (const block of file.data.data as { tableName: string; rows: { outcome?: unknown }[] }[]) {
      for (const row of block.rows) delete row.outcome;
    }
    return JSON.stringify(file);
  }

  it('an older backup without any outcome still imports, its items without one', async () => {
    const seeded = await database();
    const text = await beforeOutcomes(seeded);
    const parsed = await parseBackup(text, text.length, seeded.name);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await seeded.repos.backup.restore(parsed.value, 'replace');
    const items = await seeded.repos.feedback.all();
    expect(items.length).toBe(everyRecord().feedback.length);
    expect(items.every((item) => item.outcome === undefined)).toBe(true);
  });

  it('a new backup gives the outcome back with its note and date', async () => {
    const seeded = await database();
    const backup = await backupOf(seeded);
    await seeded.repos.feedback.recordOutcome('f1', null, T0);
    await seeded.repos.backup.restore(backup, 'replace');
    expect((await seeded.repos.feedback.get('f1'))?.outcome).toEqual(
      everyRecord().feedback.find((item) => item.id === 'f1')?.outcome,
    );
  });

  it('refuses an outcome of an unknown kind, with an overlong note or an extra field', async () => {
    for (const outcome of [
      { kind: 'maybe', at: T0 },
      { kind: 'actedOn', note: 'x'.repeat(281), at: T0 },
      { kind: 'actedOn', at: T0, extra: 1 },
    ]) {
      const seeded = await database();
      const file = JSON.parse(await exportText(seeded.repos));
      const feedback = (file.data.data as { tableName: string; rows: { id: string }[] }[]).find(
        (block) => block.tableName === 'feedback',
      );
      const row = feedback?.rows.find((candidate) => candidate.id === 'f1');
      Object.assign(row ?? {}, { outcome });
      const text = JSON.stringify(file);
      const parsed = await parseBackup(text, text.length, seeded.name);
      expect(parsed.ok, JSON.stringify(outcome)).toBe(false);
    }
  });
});

describe('backup export', () => {
  it('writes the Dexie format with our marker, every table and progress to the end', async () => {
    const seeded = await database();
    const progress: [number, number][] = [];
    const blob = await seeded.repos.backup.export({
      appVersion: '1.2.3',
      now: new Date(T0),
      onProgress: (done, total) => progress.push([done, total]),
    });
    const json = JSON.parse(await blob.text());
    expect(Object.keys(json)).toEqual(['formatName', 'formatVersion', 'feedforward', 'data']);
    expect(json.feedforward).toEqual({
      format: 'feedforward-backup',
      formatVersion: 1,
      appVersion: '1.2.3',
      exportedAt: new Date(T0).toISOString(),
      databaseVersion: DATABASE_VERSION,
    });
    expect(json.data.data.map((table: { tableName: string }) => table.tableName).sort()).toEqual(
      [...TABLE_NAMES].sort(),
    );
    const records = Object.values(everyRecord()).reduce((sum, list) => sum + list.length, 0);
    expect(progress.at(-1)).toEqual([records, records]);
  });
});

describe('backup round trip', () => {
  it('export, wipe, replace gives back every table and every field', async () => {
    const seeded = await database();
    const before = await sorted(seeded.db);
    const backup = await backupOf(seeded);
    await seeded.db.transaction('rw', seeded.db.tables, async () => {
      for (const table of seeded.db.tables) await table.clear();
    });
    await seeded.repos.backup.restore(backup, 'replace');
    const after = await sorted(seeded.db);
    const lastBackup = (rows: unknown[]) =>
      rows.filter((row) => (row as { key: string }).key !== 'lastBackupAt');
    expect({ ...after, settings: lastBackup(after.settings ?? []) }).toEqual({
      ...before,
      settings: lastBackup(before.settings ?? []),
    });
    expect(await seeded.repos.settings.get('lastBackupAt')).toBe(T0 + 10 * DAY);
  });
});

describe('replace', () => {
  it('removes records the backup does not have and restores changed ones', async () => {
    const seeded = await database();
    const backup = await backupOf(seeded);
    await seeded.repos.feedback.remove('f1');
    await seeded.repos.students.put({ id: 's9', name: 'New', createdAt: T0, updatedAt: T0 });
    await seeded.repos.groups.put({
      id: 'g1',
      name: 'Renamed',
      createdAt: T0,
      updatedAt: T0 + 99 * DAY,
    });
    await seeded.repos.backup.restore(backup, 'replace');
    expect(await seeded.repos.feedback.get('f1')).toEqual(everyRecord().feedback[0]);
    expect(await seeded.repos.students.get('s9')).toBeUndefined();
    expect((await seeded.repos.groups.get('g1'))?.name).toBe('9A');
  });
});

describe('merge', () => {
  it('adds new records, keeps the newer side of a conflict, and counts both in the preview', async () => {
    const incoming = everyRecord();
    const seeded = await database({
      ...everyRecord(),
      groups: [{ id: 'g1', name: 'Older here', createdAt: T0, updatedAt: T0 - DAY }],
      students: [{ id: 's1', name: 'Newer here', createdAt: T0, updatedAt: T0 + 50 * DAY }],
      feedback: [],
      settings: [{ key: 'locale', value: 'en' }],
    });
    const backup = backupWith(incoming);
    const preview = await seeded.repos.backup.preview(backup);
    expect(preview.comparison.groups).toEqual({
      total: 1,
      added: 0,
      same: 0,
      conflicts: 1,
      newerInBackup: 1,
    });
    expect(preview.comparison.students).toEqual({
      total: 2,
      added: 1,
      same: 0,
      conflicts: 1,
      newerInBackup: 0,
    });
    expect(preview.comparison.feedback).toMatchObject({ total: 3, added: 3, conflicts: 0 });
    expect(preview.comparison.templates).toMatchObject({
      total: 1,
      added: 0,
      same: 1,
      conflicts: 0,
    });
    expect(preview.comparison.settings).toMatchObject({ conflicts: 1, newerInBackup: 0, added: 3 });

    await seeded.repos.backup.restore(backup, 'merge');
    expect((await seeded.repos.groups.get('g1'))?.name).toBe('9A');
    expect((await seeded.repos.students.get('s1'))?.name).toBe('Newer here');
    expect(await seeded.repos.students.get('s2')).toEqual(incoming.students[1]);
    expect(await seeded.repos.feedback.count()).toBe(3);
    expect(await seeded.repos.settings.get('locale')).toBe('en');
    expect(await seeded.repos.settings.get('staircaseLabels')).toEqual(['a', '', '', '', 'e']);
  });

  it('keeps the record here when both sides changed at the same moment', async () => {
    const seeded = await database({
      ...everyRecord(),
      groups: [{ id: 'g1', name: 'Here', createdAt: T0, updatedAt: T0 }],
    });
    await seeded.repos.backup.restore(backupWith(everyRecord()), 'merge');
    expect((await seeded.repos.groups.get('g1'))?.name).toBe('Here');
  });

  it('joins the same document opened on two computers under the id used here', async () => {
    const seeded = await database({
      ...everyRecord(),
      documents: everyRecord()
        .documents.slice(0, 1)
        .map((document) => ({ ...document, id: 'local-doc' })),
      feedback: [],
      activity: [],
    });
    await seeded.repos.backup.restore(backupWith(everyRecord()), 'merge');
    const documents = await seeded.repos.documents.all();
    expect(documents.map((document) => document.id).sort()).toEqual(['d2', 'local-doc']);
    expect((await seeded.repos.feedback.get('f1'))?.documentId).toBe('local-doc');
    expect((await seeded.repos.activity.get('act1'))?.documentId).toBe('local-doc');
  });

  it('merging the same backup twice changes nothing the second time', async () => {
    const seeded = await database();
    const backup = await backupOf(seeded);
    await seeded.repos.backup.restore(backup, 'merge');
    const once = await checksum(seeded.db);
    const preview = await seeded.repos.backup.preview(backup);
    // Only the restore's own note of when the last backup was made differs.
    for (const table of TABLE_NAMES) {
      expect(preview.comparison[table].conflicts).toBe(table === 'settings' ? 1 : 0);
    }
    await seeded.repos.backup.restore(backup, 'merge');
    expect(await checksum(seeded.db)).toBe(once);
  });
});

describe('a restore that fails half-way', () => {
  for (const mode of ['replace', 'merge'] as const) {
    it(`changes nothing (${mode})`, async () => {
      const seeded = await database({ ...everyRecord(), feedback: [], templates: [] });
      const before = await checksum(seeded.db);
      // Tables are written in order; the templates write fails.
      const failing = createBackupRepository(seeded.db);
      const table = seeded.db.table('templates');
      const writes: string[] = [];
      for (const name of TABLE_NAMES) {
        const other = seeded.db.table(name);
        for (const method of ['bulkAdd', 'bulkPut'] as const) {
          const original = other[method].bind(other);
          vi.spyOn(other, method).mockImplementation(((records: object[]) => {
            writes.push(name);
            if (other === table) throw new Error('disk full');
            return original(records);
          }) as never);
        }
      }
      await expect(failing.restore(backupWith(everyRecord()), mode)).rejects.toThrow('disk full');
      // Feedback (new in the file for both modes) was written before the failing templates.
      expect(writes.indexOf('feedback')).toBeGreaterThanOrEqual(0);
      expect(writes.at(-1)).toBe('templates');
      expect(writes.indexOf('feedback')).toBeLessThan(writes.indexOf('templates'));
      vi.restoreAllMocks();
      expect(await checksum(seeded.db)).toBe(before);
    });
  }
});

describe('change span for the reminder', () => {
  it('spans feedback changes and logged activity, and is empty for a new database', async () => {
    const seeded = await database();
    expect(await seeded.repos.backup.changeSpan()).toEqual({ earliest: T0, latest: T0 + 8 * DAY });
    const empty = await database({ ...everyRecord(), feedback: [], activity: [] });
    expect(await empty.repos.backup.changeSpan()).toEqual({ earliest: null, latest: null });
  });
});

describe('a backup holding an anchor the page would refuse', () => {
  /** An anchor as it stands in the file's JSON. */
  type AnchorJson = { quote: Record<string, unknown>; position: Record<string, unknown> };

  /** Exports `seeded`, breaks the first feedback item's anchor, and imports the file as the dashboard does. */
  async function importWithBrokenAnchor(
    seeded: Awaited<ReturnType<typeof database>>,
    breakAnchor: (anchor: AnchorJson) => void,
  ) {
    const file = JSON.parse(await exportText(seeded.repos));
    const blocks = file.data.data as { tableName: string; rows: { anchor: AnchorJson }[] }[];
    const [item] = blocks.find((block) => block.tableName === 'feedback')?.rows ?? [];
    if (!item) throw new Error('the fixture has no feedback');
    breakAnchor(item.anchor);
    const text = JSON.stringify(file);
    const parsed = await parseBackup(text, text.length, seeded.name);
    if (parsed.ok) await seeded.repos.backup.restore(parsed.value, 'replace');
    return parsed;
  }

  it.each([
    [
      'an empty quote',
      (anchor: AnchorJson) => {
        anchor.quote.exact = '';
      },
      'anchor.quote.exact',
    ],
    [
      'an end before the start',
      (anchor: AnchorJson) => {
        anchor.position.end = 2;
      },
      'anchor.position',
    ],
  ])('is refused for %s, naming the record, and changes nothing', async (_, breakAnchor, field) => {
    const seeded = await database();
    const before = await checksum(seeded.db);
    const parsed = await importWithBrokenAnchor(seeded, breakAnchor);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(backupErrorText(parsed.error, createTranslator('en'), 'en')).toBe(
      `This backup is damaged: record 1 in “Feedback items (with drafts)” has a missing or wrong “${field}”.`,
    );
    expect(await checksum(seeded.db)).toBe(before);
  });
});
