import { describe, expect, it } from 'vitest';
import { chartCsv, chartCsvFileName } from '../../../utils/analytics/chart-csv';
import { type ChartData, chartMax } from '../../../utils/analytics/chart-data';

const DATA: ChartData = {
  title: 'Återkoppling för 7ø',
  description: 'Counts by kind',
  categoryHeading: 'Student',
  categories: ['=Maja', 'Ali'],
  series: [
    { label: 'Teacher', values: [3, 1] },
    { label: 'Peer', values: [0.25, 6] },
  ],
};

describe('chart numbers', () => {
  it('ends the axis at the largest bar (or stack) rounded up to a multiple of 4', () => {
    expect(chartMax(DATA, false)).toBe(8);
    expect(chartMax(DATA, true)).toBe(8);
    expect(chartMax({ ...DATA, reference: { value: 9, label: 'Guide' } }, false)).toBe(12);
    expect(chartMax({ ...DATA, max: 100 }, true)).toBe(100);
    expect(chartMax({ ...DATA, series: [] }, false)).toBe(1);
    expect(chartMax({ ...DATA, series: [{ label: 'Share', values: [0.25, 0.5] }] }, false)).toBe(
      0.5,
    );
  });

  it('writes one row per category in the language, formulas defused', () => {
    expect(chartCsv(DATA, 'en')).toBe("\uFEFFStudent,Teacher,Peer\r\n'=Maja,3,0.3\r\nAli,1,6\r\n");
    expect(chartCsv(DATA, 'nb')).toBe("\uFEFFStudent;Teacher;Peer\r\n'=Maja;3;0,3\r\nAli;1;6\r\n");
  });

  it('names the file after the title in plain letters, with the day', () => {
    expect(chartCsvFileName(DATA, '2026-12-04')).toBe(
      'feedforward-aterkoppling-for-7o-2026-12-04.csv',
    );
    expect(chartCsvFileName({ ...DATA, title: '%%' }, '2026-12-04')).toBe(
      'feedforward-chart-2026-12-04.csv',
    );
  });
});
