import {
  emptyTally,
  givesFeedForward,
  tallyItem,
  type Uptake,
  type UptakeFields,
  type UptakeTally,
  uptakeOfTally,
} from './uptake';

/** The uptake of the feed-forwards given in one calendar month ("2026-10"). */
export interface MonthlyUptake {
  month: string;
  uptake: Uptake;
}

const MONTH_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** One formatter per time zone: building one costs far more than using it. */
function monthFormat(timeZone: string): Intl.DateTimeFormat {
  let format = MONTH_FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit' });
    MONTH_FORMATS.set(timeZone, format);
  }
  return format;
}

/**
 * A moment in the middle of calendar month `month` ("2026-10"): in that
 * month on any clock, for naming the month in the interface language.
 */
export function midMonth(month: string): number {
  const [year, number] = month.split('-').map(Number);
  return Date.UTC(year ?? 1970, (number ?? 1) - 1, 15);
}

/**
 * The calendar month ("2026-10") a moment falls in on the teacher's clock
 * in `timeZone`: feedback written at 00:30 on 1 April in Stockholm belongs
 * to April, even though it is still 31 March in UTC (and, in summer time,
 * a fixed one-hour offset would say March too).
 */
export function monthOf(at: number, timeZone: string): string {
  const parts = monthFormat(timeZone).formatToParts(at);
  const year = parts.find((part) => part.type === 'year')?.value ?? '';
  const month = parts.find((part) => part.type === 'month')?.value ?? '';
  return `${year}-${month}`;
}

const DAY_MS = 86_400_000;

/**
 * `monthOf` for many moments, asking Intl once or twice per UTC day instead
 * of once per item (a class's history is thousands of items): a day whose
 * first and last millisecond fall in the same month lies wholly in it, since
 * the month only moves forward; a day that holds a month change (local
 * midnight of the 1st) is asked item by item.
 */
function monthsOfDays(timeZone: string): (at: number) => string {
  const byDay = new Map<number, string | null>();
  return (at) => {
    const day = Math.floor(at / DAY_MS);
    let month = byDay.get(day);
    if (month === undefined) {
      const first = monthOf(day * DAY_MS, timeZone);
      month = first === monthOf((day + 1) * DAY_MS - 1, timeZone) ? first : null;
      byDay.set(day, month);
    }
    return month ?? monthOf(at, timeZone);
  };
}

/** Uptake month by month (oldest first, months without feed-forwards left out) and in all. */
export interface UptakeOverTime {
  months: MonthlyUptake[];
  all: Uptake;
}

/** Folds items into uptake over time a batch at a time; `result` may be asked at any point. */
export interface UptakeFold {
  add(items: readonly UptakeFields[]): void;
  result(): UptakeOverTime;
}

/**
 * Uptake over time built up batch by batch — a class one learner at a
 * time — keeping only small per-month tallies, so the items of a whole
 * class are never held at once (holding thousands made the browser stop
 * for a full garbage collection mid-render). The numbers are the same as
 * `uptakeByMonth` and `uptakeOf` over all the items together.
 */
export function uptakeFold(timeZone: string): UptakeFold {
  const byMonth = new Map<string, UptakeTally>();
  const all = emptyTally();
  const monthOfItem = monthsOfDays(timeZone);
  return {
    add(items) {
      for (const item of items) {
        if (!givesFeedForward(item)) continue;
        const month = monthOfItem(item.createdAt);
        let tally = byMonth.get(month);
        if (!tally) {
          tally = emptyTally();
          byMonth.set(month, tally);
        }
        tallyItem(tally, item);
        tallyItem(all, item);
      }
    },
    result: () => ({
      months: [...byMonth.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([month, tally]) => ({ month, uptake: uptakeOfTally(tally) })),
      all: uptakeOfTally(all),
    }),
  };
}

/**
 * Uptake over time of items at hand (a learner's own, a few hundred at
 * most): the feed-forwards given in each month and how they were taken up
 * (whenever the outcome was recorded). Bucketing by when the next step was
 * given lets a teacher see whether next steps given lately land better
 * than earlier ones.
 */
export function uptakeOverTime(items: readonly UptakeFields[], timeZone: string): UptakeOverTime {
  const fold = uptakeFold(timeZone);
  fold.add(items);
  return fold.result();
}
