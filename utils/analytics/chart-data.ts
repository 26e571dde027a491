/**
 * What a bar chart shows, apart from how it is drawn: the dashboard's charts
 * (the quarter balance, the teacher's mirror) hand this to the one chart
 * component, which draws it, lists it as a table and exports it as CSV, so
 * the picture, the table and the file always hold the same numbers.
 */

/** One kind of bar: its name in the legend and its value in each category. */
export interface ChartSeries {
  label: string;
  /** One value per category, in the categories' order. */
  values: readonly number[];
}

/** A line across the bars that the values are read against (the 25 % of the quarter system). */
export interface ChartReference {
  value: number;
  label: string;
}

/** The numbers of one chart, with the words that make it readable without the picture. */
export interface ChartData {
  /** The chart's name: the SVG's <title>, the table's caption, the CSV's file name stem. */
  title: string;
  /** What the chart shows, in a sentence or two: the SVG's <desc>. */
  description: string;
  /** The heading of the column that names the categories (e.g. "Student"). */
  categoryHeading: string;
  /** One group of bars (or one stacked bar) per category. */
  categories: readonly string[];
  series: readonly ChartSeries[];
  reference?: ChartReference;
  /** Values are percentages: written as the language writes one in the picture and the table; the CSV holds bare numbers. */
  unit?: '%';
  /** The axis's end; by default the largest value (or stack, or reference). */
  max?: number;
}

/**
 * The axis's end: the given maximum, else the largest bar, stack or
 * reference line rounded up to a multiple of 4, so the axis's quarter
 * ticks fall on whole numbers (counts read 0, 2, 4, 6, 8 — not 1.8, 3.5).
 * Values below 1 keep their own end.
 */
export function chartMax(data: ChartData, stacked: boolean): number {
  if (data.max !== undefined) return data.max;
  const bars = stacked
    ? data.categories.map((_, index) =>
        data.series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0),
      )
    : data.series.flatMap((series) => series.values);
  const largest = Math.max(data.reference?.value ?? 0, ...bars);
  if (largest <= 0) return 1;
  return largest < 1 ? largest : Math.ceil(largest / 4) * 4;
}
