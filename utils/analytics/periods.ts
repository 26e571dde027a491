/**
 * Calendar buckets for figures over time: ISO weeks (Monday to Sunday) and
 * months, in the teacher's own time zone. Days are counted on the calendar,
 * never as 24 hours, so a week across the change to or from daylight saving
 * time (23 or 25 hours on one day) still starts on Monday at midnight.
 */

/** How the mirror groups items over time. */
export type Granularity = 'week' | 'month';

/** One week or month: a stable key (for CSV and tables), its number and year, and when it starts. */
export interface PeriodBucket {
  /** "2026-W05" or "2026-03". */
  key: string;
  granularity: Granularity;
  /** ISO week number (1–53) or month (1–12). */
  number: number;
  /** The ISO week-numbering year, or the calendar year. */
  year: number;
  /** Local midnight on the first day. */
  start: number;
}

/** Local midnight on the Monday of the week `timestamp` is in. */
function mondayOf(timestamp: number): Date {
  const day = new Date(timestamp);
  day.setHours(0, 0, 0, 0);
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  return day;
}

/** Whole weeks between two Mondays; rounding absorbs the hour daylight saving adds or takes. */
function weeksBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / (7 * 86_400_000));
}

/** The ISO week `timestamp` falls in: the week whose Thursday decides the year. */
function weekBucket(timestamp: number): PeriodBucket {
  const monday = mondayOf(timestamp);
  const thursday = new Date(monday);
  thursday.setDate(monday.getDate() + 3);
  const year = thursday.getFullYear();
  const number = 1 + weeksBetween(mondayOf(new Date(year, 0, 4).getTime()), monday);
  return {
    key: `${year}-W${String(number).padStart(2, '0')}`,
    granularity: 'week',
    number,
    year,
    start: monday.getTime(),
  };
}

/** The calendar month `timestamp` falls in. */
function monthBucket(timestamp: number): PeriodBucket {
  const date = new Date(timestamp);
  const year = date.getFullYear();
  const number = date.getMonth() + 1;
  return {
    key: `${year}-${String(number).padStart(2, '0')}`,
    granularity: 'month',
    number,
    year,
    start: new Date(year, date.getMonth(), 1).getTime(),
  };
}

/** The week or month a moment belongs to, in the local time zone. */
export function bucketOf(timestamp: number, granularity: Granularity): PeriodBucket {
  return granularity === 'week' ? weekBucket(timestamp) : monthBucket(timestamp);
}
