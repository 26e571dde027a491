import { localDayStart, type Period, periodBounds } from '../feedback/period';
import {
  SCHOOL_YEAR_START_MONTH,
  schoolYearOf,
  schoolYearRange,
  type TimeRange,
} from '../model/school-year';

/**
 * The periods the quarter balance is read over. Each is a span of whole
 * local days, computed from calendar dates (not by adding hours), so a week
 * that holds the switch to or from summer time is still Monday to Monday.
 */
export const BALANCE_PERIODS = ['week', 'fourWeeks', 'term', 'schoolYear', 'custom'] as const;
export type BalancePeriod = (typeof BALANCE_PERIODS)[number];

export type { TimeRange } from '../model/school-year';

/** The first and last days of a custom period, as date inputs give them (`YYYY-MM-DD`). */
export type CustomDays = Period;

/**
 * The span a period covers on the day `now`:
 * - `week`: this calendar week, Monday 00:00 to next Monday 00:00;
 * - `fourWeeks`: the last 28 days, today included;
 * - `term`: the autumn term (1 August to 1 January) or the spring term
 *   (1 January to 1 August), whichever `now` is in;
 * - `schoolYear`: 1 August to 1 August (see schoolYearStart);
 * - `custom`: the first day to the last day given, both included.
 * Null for a custom period with a missing date or its end before its start.
 */
export function periodRange(
  period: BalancePeriod,
  now: number,
  custom?: CustomDays,
): TimeRange | null {
  const today = new Date(now);
  switch (period) {
    case 'week': {
      const sinceMonday = (today.getDay() + 6) % 7;
      return { from: localDayStart(now, -sinceMonday), to: localDayStart(now, 7 - sinceMonday) };
    }
    case 'fourWeeks':
      return { from: localDayStart(now, -27), to: localDayStart(now, 1) };
    case 'term': {
      const year = today.getFullYear();
      return today.getMonth() >= SCHOOL_YEAR_START_MONTH
        ? {
            from: new Date(year, SCHOOL_YEAR_START_MONTH, 1).getTime(),
            to: new Date(year + 1, 0, 1).getTime(),
          }
        : {
            from: new Date(year, 0, 1).getTime(),
            to: new Date(year, SCHOOL_YEAR_START_MONTH, 1).getTime(),
          };
    }
    case 'schoolYear':
      return schoolYearRange(schoolYearOf(now));
    case 'custom': {
      const bounds = custom && periodBounds(custom);
      return bounds ? { from: bounds.start, to: bounds.end } : null;
    }
  }
}
