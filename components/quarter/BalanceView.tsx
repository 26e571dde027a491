import { useId, useMemo, useState } from 'preact/hooks';
import {
  type BalanceWording,
  countsSentence,
  kindsChart,
  studentsChart,
  suggestionText,
} from '../../utils/analytics/balance-charts';
import {
  type BalancePeriod,
  type CustomDays,
  periodRange,
} from '../../utils/analytics/balance-period';
import { suggestBalance } from '../../utils/analytics/balance-suggestion';
import { useI18n } from '../../utils/i18n/context';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useAppServices } from '../../utils/panel/services/context';
import { toDateInput } from '../../utils/text/date-input';
import { BarChart } from '../charts/BarChart';
import { LabelledSelect } from '../ui/LabelledSelect';
import { BalancePeriodPicker } from './BalancePeriodPicker';
import { LogActivityForm } from './LogActivityForm';
import { useClassBalance } from './use-class-balance';

const DAY_MS = 86_400_000;

/**
 * The dashboard's "Balance" tab: for a class and a period, the share of
 * each kind of feedback against the quarter guide, one line on what to do
 * next, each student's mix, and logging of formative checks, peer feedback
 * and self-assessment for the class, some of its students or one student.
 */
export function BalanceView(props: { now?: () => number }) {
  const { t, locale } = useI18n();
  const { repos } = useAppServices();
  const id = useId();
  const now = props.now ?? Date.now;
  const groups = useLiveQuery(
    async () => (await repos.groups.all()).sort((a, b) => a.name.localeCompare(b.name, locale)),
    [repos, locale],
  ).data;
  const [chosenGroup, setChosenGroup] = useState<string | undefined>(undefined);
  /** The student whose balance is shown, or '' for the whole class. */
  const [shownStudent, setShownStudent] = useState('');
  const [period, setPeriod] = useState<BalancePeriod>('fourWeeks');
  const [custom, setCustom] = useState<CustomDays>(() => ({
    from: toDateInput(now() - 27 * DAY_MS),
    to: toDateInput(now()),
  }));
  const group = groups?.find((candidate) => candidate.id === chosenGroup) ?? groups?.[0];
  // The day's periods are fixed for the view's life; only a change of choice recomputes them.
  const range = useMemo(() => periodRange(period, now(), custom), [period, custom]);
  const balance = useClassBalance(group?.id, range);
  const students = useLiveQuery(
    async () => (group ? repos.students.listByGroup(group.id) : []),
    [repos, group?.id],
  ).data;

  if (groups && groups.length === 0)
    return (
      <section class="balance" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t('balanceHeading')}</h2>
        <p class="hint">{t('balanceNoClasses')}</p>
      </section>
    );

  const wording: BalanceWording | null =
    group && range ? { t, locale, className: group.name, range } : null;
  const classLabel = group ? t('balanceWholeClass', { class: group.name }) : '';
  const shown = balance?.students.find((student) => student.id === shownStudent);
  /** What the first chart and the suggestion are about: the chosen student, else the class. */
  const subject = balance && {
    name: shown?.name ?? group?.name ?? '',
    counts: shown?.counts ?? balance.counts,
    lastLoggedAt: shown?.lastLoggedAt ?? balance.lastLoggedAt,
  };

  return (
    <section class="balance" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('balanceHeading')}</h2>
      <p class="hint">{t('balanceIntro')}</p>
      <div class="balance-choices">
        {group && (
          <LabelledSelect
            label={t('balanceClass')}
            value={group.id}
            options={(groups ?? []).map((option) => ({ value: option.id, label: option.name }))}
            onChange={(value) => {
              setChosenGroup(value);
              setShownStudent('');
            }}
          />
        )}
        {group && (
          <LabelledSelect
            label={t('balanceShow')}
            value={shown ? shown.id : ''}
            options={[
              { value: '', label: classLabel },
              ...(students ?? []).map((student) => ({ value: student.id, label: student.name })),
            ]}
            onChange={setShownStudent}
          />
        )}
        <BalancePeriodPicker
          period={period}
          custom={custom}
          valid={range !== null}
          onPeriod={setPeriod}
          onCustom={setCustom}
        />
      </div>
      {!range && (
        <p class="warning" role="alert">
          {t('balanceCustomInvalid')}
        </p>
      )}
      {wording && balance && subject ? (
        <>
          <p class="balance-suggestion">
            {suggestionText(suggestBalance(subject.counts, subject.lastLoggedAt, now()), wording)}
          </p>
          <p class="balance-counts">{countsSentence(subject.counts, wording)}</p>
          <BarChart
            data={kindsChart(subject.counts, subject.name, wording)}
            layout="grouped"
            now={now}
          />
          <BarChart data={studentsChart(balance, wording)} layout="stacked" now={now} />
        </>
      ) : (
        range && <p class="hint">{t('balanceLoading')}</p>
      )}
      {group && students && (
        <section class="balance-log" aria-labelledby={`${id}-log`}>
          <h3 id={`${id}-log`}>{t('logActivityHeading')}</h3>
          <LogActivityForm
            key={group.id}
            now={now}
            forClass={{ groupId: group.id, students }}
            targets={[
              {
                key: group.id,
                label: classLabel,
                groupId: group.id,
              },
              ...students.map((student) => ({
                key: student.id,
                label: student.name,
                studentId: student.id,
                groupId: group.id,
              })),
            ]}
          />
        </section>
      )}
    </section>
  );
}
