import { describe, expect, it } from 'vitest';
import {
  inPeriod,
  type Period,
  periodBounds,
  schoolYearSoFar,
} from '../../../utils/feedback/period';

const HOUR = 3_600_000;

/** The bounds of a period the test knows is valid. */
function boundsOf(period: Period) {
  const bounds = periodBounds(period);
  if (!bounds) throw new Error(`not a period: ${period.from}–${period.to}`);
  return bounds;
}

describe('a period of days', () => {
  it('runs from the first day’s local midnight to the midnight after the last day', () => {
    const bounds = boundsOf({ from: '2026-11-02', to: '2026-11-06' });
    expect(bounds).toEqual({
      start: new Date(2026, 10, 2).getTime(),
      end: new Date(2026, 10, 7).getTime(),
    });
    // 23:59 on the last day counts, midnight after it does not.
    expect(inPeriod(new Date(2026, 10, 6, 23, 59).getTime(), bounds)).toBe(true);
    expect(inPeriod(new Date(2026, 10, 7, 0, 0).getTime(), bounds)).toBe(false);
    expect(inPeriod(new Date(2026, 10, 1, 23, 59).getTime(), bounds)).toBe(false);
  });

  it('is 23 hours long on the day summer time begins in Stockholm and keeps its late evening', () => {
    const bounds = boundsOf({ from: '2026-03-29', to: '2026-03-29' });
    expect(bounds.end - bounds.start).toBe(23 * HOUR);
    // 23:30 local time on 29 March (21:30 UTC, CEST) is still that day.
    const lateEvening = Date.UTC(2026, 2, 29, 21, 30);
    expect(inPeriod(lateEvening, bounds)).toBe(true);
    expect(inPeriod(Date.UTC(2026, 2, 29, 22, 0), bounds)).toBe(false);
  });

  it('is 25 hours long on the day summer time ends, so an item at 23:30 still counts', () => {
    const bounds = boundsOf({ from: '2026-10-25', to: '2026-10-25' });
    expect(bounds.end - bounds.start).toBe(25 * HOUR);
    // 23:30 local time on 25 October (22:30 UTC, CET): 24 hours after midnight would miss it.
    expect(inPeriod(Date.UTC(2026, 9, 25, 22, 30), bounds)).toBe(true);
    expect(inPeriod(Date.UTC(2026, 9, 25, 23, 0), bounds)).toBe(false);
  });

  it('refuses days that do not exist and a period that ends before it starts', () => {
    expect(periodBounds({ from: '2026-02-30', to: '2026-03-01' })).toBeUndefined();
    expect(periodBounds({ from: '2026-03-02', to: '2026-03-01' })).toBeUndefined();
    expect(periodBounds({ from: '', to: '2026-03-01' })).toBeUndefined();
  });

  it('defaults to the school year so far, which turns on 1 August', () => {
    expect(schoolYearSoFar(new Date(2026, 6, 31, 23, 59).getTime())).toEqual({
      from: '2025-08-01',
      to: '2026-07-31',
    });
    expect(schoolYearSoFar(new Date(2026, 7, 1, 0, 0).getTime())).toEqual({
      from: '2026-08-01',
      to: '2026-08-01',
    });
    expect(schoolYearSoFar(new Date(2027, 0, 15, 12).getTime())).toEqual({
      from: '2026-08-01',
      to: '2027-01-15',
    });
  });

  it('puts feedback of 31 July and 1 August in different school years', () => {
    const lastYear = boundsOf(schoolYearSoFar(new Date(2026, 6, 31, 12).getTime()));
    const thisYear = boundsOf(schoolYearSoFar(new Date(2026, 7, 20, 12).getTime()));
    const july31 = new Date(2026, 6, 31, 22, 0).getTime();
    const august1 = new Date(2026, 7, 1, 0, 30).getTime();
    expect([inPeriod(july31, lastYear), inPeriod(july31, thisYear)]).toEqual([true, false]);
    expect([inPeriod(august1, lastYear), inPeriod(august1, thisYear)]).toEqual([false, true]);
  });
});
