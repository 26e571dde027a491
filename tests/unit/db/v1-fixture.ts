import fixture from '../../fixtures/db/v1.json';

/**
 * Data as version 1 stored it (tests/fixtures/db/v1.json), with the school
 * year each record belongs to written out by hand, so the upgrade is checked
 * against known answers rather than against its own rule.
 */
export const V1 = fixture as {
  version: 1;
  stores: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
};

/** The tables version 2 adds a `schoolYear` to, and each record's expected year by id. */
export const EXPECTED_SCHOOL_YEARS: Record<string, Record<string, string>> = {
  documents: {
    'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e01': '2024/25',
    'c2d3e4f5-b6c7-4d8e-9f0a-1b2c3d4e5f02': '2024/25',
    'c3e4f506-c7d8-4e9f-a01b-2c3d4e5f6a03': '2025/26',
    'c4f50617-d8e9-4fa0-b12c-3d4e5f6a7b04': '2025/26',
  },
  feedback: {
    'f0000001-aaaa-4bbb-8ccc-000000000001': '2024/25',
    'f0000002-aaaa-4bbb-8ccc-000000000002': '2024/25',
    'f0000003-aaaa-4bbb-8ccc-000000000003': '2024/25',
    'f0000004-aaaa-4bbb-8ccc-000000000004': '2024/25',
    'f0000005-aaaa-4bbb-8ccc-000000000005': '2025/26',
    'f0000006-aaaa-4bbb-8ccc-000000000006': '2025/26',
    'f0000007-aaaa-4bbb-8ccc-000000000007': '2025/26',
    'f0000008-aaaa-4bbb-8ccc-000000000008': '2025/26',
  },
  activity: {
    'ac000001-2222-4333-8444-000000000001': '2024/25',
    'ac000002-2222-4333-8444-000000000002': '2024/25',
    'ac000003-2222-4333-8444-000000000003': '2024/25',
    'ac000004-2222-4333-8444-000000000004': '2025/26',
    'ac000005-2222-4333-8444-000000000005': '2026/27',
  },
};

/** The primary key of a record in any table (settings are keyed by `key`). */
export function primaryKeyOf(record: Record<string, unknown>): string {
  return String(record.id ?? record.key);
}

/** The tables whose records carry a revision since version 3, starting at 1. */
const REVISED_TABLES = new Set(['feedback', 'assignments']);

/**
 * What every table of the fixture must hold after the upgrade to the
 * current version: each record unchanged, plus its school year where the
 * table has one and its first revision where the table has revisions. Sorted by primary key, as IndexedDB returns them.
 */
export function expectedCurrentTables(): Record<string, Record<string, unknown>[]> {
  return Object.fromEntries(
    Object.entries(V1.tables).map(([table, records]) => {
      const years = EXPECTED_SCHOOL_YEARS[table];
      const revised = REVISED_TABLES.has(table);
      const upgraded = records.map((record) => ({
        ...record,
        ...(years && { schoolYear: years[primaryKeyOf(record)] }),
        ...(revised && { revision: 1 }),
      }));
      return [table, sortByPrimaryKey(upgraded)];
    }),
  );
}

/** Records in primary-key order. */
export function sortByPrimaryKey<T extends Record<string, unknown>>(records: T[]): T[] {
  return [...records].sort((a, b) => (primaryKeyOf(a) < primaryKeyOf(b) ? -1 : 1));
}
