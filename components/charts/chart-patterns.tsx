/**
 * The fills that tell a chart's series apart without colour: each series
 * has a colour and a pattern of its own (plain, stripes, dots, cross-hatch,
 * …), so the chart reads in greyscale, in print and for colour-blind
 * teachers. Defined once per chart inside its SVG and used by its legend.
 */

/** How many distinct fills there are; a sixth series starts again with the first. */
const FILL_COUNT = 5;

/** The id of series `index`'s fill in the chart with id prefix `chartId`. */
export function fillId(chartId: string, index: number): string {
  return `${chartId}-fill-${index % FILL_COUNT}`;
}

/** The drawing laid over each fill's colour: nothing, stripes, dots, a cross-hatch, rings. */
const OVERLAYS = [
  null,
  <path d="M-1,1 l2,-2 M0,8 l8,-8 M7,9 l2,-2" stroke-width="1.6" />,
  <circle cx="4" cy="4" r="1.6" stroke="none" class="chart-pattern-dot" />,
  <path d="M0,4 h8 M4,0 v8" stroke-width="1.4" />,
  <circle cx="4" cy="4" r="2.2" fill="none" stroke-width="1.2" />,
];

/** The <defs> holding one chart's fills. */
export function ChartPatterns(props: { chartId: string }) {
  return (
    <defs>
      {OVERLAYS.map((overlay, index) => (
        <pattern
          key={fillId(props.chartId, index)}
          id={fillId(props.chartId, index)}
          class={`chart-fill chart-fill-${index}`}
          patternUnits="userSpaceOnUse"
          width="8"
          height="8"
        >
          <rect width="8" height="8" class="chart-fill-ground" />
          {overlay && <g class="chart-fill-overlay">{overlay}</g>}
        </pattern>
      ))}
    </defs>
  );
}
