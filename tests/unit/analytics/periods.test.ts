import { describe, expect, it } from 'vitest';
import { bucketOf } from '../../../utils/analytics/periods';
import { schoolYearOf, schoolYearRange } from '../../../utils/model/school-year';

/** A local time in Stockholm (the test's time zone). */
const local = (year: number, month: number, day: number, hour = 12, minute = 0) =>
  new Date(year, month - 1, day, hour, minute).getTime();

describe('weeks in the teacher’s time zone', () => {
  it('starts a week on Monday at local midnight, also the week summer time begins', () => {
    // Summer time begins on Sunday 29 March 2026 at 02:00: that week has 167 hours.
    const sundayNight = bucketOf(local(2026, 3, 29, 23, 30), 'week');
    expect(sundayNight).toMatchObject({ key: '2026-W13', number: 13, year: 2026 });
    expect(new Date(sundayNight.start).toString()).toContain('Mon Mar 23 2026 00:00:00');
    const mondayAfter = bucketOf(local(2026, 3, 30, 0, 0), 'week');
    expect(mondayAfter.key).toBe('2026-W14');
    // 00:30 on that Sunday, before the change, is 23:30 on Saturday in UTC: the same week.
    expect(bucketOf(local(2026, 3, 29, 0, 30), 'week').key).toBe('2026-W13');
  });

  it('keeps a late Sunday evening in its week when winter time returns', () => {
    // Winter time returns on Sunday 25 October 2026 at 03:00: that day has 25 hours.
    expect(bucketOf(local(2026, 10, 25, 23, 59), 'week').key).toBe('2026-W43');
    expect(bucketOf(local(2026, 10, 26, 0, 1), 'week').key).toBe('2026-W44');
    const week44 = bucketOf(local(2026, 10, 28), 'week');
    expect(new Date(week44.start).toString()).toContain('Mon Oct 26 2026 00:00:00');
  });

  it('numbers weeks the ISO way around new year', () => {
    // 1 January 2027 is a Friday: it belongs to week 53 of 2026.
    expect(bucketOf(local(2027, 1, 1), 'week').key).toBe('2026-W53');
    expect(bucketOf(local(2027, 1, 4), 'week').key).toBe('2027-W01');
    // 29 December 2025 is a Monday in week 1 of 2026.
    expect(bucketOf(local(2025, 12, 29), 'week').key).toBe('2026-W01');
  });

  it('puts a moment just after local midnight in the new month, though UTC is still in the old one', () => {
    const firstOfAugust = local(2026, 8, 1, 0, 30);
    expect(new Date(firstOfAugust).toISOString()).toBe('2026-07-31T22:30:00.000Z');
    expect(bucketOf(firstOfAugust, 'month')).toMatchObject({ key: '2026-08', number: 8 });
    expect(bucketOf(firstOfAugust - 3_600_000, 'month').key).toBe('2026-07');
  });
});

describe('a school year as a span of time', () => {
  it('runs from local midnight on 1 August to the next, exactly the items filed under it', () => {
    const range = schoolYearRange('2026/27');
    expect(range.from).toBe(local(2026, 8, 1, 0, 0));
    expect(range.to).toBe(local(2027, 8, 1, 0, 0));
    expect(schoolYearOf(range.from)).toBe('2026/27');
    expect(schoolYearOf(range.from - 1)).toBe('2025/26');
    expect(schoolYearOf(range.to - 1)).toBe('2026/27');
    expect(schoolYearOf(range.to)).toBe('2027/28');
  });
});
