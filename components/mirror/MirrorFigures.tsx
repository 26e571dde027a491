import type { MirrorRow } from '../../utils/analytics/mirror';
import { useI18n } from '../../utils/i18n/context';
import { BarChart } from '../charts/BarChart';
import { MirrorRules } from './MirrorRules';
import { mirrorCharts } from './mirror-charts';

/**
 * The mirror's figures for the periods read: a line of totals, then every
 * chart (each with its table and CSV export) and the rules most often
 * flagged in the drafts.
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
      <BarChart data={charts.levels} layout="stacked" now={now} />
      <BarChart data={charts.questions} layout="stacked" now={now} />
      <BarChart data={charts.shares} now={now} />
      <BarChart data={charts.points} now={now} />
      <BarChart data={charts.review} now={now} />
      <p class="hint">{t('mirrorReviewNote', { reviewed, items })}</p>
      <MirrorRules rows={rows} />
    </div>
  );
}
