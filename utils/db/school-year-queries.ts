import type { Table } from 'dexie';

/**
 * Reads by school year, for the tables indexed by it (feedback, activity,
 * documents): teachers export, archive and clear their data a school year
 * at a time, and each of those starts from one of these reads.
 */
export interface SchoolYearQueries<T> {
  /** Every record of one school year ("2026/27"), drafts included. */
  listForSchoolYear(schoolYear: string): Promise<T[]>;
  /** The school years that have records, oldest first. */
  schoolYears(): Promise<string[]>;
}

/** Builds the school-year reads over a table with a `schoolYear` index. */
export function createSchoolYearQueries<T extends { schoolYear: string }>(
  table: Table<T, string>,
): SchoolYearQueries<T> {
  return {
    listForSchoolYear: (schoolYear) => table.where('schoolYear').equals(schoolYear).toArray(),
    async schoolYears() {
      const years = await table.orderBy('schoolYear').uniqueKeys();
      return years.map(String);
    },
  };
}
