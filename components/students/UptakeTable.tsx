import { useId } from 'preact/hooks';
import type { Uptake } from '../../utils/feedback/uptake';
import {
  type MonthlyUptake,
  midMonth,
  type UptakeOverTime,
} from '../../utils/feedback/uptake-by-month';
import { useI18n } from '../../utils/i18n/context';
import { formatMonth, formatPercent } from '../../utils/i18n/index';

/**
 * Whose uptake one pair of columns shows (a learner, a class) and that
 * uptake, counted beforehand: a class's is folded learner by learner.
 */
export interface UptakeColumn {
  who: string;
  uptake: UptakeOverTime;
}

/** Months by their key, for looking a month up per column. */
const byMonth = (months: MonthlyUptake[]) =>
  new Map(months.map(({ month, uptake }) => [month, uptake]));

/**
 * How feed-forwards were taken up, month by month (by when the next step
 * was given) and in all, for each column side by side — a learner beside
 * their class, or a class alone: the share acted on (partly counts half)
 * and the median days until the outcome was recorded. A table, so every
 * number is read out as it is shown.
 */
export function UptakeTable(props: { columns: readonly UptakeColumn[] }) {
  const { t, locale } = useI18n();
  const id = useId();
  const monthly = props.columns.map((column) => byMonth(column.uptake.months));
  const months = [...new Set(monthly.flatMap((months) => [...months.keys()]))].sort();
  const rows = [
    ...months.map((month) => ({
      key: month,
      label: formatMonth(midMonth(month), locale),
      uptakes: monthly.map((months) => months.get(month)),
    })),
    {
      key: 'all',
      label: t('uptakeAllMonths'),
      uptakes: props.columns.map((column) => column.uptake.all),
    },
  ];

  const shareCell = (uptake: Uptake | undefined) => {
    if (!uptake || uptake.feedForwards === 0) return '—';
    if (uptake.share === null) return t('uptakeCellNone', { total: uptake.feedForwards });
    return t('uptakeCell', {
      percent: formatPercent(uptake.share, locale),
      recorded: uptake.withOutcome,
      total: uptake.feedForwards,
    });
  };

  return (
    <section class="student-uptake" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('uptakeHeading')}</h3>
      {months.length === 0 ? (
        <p class="hint">{t('uptakeNoneGiven')}</p>
      ) : (
        <table class="uptake-table" data-testid="uptake-table">
          <caption>{t('uptakeByMonthCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('uptakeMonth')}</th>
              {props.columns.flatMap(({ who }) => [
                <th key={`${who}-share`} scope="col">
                  {t('uptakeTakenUp', { who })}
                </th>,
                <th key={`${who}-days`} scope="col">
                  {t('uptakeMedianDays', { who })}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-testid={`uptake-row-${row.key}`}>
                <th scope="row">{row.label}</th>
                {row.uptakes.flatMap((uptake, column) => [
                  <td key={`${column}-share`}>{shareCell(uptake)}</td>,
                  <td key={`${column}-days`}>{uptake?.medianDaysToOutcome ?? '—'}</td>,
                ])}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
