import { describe, expect, it } from 'vitest';
import { fromDateInput, REMINDER_HOUR, toDateInput } from '../../../utils/text/date-input';

describe('follow-up dates', () => {
  it('turn a chosen day into a morning reminder on that local day, and back', () => {
    const at = fromDateInput('2026-12-03');
    expect(at).toBeDefined();
    const date = new Date(at ?? 0);
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([
      2026,
      11,
      3,
      REMINDER_HOUR,
    ]);
    expect(toDateInput(at)).toBe('2026-12-03');
  });

  it('treat an empty or impossible date as no follow-up', () => {
    expect(fromDateInput('')).toBeUndefined();
    expect(fromDateInput('2026-02-30')).toBeUndefined();
    expect(fromDateInput('03/12/2026')).toBeUndefined();
    expect(toDateInput(undefined)).toBe('');
  });
});
