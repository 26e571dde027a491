import type { Period } from './period';

/** The extension page with a learner's printable summary, relative to any extension page. */
export const SUMMARY_PAGE = 'summary.html';

/** Which learner and period the summary page shows, as its address says. */
export interface SummaryTarget {
  studentId: string;
  period?: Period;
}

/**
 * The address of a learner's summary for a development talk:
 * `summary.html#student=<id>&from=<YYYY-MM-DD>&to=<YYYY-MM-DD>`. Relative,
 * so the panel and the dashboard (both extension pages) link to it as it
 * is; the learner is named only by id, in the fragment, which never leaves
 * the browser.
 */
export function summaryUrl(target: SummaryTarget): string {
  return `${SUMMARY_PAGE}${summaryHash(target)}`;
}

/** The fragment part of summaryUrl, for the page to write back when the teacher changes the period. */
export function summaryHash(target: SummaryTarget): string {
  const params = new URLSearchParams({ student: target.studentId });
  if (target.period) {
    params.set('from', target.period.from);
    params.set('to', target.period.to);
  }
  return `#${params.toString()}`;
}

/** The learner and period a summary address names; null without a learner. */
export function readSummaryHash(hash: string): SummaryTarget | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const studentId = params.get('student');
  if (!studentId) return null;
  const from = params.get('from');
  const to = params.get('to');
  return from && to ? { studentId, period: { from, to } } : { studentId };
}
