import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_VERSION, FeedforwardDatabase, SCHEMA_VERSIONS } from '../../../utils/db/database';
import { openRepositories } from '../../../utils/db/index';
import { schoolYearRange } from '../../../utils/model/school-year';
import { uniqueDatabaseName } from './fresh';
import { EXPECTED_SCHOOL_YEARS, expectedCurrentTables, V1 } from './v1-fixture';

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A database exactly as a version 1 install left it: the v1 schema, filled from the fixture. */
async function createVersion1Database(): Promise<string> {
  const name = uniqueDatabaseName();
  const v1 = new Dexie(name);
  v1.version(1).stores(V1.stores);
  await v1.open();
  await v1.transaction('rw', v1.tables, async () => {
    for (const [table, records] of Object.entries(V1.tables))
      await v1.table(table).bulkAdd(records);
  });
  v1.close();
  return name;
}

/** Opens the database with the current build, which upgrades it. */
async function openCurrent(name: string): Promise<FeedforwardDatabase> {
  const db = new FeedforwardDatabase(name);
  opened.push(db);
  await db.open();
  return db;
}

describe('opening a version 1 database with the current build', () => {
  it('keeps the version 1 schema exactly as installs created it', () => {
    // Editing an old entry would leave existing databases without the upgrade they need.
    expect(SCHEMA_VERSIONS[0]).toEqual({ version: 1, stores: V1.stores });
  });

  it('upgrades to the current version with every record kept and its school year filled in', async () => {
    const db = await openCurrent(await createVersion1Database());
    expect(db.verno).toBe(DATABASE_VERSION);
    const expected = expectedCurrentTables();
    for (const table of db.tables) {
      expect({ table: table.name, records: await table.toArray() }).toEqual({
        table: table.name,
        records: expected[table.name] ?? [],
      });
    }
  });

  it('finds the upgraded records by school year through the new indexes', async () => {
    const db = await openCurrent(await createVersion1Database());
    for (const [table, years] of Object.entries(EXPECTED_SCHOOL_YEARS)) {
      for (const year of new Set(Object.values(years))) {
        const ids = await db.table(table).where('schoolYear').equals(year).primaryKeys();
        const expectedIds = Object.keys(years).filter((id) => years[id] === year);
        expect({ table, year, ids: ids.sort() }).toEqual({ table, year, ids: expectedIds.sort() });
      }
    }
  });

  it('still answers the version 1 queries: a learner’s history, a document by key, due follow-ups', async () => {
    const name = await createVersion1Database();
    await openCurrent(name);
    const repos = openRepositories(name);
    const anna = '0b6e1f3a-2c4d-4e5f-8a9b-1c2d3e4f5a61';
    const history = await repos.feedback.listForStudent(anna);
    expect(history.map((item) => item.id)).toEqual([
      'f0000001-aaaa-4bbb-8ccc-000000000001',
      'f0000002-aaaa-4bbb-8ccc-000000000002',
    ]);
    const document = await repos.documents.findByKey(
      'url:https://school.example.org/portfolio/elias/essay',
    );
    expect(document?.schoolYear).toBe('2025/26');
    const due = await repos.feedback.dueFollowUps(Date.UTC(2025, 11, 31));
    expect(due.map((item) => item.id)).toEqual([
      'f0000003-aaaa-4bbb-8ccc-000000000003',
      'f0000005-aaaa-4bbb-8ccc-000000000005',
    ]);
    expect(await repos.settings.get('staircaseLabels')).toEqual(V1.tables.settings?.[6]?.value);
  });

  it('reads the upgraded feedback of a school year by when it was written (the version 5 index)', async () => {
    const repos = openRepositories(await createVersion1Database());
    const read: string[] = [];
    for await (const page of repos.feedback.pagesWrittenIn(schoolYearRange('2025/26'))) {
      read.push(...page.map((item) => item.id));
    }
    // Every saved item filed under 2025/26, drafts left out.
    const filed = (V1.tables.feedback ?? [])
      .filter((item) => EXPECTED_SCHOOL_YEARS.feedback?.[String(item.id)] === '2025/26')
      .filter((item) => item.status !== 'draft')
      .map((item) => String(item.id));
    expect(read.sort()).toEqual(filed.sort());
    expect(read.length).toBeGreaterThan(0);
  });

  it('lists the school years that have feedback, for choosing one to export or clear', async () => {
    const repos = openRepositories(await createVersion1Database());
    expect(await repos.feedback.schoolYears()).toEqual(['2024/25', '2025/26']);
    expect(await repos.activity.schoolYears()).toEqual(['2024/25', '2025/26', '2026/27']);
    const year = await repos.documents.listForSchoolYear('2024/25');
    expect(year.map((document) => document.title).sort()).toEqual([
      'Anna L – Skoluniformer',
      'Omar – argumenterande text',
    ]);
  });
});
