import { useId } from 'preact/hooks';
import { type Uptake, uptakeOf } from '../../utils/feedback/uptake';
import { uptakeByMonth } from '../../utils/feedback/uptake-by-month';
import { useI18n } from '../../utils/i18n/context';
import { formatMonth, formatPercent } from '../../utils/i18n/index';
import type { FeedbackItemRecord } from '../../utils/model/records';

/** The teacher's own time zone: a month is the month on the teacher's clock. */
const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** One row of the table: a month (or all of them) for the learner and, if any, their class. */
interface UptakeRow {
  key: string;
  label: string;
  student: Uptake | undefined;
  group: Uptake | undefined;
}

/**
 * How the learner took up the feed-forwards given to them, beside their
 * class, month by month (by when the next step was given) and in all: the
 * share acted on (partly counts half) and the median days until the outcome
 * was recorded. A table, so every number is read out as it is shown.
 */
export function StudentUptake(props: {
  studentName: string;
  items: readonly FeedbackItemRecord[];
  group?: { name: string; items: readonly FeedbackItemRecord[] };
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const studentMonths = new Map(
    uptakeByMonth(props.items, TIME_ZONE).map(({ month, uptake }) => [month, uptake]),
  );
  const groupMonths = new Map(
    uptakeByMonth(props.group?.items ?? [], TIME_ZONE).map(({ month, uptake }) => [month, uptake]),
  );
  const months = [...new Set([...studentMonths.keys(), ...groupMonths.keys()])].sort();
  const rows: UptakeRow[] = [
    ...months.map((month) => ({
      key: month,
      label: formatMonth(month, locale),
      student: studentMonths.get(month),
      group: groupMonths.get(month),
    })),
    {
      key: 'all',
      label: t('uptakeAllMonths'),
      student: uptakeOf(props.items),
      group: props.group && uptakeOf(props.group.items),
    },
  ];
  const who = [
    props.studentName,
    ...(props.group ? [t('uptakeClassWho', { group: props.group.name })] : []),
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
  const cells = (uptake: Uptake | undefined) => [
    <td key="share">{shareCell(uptake)}</td>,
    <td key="days">{uptake?.medianDaysToOutcome ?? '—'}</td>,
  ];

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
              {who.flatMap((name) => [
                <th key={`${name}-share`} scope="col">
                  {t('uptakeTakenUp', { who: name })}
                </th>,
                <th key={`${name}-days`} scope="col">
                  {t('uptakeMedianDays', { who: name })}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-testid={`uptake-row-${row.key}`}>
                <th scope="row">{row.label}</th>
                {cells(row.student)}
                {props.group && cells(row.group)}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
