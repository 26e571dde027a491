import * as v from 'valibot';

/** The month (0-based) a school year starts in Sweden and Norway: August. */
export const SCHOOL_YEAR_START_MONTH = 7;

/**
 * The school year a moment belongs to, written the way schools write it
 * ("2026/27"). Teachers archive and clear old data a school year at a time,
 * so stored records and the clean-up both need the same rule; it lives
 * beside the records so the record factory can file every item by it.
 */
export function schoolYearOf(timestamp: number): string {
  const startYear = new Date(schoolYearStart(timestamp)).getFullYear();
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/**
 * The first moment of the school year a moment belongs to (1 August, local
 * midnight): the start of the periods the quarter balance is read over.
 */
export function schoolYearStart(timestamp: number): number {
  const date = new Date(timestamp);
  const startYear =
    date.getMonth() >= SCHOOL_YEAR_START_MONTH ? date.getFullYear() : date.getFullYear() - 1;
  return new Date(startYear, SCHOOL_YEAR_START_MONTH, 1).getTime();
}

/** A span of time, from `from` up to but not including `to`. */
export interface TimeRange {
  from: number;
  to: number;
}

/**
 * The span of a school year as records name it ("2026/27"): from local
 * midnight on the first day of its first month to the next year's, by the
 * same rule as `schoolYearOf`, so reading a year by time finds exactly the
 * records filed under it.
 */
export function schoolYearRange(schoolYear: string): TimeRange {
  const start = Number.parseInt(schoolYear.slice(0, 4), 10);
  return {
    from: new Date(start, SCHOOL_YEAR_START_MONTH, 1).getTime(),
    to: new Date(start + 1, SCHOOL_YEAR_START_MONTH, 1).getTime(),
  };
}

/** A school year as records store it ("2026/27"), so a file cannot file data under nonsense. */
export const SchoolYearSchema = v.pipe(v.string(), v.regex(/^\d{4}\/\d{2}$/));
