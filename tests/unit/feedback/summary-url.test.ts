import { describe, expect, it } from 'vitest';
import { readSummaryHash, summaryUrl } from '../../../utils/feedback/summary-url';

describe('the summary page’s address', () => {
  it('names the learner and the period in the fragment, and reads back the same', () => {
    const target = { studentId: 'a b&c', period: { from: '2026-08-01', to: '2026-12-04' } };
    const url = summaryUrl(target);
    expect(url).toBe('summary.html#student=a+b%26c&from=2026-08-01&to=2026-12-04');
    expect(readSummaryHash(url.slice(url.indexOf('#')))).toEqual(target);
  });

  it('may leave out the period, and reads nothing without a learner', () => {
    expect(summaryUrl({ studentId: 's1' })).toBe('summary.html#student=s1');
    expect(readSummaryHash('#student=s1&from=2026-08-01')).toEqual({ studentId: 's1' });
    expect(readSummaryHash('')).toBeNull();
  });
});
