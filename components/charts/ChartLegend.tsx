import type { ChartReference, ChartSeries } from '../../utils/analytics/chart-data';
import { fillId } from './chart-patterns';

/**
 * Which fill is which series, in words: a swatch with the series' own
 * pattern beside its name, and the reference line's name after a dash. The
 * picture is one image for a screen reader, so this is shown, not read.
 */
export function ChartLegend(props: {
  chartId: string;
  series: readonly ChartSeries[];
  reference?: ChartReference;
}) {
  return (
    <ul class="chart-legend" aria-hidden="true">
      {props.series.map((series, index) => (
        <li key={`${index}-${series.label}`}>
          <svg width="16" height="12" viewBox="0 0 16 12" role="presentation">
            <rect
              width="16"
              height="12"
              fill={`url(#${fillId(props.chartId, index)})`}
              class="chart-bar-shape"
            />
          </svg>
          {series.label}
        </li>
      ))}
      {props.reference && (
        <li class="chart-legend-reference">
          <svg width="16" height="12" viewBox="0 0 16 12" role="presentation">
            <line x1="8" x2="8" y1="0" y2="12" />
          </svg>
          {props.reference.label}
        </li>
      )}
    </ul>
  );
}
