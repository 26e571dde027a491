import { formatNumber, type Locale } from '../i18n/index';
import { csvText } from '../text/csv';
import type { ChartData } from './chart-data';

/**
 * A chart's numbers as a spreadsheet file: one row per category, one column
 * per series, in the interface language's decimal sign and separator. The
 * reference line, when there is one, is a last column, so the file can be
 * read against it without the picture.
 */
export function chartCsv(data: ChartData, locale: Locale): string {
  const header = [
    data.categoryHeading,
    ...data.series.map((series) => series.label),
    ...(data.reference ? [data.reference.label] : []),
  ];
  const rows = data.categories.map((category, index) => [
    category,
    ...data.series.map((series) => formatNumber(series.values[index] ?? 0, locale)),
    ...(data.reference ? [formatNumber(data.reference.value, locale)] : []),
  ]);
  return csvText([header, ...rows], locale);
}

/** A file name for a chart's CSV: its title in lower case, letters and digits only, and the day. */
export function chartCsvFileName(data: ChartData, day: string): string {
  const stem = data.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `feedforward-${stem || 'chart'}-${day}.csv`;
}
