import { describe, expect, it } from 'vitest';
import { periodRange } from '../../../utils/analytics/balance-period';

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);

describe('balance periods in Europe/Stockholm', () => {
  it('runs this week from Monday to Monday, also when the clocks go back (169 h)', () => {
    const week = periodRange('week', at('2026-10-25T12:00:00+01:00'));
    expect(week).toEqual({
      from: at('2026-10-19T00:00:00+02:00'),
      to: at('2026-10-26T00:00:00+01:00'),
    });
    expect(((week?.to ?? 0) - (week?.from ?? 0)) / HOUR).toBe(169);
  });

  it('runs this week from Monday to Monday when the clocks go forward (167 h)', () => {
    const week = periodRange('week', at('2027-03-22T00:00:00+01:00'));
    expect(week).toEqual({
      from: at('2027-03-22T00:00:00+01:00'),
      to: at('2027-03-29T00:00:00+02:00'),
    });
    expect(((week?.to ?? 0) - (week?.from ?? 0)) / HOUR).toBe(167);
  });

  it('takes a Sunday late at night as the end of its week, not the start of the next', () => {
    expect(periodRange('week', at('2026-11-29T23:59:00+01:00'))?.from).toBe(
      at('2026-11-23T00:00:00+01:00'),
    );
  });

  it('counts the last 4 weeks as 28 whole local days, today included', () => {
    expect(periodRange('fourWeeks', at('2026-11-05T09:00:00+01:00'))).toEqual({
      from: at('2026-10-09T00:00:00+02:00'),
      to: at('2026-11-06T00:00:00+01:00'),
    });
  });

  it('splits terms and school years on 1 August, to the minute', () => {
    const lastEvening = at('2026-07-31T23:59:00+02:00');
    const firstMorning = at('2026-08-01T00:00:00+02:00');
    expect(periodRange('schoolYear', lastEvening)).toEqual({
      from: at('2025-08-01T00:00:00+02:00'),
      to: firstMorning,
    });
    expect(periodRange('term', lastEvening)).toEqual({
      from: at('2026-01-01T00:00:00+01:00'),
      to: firstMorning,
    });
    expect(periodRange('schoolYear', firstMorning)).toEqual({
      from: firstMorning,
      to: at('2027-08-01T00:00:00+02:00'),
    });
    expect(periodRange('term', firstMorning)).toEqual({
      from: firstMorning,
      to: at('2027-01-01T00:00:00+01:00'),
    });
  });

  it('takes custom days whole, both ends included, and refuses a backwards or empty one', () => {
    expect(periodRange('custom', 0, { from: '2026-10-20', to: '2026-10-26' })).toEqual({
      from: at('2026-10-20T00:00:00+02:00'),
      to: at('2026-10-27T00:00:00+01:00'),
    });
    expect(periodRange('custom', 0, { from: '2026-10-26', to: '2026-10-20' })).toBeNull();
    expect(periodRange('custom', 0, { from: '', to: '2026-10-20' })).toBeNull();
    expect(periodRange('custom', 0)).toBeNull();
  });
});
