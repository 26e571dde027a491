import { schoolYearStart } from '../model/school-year';
import { fromDateInput, toDateInput } from '../text/date-input';

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

/** Local midnight starting the day `days` after the local day of `at`, by the calendar (a day on which the clocks change has 23 or 25 hours). */
export function localDayStart(at: number, days = 0): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days).getTime();
}

/**
 * The moments a period covers, in the teacher's time zone; undefined when a
 * day is not a real date or the period ends before it starts. The end is
 * the next local midnight, so feedback written late on the last day counts,
 * also on the days daylight saving time begins or ends.
 */
export function periodBounds(period: Period): PeriodBounds | undefined {
  const first = fromDateInput(period.from);
  const last = fromDateInput(period.to);
  if (first === undefined || last === undefined || last < first) return undefined;
  return { start: localDayStart(first), end: localDayStart(last, 1) };
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
  return { from: toDateInput(schoolYearStart(now)), to: toDateInput(now) };
}
