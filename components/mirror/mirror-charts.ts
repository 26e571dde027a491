import type { ChartData } from '../../utils/analytics/chart-data';
import type { MirrorRow, Share } from '../../utils/analytics/mirror';
import { LEVEL_LABELS, QUESTION_LABELS } from '../../utils/feedback/labels';
import type { Locale, Translate } from '../../utils/i18n/index';
import { FEEDBACK_LEVELS, FEEDBACK_QUESTIONS } from '../../utils/model/feedback';
import { periodName } from './mirror-labels';

/** A share as a whole percentage, 0 for a share of nothing. */
const percent = (share: Share) => (share.of === 0 ? 0 : Math.round((100 * share.count) / share.of));

/**
 * The mirror's charts, as the dashboard's one chart component draws them,
 * lists them as tables and exports them as CSV: one category per week or
 * month, oldest first.
 */
export function mirrorCharts(rows: readonly MirrorRow[], t: Translate, locale: Locale) {
  const base = {
    categoryHeading: t('mirrorPeriod'),
    categories: rows.map((row) => periodName(row.period, t, locale)),
  };
  const levels: ChartData = {
    ...base,
    title: t('mirrorLevelsTitle'),
    description: t('mirrorLevelsDesc'),
    series: FEEDBACK_LEVELS.map((level) => ({
      label: t(LEVEL_LABELS[level]),
      values: rows.map((row) => row.partsByLevel[level]),
    })),
  };
  const questions: ChartData = {
    ...base,
    title: t('mirrorQuestionsTitle'),
    description: t('mirrorQuestionsDesc'),
    series: FEEDBACK_QUESTIONS.map((question) => ({
      label: t(QUESTION_LABELS[question]),
      values: rows.map((row) => row.partsByQuestion[question]),
    })),
  };
  const shares: ChartData = {
    ...base,
    title: t('mirrorSharesTitle'),
    description: t('mirrorSharesDesc'),
    unit: '%',
    max: 100,
    series: [
      { label: t('mirrorShareFeedForward'), values: rows.map((row) => percent(row.feedForward)) },
      { label: t('mirrorSharePersonPraise'), values: rows.map((row) => percent(row.personPraise)) },
      {
        label: t('mirrorSharePersonCriticism'),
        values: rows.map((row) => percent(row.personCriticism)),
      },
      { label: t('mirrorShareCriterion'), values: rows.map((row) => percent(row.criterion)) },
      {
        label: t('mirrorShareUptake'),
        values: rows.map((row) => Math.round(100 * (row.uptake.share ?? 0))),
      },
    ],
  };
  const mostPoints = Math.max(0, ...rows.map((row) => row.pointsPerItem ?? 0));
  const points: ChartData = {
    ...base,
    title: t('mirrorPointsTitle'),
    description: t('mirrorPointsDesc'),
    // At least four points, so the axis's quarter ticks fall on whole points (beyond, the chart rounds).
    max: mostPoints < 4 ? 4 : undefined,
    series: [{ label: t('mirrorPointsSeries'), values: rows.map((row) => row.pointsPerItem ?? 0) }],
  };
  const review: ChartData = {
    ...base,
    title: t('mirrorReviewTitle'),
    description: t('mirrorReviewDesc'),
    series: [
      { label: t('mirrorReviewFlagged'), values: rows.map((row) => row.fixedBeforeSaving.of) },
      { label: t('mirrorReviewFixed'), values: rows.map((row) => row.fixedBeforeSaving.count) },
    ],
  };
  return { levels, questions, shares, points, review };
}
