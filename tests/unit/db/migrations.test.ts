import { describe, expect, it } from 'vitest';
import { DATABASE_VERSION } from '../../../utils/db/database';
import { RecordUpgradeError, upgradeRecords } from '../../../utils/db/migrations';
import { EXPECTED_SCHOOL_YEARS, expectedCurrentTables, sortByPrimaryKey, V1 } from './v1-fixture';

/** The fixture's tables, deeply copied, so a test can check its input was left alone. */
const copyOfV1Tables = () => structuredClone(V1.tables);

describe('upgrading the records of a version 1 backup', () => {
  it('keeps every field of every record and adds the school year where the table has one', () => {
    const upgraded = upgradeRecords(1, copyOfV1Tables());
    const sorted = Object.fromEntries(
      Object.entries(upgraded).map(([table, records]) => [
        table,
        sortByPrimaryKey(records as Record<string, unknown>[]),
      ]),
    );
    expect(sorted).toEqual(expectedCurrentTables());
  });

  it('gives every feedback item, activity and document a school year, and nothing else one', () => {
    const upgraded = upgradeRecords(1, copyOfV1Tables());
    for (const [table, records] of Object.entries(upgraded)) {
      const years = (records as { schoolYear?: string }[]).map((record) => record.schoolYear);
      if (EXPECTED_SCHOOL_YEARS[table]) expect(years.every(Boolean)).toBe(true);
      else if (table !== 'groups') expect(years.some(Boolean)).toBe(false);
    }
    // Classes already had a school year the teacher chose; it is not recomputed.
    expect(upgraded.groups).toEqual(V1.tables.groups);
  });

  it('leaves the records it was given as they were', () => {
    const tables = copyOfV1Tables();
    upgradeRecords(1, tables);
    expect(tables).toEqual(V1.tables);
  });

  it('changes nothing in data already at the current version', () => {
    const current = upgradeRecords(1, copyOfV1Tables());
    expect(upgradeRecords(DATABASE_VERSION, current)).toEqual(current);
  });

  it('refuses versions this build does not know, newer ones included', () => {
    for (const version of [0, 1.5, DATABASE_VERSION + 1]) {
      expect(() => upgradeRecords(version, copyOfV1Tables())).toThrow(RecordUpgradeError);
    }
  });

  it('names the table and record that cannot be upgraded', () => {
    const noCreationTime = { feedback: [{ id: 'broken', parts: [] }] };
    expect(() => upgradeRecords(1, noCreationTime)).toThrow(/feedback record \(broken\)/);
    expect(() => upgradeRecords(1, { activity: ['not a record'] })).toThrow(RecordUpgradeError);
  });

  it('passes tables it does not know through unchanged', () => {
    const upgraded = upgradeRecords(1, { notes: [{ id: 'n1', text: 'kept' }] });
    expect(upgraded).toEqual({ notes: [{ id: 'n1', text: 'kept' }] });
  });
});
