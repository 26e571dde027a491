import { useId, useState } from 'preact/hooks';
import { type Period, periodBounds, schoolYearSoFar } from '../../utils/feedback/period';
import { studentSummary } from '../../utils/feedback/student-summary';
import { readSummaryHash, summaryHash } from '../../utils/feedback/summary-url';
import { useI18n } from '../../utils/i18n/context';
import { formatDate } from '../../utils/i18n/index';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useAppServices } from '../../utils/panel/services/context';
import { CriteriaTimeline } from '../students/CriteriaTimeline';
import { loadStudentHistory } from '../students/student-history';
import { SummaryNextSteps, SummaryStrengths } from './SummaryParts';

/** The two date fields of the period; on paper only the period's line shows. */
function PeriodFields(props: { period: Period; onChange(period: Period): void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <fieldset class="summary-period no-print">
      <legend>{t('summaryPeriodLegend')}</legend>
      <label for={`${id}-from`}>{t('summaryFrom')}</label>
      <input
        id={`${id}-from`}
        type="date"
        value={props.period.from}
        onInput={(event) => props.onChange({ ...props.period, from: event.currentTarget.value })}
      />
      <label for={`${id}-to`}>{t('summaryTo')}</label>
      <input
        id={`${id}-to`}
        type="date"
        value={props.period.to}
        onInput={(event) => props.onChange({ ...props.period, to: event.currentTarget.value })}
      />
    </fieldset>
  );
}

/**
 * One learner's summary for a development talk (utvecklingssamtal,
 * underveisvurdering, a parent meeting), made to be printed on A4: who and
 * which class, the period (the school year so far unless the address or
 * the teacher says otherwise), what works, the next steps and what came of
 * them, and the criteria over time. It reads only this browser's database
 * and sends nothing anywhere; the Print button and the period fields stay
 * off the paper.
 */
export function SummaryView(props: {
  hash: string;
  onHashChange(hash: string): void;
  now?: () => number;
}) {
  const { repos } = useAppServices();
  const { t, locale } = useI18n();
  const [target] = useState(() => readSummaryHash(props.hash));
  const [period, setPeriod] = useState<Period>(
    () => target?.period ?? schoolYearSoFar((props.now ?? Date.now)()),
  );
  const studentId = target?.studentId;
  const bounds = periodBounds(period);
  const loaded = useLiveQuery(
    () =>
      studentId && bounds
        ? loadStudentHistory(repos, studentId, period)
        : Promise.resolve(undefined),
    [repos, studentId, bounds?.start, bounds?.end],
  );

  const changePeriod = (next: Period) => {
    setPeriod(next);
    if (studentId && periodBounds(next))
      props.onHashChange(summaryHash({ studentId, period: next }));
  };

  const history = loaded.data;
  const student = history?.student;
  if (!studentId || (history && !student))
    return (
      <main class="summary">
        <p role="alert">{t('summaryNoStudent')}</p>
      </main>
    );
  const summary =
    history && bounds ? studentSummary(history.items, history.documents, bounds) : null;

  return (
    <div class="panel dashboard summary">
      <main>
        <header class="summary-header">
          <h1>{t('summaryHeading', { name: student?.name ?? '' })}</h1>
          <p>
            {history?.group
              ? t('summaryClass', { group: history.group.name })
              : t('summaryNoClass')}
          </p>
          {bounds && (
            <p>
              {t('summaryPeriod', {
                from: formatDate(bounds.start, locale),
                to: formatDate(bounds.end - 1, locale),
              })}
            </p>
          )}
        </header>
        <div class="summary-controls no-print">
          <PeriodFields period={period} onChange={changePeriod} />
          <button type="button" class="primary" onClick={() => window.print()}>
            {t('summaryPrint')}
          </button>
        </div>
        {!bounds && <p role="alert">{t('summaryPeriodInvalid')}</p>}
        {summary && (
          <>
            <SummaryStrengths parts={summary.strengths} />
            <SummaryNextSteps steps={summary.feedForwards} />
            <CriteriaTimeline studentId={studentId} period={period} />
          </>
        )}
        <p class="hint summary-local">{t('summaryLocal')}</p>
      </main>
    </div>
  );
}
