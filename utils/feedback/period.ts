import { schoolYearOf } from '../model/school-year';
import { toDateInput } from '../text/date-input';

/**
 * A stretch of calendar days, both ends included, as a date input writes
 * them (`YYYY-MM-DD`, the teacher's local days): what a summary or a
 * timeline covers.
 */
export interface Period {
  from: string;
  to: string;
}

/** A period as moments: from the first day's local midnight up to (not including) the midnight after the last day. */
export interface PeriodBounds {
  start: number;
  end: number;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight starting a `YYYY-MM-DD` day, `days` later; undefined when it is no real date. */
function midnight(day: string, days = 0): number | undefined {
  const match = DAY_PATTERN.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const check = new Date(year, month, date);
  if (check.getMonth() !== month || check.getDate() !== date) return undefined;
  // By the calendar, not by adding 24 hours: a day on which the clocks change has 23 or 25.
  return new Date(year, month, date + days).getTime();
}

/**
 * The moments a period covers, in the teacher's time zone; undefined when a
 * day is not a real date or the period ends before it starts. The end is
 * the next local midnight, so feedback written late on the last day counts,
 * also on the days daylight saving time begins or ends.
 */
export function periodBounds(period: Period): PeriodBounds | undefined {
  const start = midnight(period.from);
  const end = midnight(period.to, 1);
  if (start === undefined || end === undefined || end <= start) return undefined;
  return { start, end };
}

/** Whether a moment falls in the period's bounds. */
export function inPeriod(at: number, bounds: PeriodBounds): boolean {
  return at >= bounds.start && at < bounds.end;
}

/**
 * The school year so far: from 1 August of the school year `now` is in up
 * to `now`'s day. The default period of a learner's summary, since a
 * development talk looks back over the year (see schoolYearOf).
 */
export function schoolYearSoFar(now: number): Period {
  const startYear = Number(schoolYearOf(now).slice(0, 4));
  return { from: `${startYear}-08-01`, to: toDateInput(now) };
}
