import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { ChartData } from '../../utils/analytics/chart-data';
import type { MirrorRow } from '../../utils/analytics/mirror';
import { useI18n } from '../../utils/i18n/context';
import { BarChart, type BarLayout } from '../charts/BarChart';
import { MirrorRules } from './MirrorRules';
import { mirrorCharts } from './mirror-charts';

/** One chart of the mirror under a visible heading (its title), so the tab reads as sections. */
function MirrorChart(props: {
  data: ChartData;
  layout?: BarLayout;
  now: () => number;
  children?: ComponentChildren;
}) {
  const id = useId();
  return (
    <section class="mirror-chart" aria-labelledby={id}>
      <h3 id={id}>{props.data.title}</h3>
      <BarChart data={props.data} layout={props.layout} now={props.now} />
      {props.children}
    </section>
  );
}

/**
 * The mirror's figures for the periods read: a line of totals, then every
 * chart (each with its table and CSV export), the review's chart with the
 * rules flagged in the drafts under it.
 */
export function MirrorFigures(props: { rows: readonly MirrorRow[]; now: () => number }) {
  const { t, locale } = useI18n();
  const { rows, now } = props;
  const charts = mirrorCharts(rows, t, locale);
  const items = rows.reduce((sum, row) => sum + row.items, 0);
  const reviewed = rows.reduce((sum, row) => sum + row.reviewed, 0);
  return (
    <div class="mirror-figures">
      <p data-testid="mirror-summary">{t('mirrorSummary', { items, periods: rows.length })}</p>
      <MirrorChart data={charts.levels} layout="stacked" now={now} />
      <MirrorChart data={charts.questions} layout="stacked" now={now} />
      <MirrorChart data={charts.shares} now={now} />
      <MirrorChart data={charts.points} now={now} />
      <MirrorChart data={charts.review} now={now}>
        <p class="hint">{t('mirrorReviewNote', { reviewed, items })}</p>
        <MirrorRules rows={rows} />
      </MirrorChart>
    </div>
  );
}
