import { useId, useState } from 'preact/hooks';
import { chartCsv, chartCsvFileName } from '../../utils/analytics/chart-csv';
import { type ChartData, chartMax } from '../../utils/analytics/chart-data';
import { useI18n } from '../../utils/i18n/context';
import { formatNumber, formatPercentValue } from '../../utils/i18n/index';
import { downloadTextFile } from '../../utils/panel/adapters/download';
import { toDateInput } from '../../utils/text/date-input';
import { ChartLegend } from './ChartLegend';
import { ChartTable } from './ChartTable';
import { ChartPatterns, fillId } from './chart-patterns';

/** Grouped: one bar per series side by side; stacked: the series end to end in one bar. */
export type BarLayout = 'grouped' | 'stacked';

const WIDTH = 640;
const LABEL_WIDTH = 170;
const VALUE_ROOM = 56;
const PLOT_WIDTH = WIDTH - LABEL_WIDTH - VALUE_ROOM;
const TOP = 22;
const BAR = 16;
const GAP = 10;
const AXIS_ROOM = 22;
/** Category names longer than this are cut in the picture; the table has them whole. */
const LABEL_CHARS = 24;

/**
 * An accessible horizontal bar chart, drawn by hand in SVG: the picture is
 * one image named by its title and description, every series has a pattern
 * as well as a colour, each bar says its value, the numbers are a table one
 * click away ("Show as table") and a CSV file one click away ("Export CSV").
 * Every chart on the dashboard is this one component, so all of them read
 * alike and none can drop its table or its export.
 */
export function BarChart(props: {
  data: ChartData;
  /** `grouped` by default. */
  layout?: BarLayout;
  /** The day written into the CSV's file name (tests pass their own). */
  now?: () => number;
}) {
  const { data } = props;
  const stacked = props.layout === 'stacked';
  const { t, locale } = useI18n();
  const id = useId().replace(/[^a-zA-Z0-9-]/g, '');
  const [exported, setExported] = useState<string | null>(null);

  const max = chartMax(data, stacked);
  const x = (value: number) => (Math.max(0, value) / max) * PLOT_WIDTH;
  const text = (value: number) =>
    data.unit === '%' ? formatPercentValue(value, locale) : formatNumber(value, locale);
  const rowHeight = stacked ? BAR + GAP : data.series.length * BAR + GAP;
  const plotHeight = data.categories.length * rowHeight;
  const height = TOP + plotHeight + AXIS_ROOM;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => share * max);

  const exportCsv = () => {
    const file = chartCsvFileName(data, toDateInput((props.now ?? Date.now)()));
    downloadTextFile(file, chartCsv(data, locale), 'text/csv;charset=utf-8');
    setExported(file);
  };

  return (
    <figure class="chart">
      <svg
        class="chart-picture"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
      >
        <title id={`${id}-title`}>{data.title}</title>
        <desc id={`${id}-desc`}>{data.description}</desc>
        <ChartPatterns chartId={id} />
        {ticks.map((tick) => (
          <g key={tick} class="chart-tick">
            <line
              x1={LABEL_WIDTH + x(tick)}
              x2={LABEL_WIDTH + x(tick)}
              y1={TOP}
              y2={TOP + plotHeight}
            />
            <text x={LABEL_WIDTH + x(tick)} y={height - 6} text-anchor="middle">
              {text(tick)}
            </text>
          </g>
        ))}
        {data.categories.map((category, row) => {
          const top = TOP + row * rowHeight;
          let stackedSoFar = 0;
          return (
            <g key={`${row}-${category}`} class="chart-row">
              <text x={LABEL_WIDTH - 8} y={top + (rowHeight - GAP) / 2 + 4} text-anchor="end">
                {category.length > LABEL_CHARS
                  ? `${category.slice(0, LABEL_CHARS - 1)}…`
                  : category}
              </text>
              {data.series.map((series, index) => {
                const value = series.values[row] ?? 0;
                const from = stacked ? stackedSoFar : 0;
                stackedSoFar += value;
                const barTop = stacked ? top : top + index * BAR;
                const width = x(value);
                const label = text(value);
                // A stacked segment is labelled inside when it has room; a grouped bar after its end.
                const inside = stacked && width >= label.length * 7 + 6;
                return (
                  <g key={`${index}-${series.label}`} class="chart-bar">
                    <rect
                      x={LABEL_WIDTH + x(from)}
                      y={barTop + 1}
                      width={width}
                      height={BAR - 2}
                      fill={`url(#${fillId(id, index)})`}
                      class="chart-bar-shape"
                    />
                    {(!stacked || inside) && (
                      <text
                        class={inside ? 'chart-value inside' : 'chart-value'}
                        x={LABEL_WIDTH + x(from) + (inside ? width / 2 : width + 4)}
                        y={barTop + BAR / 2 + 4}
                        text-anchor={inside ? 'middle' : 'start'}
                      >
                        {label}
                      </text>
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
        {data.reference && (
          <g class="chart-reference">
            <line
              x1={LABEL_WIDTH + x(data.reference.value)}
              x2={LABEL_WIDTH + x(data.reference.value)}
              y1={TOP - 6}
              y2={TOP + plotHeight}
            />
            <text x={LABEL_WIDTH + x(data.reference.value)} y={TOP - 9} text-anchor="middle">
              {data.reference.label}
            </text>
          </g>
        )}
      </svg>
      <ChartLegend chartId={id} series={data.series} reference={data.reference} />
      <details class="chart-table">
        <summary>{t('chartShowTable')}</summary>
        <ChartTable data={data} format={text} />
      </details>
      <div class="actions">
        <button type="button" onClick={exportCsv}>
          {t('chartExportCsv')}
        </button>
      </div>
      <p class="status" role="status">
        {exported && t('chartCsvExported', { file: exported })}
      </p>
    </figure>
  );
}
