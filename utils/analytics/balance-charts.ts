import {
  formatDate,
  formatPercent,
  type Locale,
  type MessageKey,
  type Translate,
  translatePlural,
} from '../i18n/index';
import { FEEDBACK_SOURCES, type FeedbackSource } from '../model/feedback';
import { type ClassBalance, type KindCounts, sharesOf, totalOf } from './balance';
import type { TimeRange } from './balance-period';
import type { BalanceSuggestion } from './balance-suggestion';
import type { ChartData } from './chart-data';

/** Each kind's name as a label (a bar, a column). */
export const KIND_LABELS: Record<FeedbackSource, MessageKey> = {
  teacher: 'balanceKindTeacher',
  formative: 'balanceKindFormative',
  peer: 'balanceKindPeer',
  self: 'balanceKindSelf',
};

/** Each kind's name inside a sentence ("No peer feedback in 3 weeks"). */
const KIND_IN_TEXT: Record<FeedbackSource, MessageKey> = {
  teacher: 'balanceKindInTextTeacher',
  formative: 'balanceKindInTextFormative',
  peer: 'balanceKindInTextPeer',
  self: 'balanceKindInTextSelf',
};

/** The words a balance's charts and sentences are written in. */
export interface BalanceWording {
  t: Translate;
  locale: Locale;
  className: string;
  range: TimeRange;
}

/** The period's first and last day as the interface language writes them. */
function days({ locale, range }: BalanceWording) {
  return { from: formatDate(range.from, locale), to: formatDate(range.to - 1, locale) };
}

/** The counts of a class in one sentence, for the chart's description and the page. */
export function countsSentence(counts: KindCounts, wording: BalanceWording): string {
  return wording.t('balanceCounts', {
    ...counts,
    ...days(wording),
    total: translatePlural(wording.locale, 'balanceWorkCount', totalOf(counts)),
  });
}

/**
 * The balance of a class or of one student (`name`): one bar per kind, its
 * share of the work in per cent, against the guide of 25 %; the counts are
 * in its description.
 */
export function kindsChart(counts: KindCounts, name: string, wording: BalanceWording): ChartData {
  const { t } = wording;
  const shares = sharesOf(counts);
  return {
    title: t('balanceKindsTitle', { name }),
    description: t('balanceKindsDescription', {
      name,
      ...days(wording),
      counts: countsSentence(counts, wording),
    }),
    categoryHeading: t('balanceKindHeading'),
    categories: FEEDBACK_SOURCES.map((kind) => t(KIND_LABELS[kind])),
    series: [
      { label: t('balanceShareSeries'), values: FEEDBACK_SOURCES.map((kind) => shares[kind]) },
    ],
    reference: { value: 25, label: t('balanceGuide') },
    unit: '%',
    max: 100,
  };
}

/** The students' chart: one stacked bar per student, a segment per kind, in pieces of work. */
export function studentsChart(balance: ClassBalance, wording: BalanceWording): ChartData {
  const { t } = wording;
  return {
    title: t('balanceStudentsTitle', { class: wording.className }),
    description: t('balanceStudentsDescription', days(wording)),
    categoryHeading: t('balanceStudentHeading'),
    categories: balance.students.map((student) => student.name),
    series: FEEDBACK_SOURCES.map((kind) => ({
      label: t(KIND_LABELS[kind]),
      values: balance.students.map((student) => student.counts[kind]),
    })),
  };
}

/** Where each kind is given, for the suggestion's second half. */
const POINTERS: Record<FeedbackSource, MessageKey> = {
  teacher: 'balancePointTeacher',
  formative: 'balancePointFormative',
  peer: 'balancePointPeer',
  self: 'balancePointSelf',
};

/** The suggestion as one line: what is missing — where to find it. */
export function suggestionText(
  suggestion: BalanceSuggestion,
  { t, locale }: BalanceWording,
): string {
  const where = { tools: t('moreTools'), section: t('involvementHeading') };
  const [headline, pointer] = ((): [string, string] => {
    switch (suggestion.type) {
      case 'empty':
        return [t('balanceSuggestEmpty'), t('balancePointEmpty')];
      case 'balanced':
        return [t('balanceSuggestBalanced'), t('balancePointBalanced')];
      case 'missing': {
        const kind = t(KIND_IN_TEXT[suggestion.kind]);
        const headline =
          suggestion.weeks === undefined
            ? t('balanceSuggestMissing', { kind })
            : translatePlural(locale, 'balanceSuggestMissingWeeks', suggestion.weeks, { kind });
        return [headline, t(POINTERS[suggestion.kind], where)];
      }
      case 'low':
        return [
          t('balanceSuggestLow', {
            kind: t(KIND_IN_TEXT[suggestion.kind]),
            share: formatPercent(Math.round(suggestion.share) / 100, locale),
          }),
          t(POINTERS[suggestion.kind], where),
        ];
    }
  })();
  return t('balanceSuggestion', { headline, pointer });
}
