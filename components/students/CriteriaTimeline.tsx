import { useId } from 'preact/hooks';
import {
  type CriterionLine,
  criteriaTimeline,
  staircaseSteps,
} from '../../utils/feedback/criteria-timeline';
import { STAIRCASE_DEFAULTS } from '../../utils/feedback/guidance';
import { LEVEL_LABELS, QUESTION_LABELS } from '../../utils/feedback/labels';
import type { Period } from '../../utils/feedback/period';
import { useI18n } from '../../utils/i18n/context';
import { formatDate } from '../../utils/i18n/index';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useSetting } from '../../utils/panel/hooks/use-setting';
import { useAppServices } from '../../utils/panel/services/context';
import { toDateInput } from '../../utils/text/date-input';
import { loadStudentHistory } from './student-history';

/** One criterion's feedback as a dated list, oldest first, each entry naming its question and level in words. */
function CriterionTimeline(props: { line: CriterionLine }) {
  const { t, locale } = useI18n();
  const { line } = props;
  return (
    <li class="criterion-line">
      <h3>{line.text}</h3>
      <p class="hint">{t('criteriaIn', { assignments: line.assignmentTitles.join(', ') })}</p>
      {line.entries.length === 0 ? (
        <p class="hint">{t('criteriaNoFeedback')}</p>
      ) : (
        <ol class="timeline">
          {line.entries.map((entry) => (
            <li key={entry.partId} class="timeline-entry">
              <time dateTime={toDateInput(entry.at)}>{formatDate(entry.at, locale)}</time>{' '}
              <span class="timeline-tag">
                {t('criteriaEntry', {
                  question: t(QUESTION_LABELS[entry.question]),
                  level: t(LEVEL_LABELS[entry.level]),
                  document: entry.documentTitle || t('lastTimeUntitled'),
                })}
              </span>
              <p class="timeline-text">{entry.text}</p>
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}

/**
 * Criteria over time for one learner: each success criterion of their
 * assignments (criteria of the same name merged across assignments) with
 * the feedback linked to it in date order, and where the learner placed
 * themself on the feedback staircase — so teacher and learner see how one
 * goal developed over several pieces of work. Everything is text in lists
 * (dates, question and level in words, the staircase step by number and
 * name); the drawn line and bars are decoration only. Live, so new
 * feedback shows at once. For the dashboard's student view and the
 * printable summary.
 */
export function CriteriaTimeline(props: {
  studentId: string;
  /** Only feedback and staircase places of these days; all of them without one. */
  period?: Period;
}) {
  const { repos } = useAppServices();
  const { t, locale } = useI18n();
  const id = useId();
  const labels = useSetting('staircaseLabels');
  const { from, to } = props.period ?? {};
  const loaded = useLiveQuery(
    () =>
      loadStudentHistory(repos, props.studentId, from && to ? { from, to } : undefined).then(
        (history) => ({
          lines: criteriaTimeline(history),
          steps: staircaseSteps(history.student, history.bounds),
        }),
      ),
    [repos, props.studentId, from, to],
  );
  if (!loaded.data) return null;
  const { lines, steps } = loaded.data;
  /** A step's name: the teacher's own for it, or the default. */
  const stepName = (step: number) => {
    const own = labels[step - 1]?.trim();
    const fallback = STAIRCASE_DEFAULTS[step - 1];
    return own || (fallback ? t(fallback) : '');
  };

  return (
    <section class="criteria-timeline" aria-labelledby={`${id}-criteria`}>
      <h2 id={`${id}-criteria`}>{t('criteriaHeading')}</h2>
      {lines.length === 0 ? (
        <p class="hint">{t('criteriaNone')}</p>
      ) : (
        <ol class="criterion-lines">
          {lines.map((line) => (
            <CriterionTimeline key={line.key} line={line} />
          ))}
        </ol>
      )}
      <h3 id={`${id}-staircase`}>{t('timelineStaircaseHeading')}</h3>
      {steps.length === 0 ? (
        <p class="hint">{t('timelineStaircaseNone')}</p>
      ) : (
        <ol class="staircase-timeline" aria-labelledby={`${id}-staircase`}>
          {steps.map((entry) => (
            <li key={entry.at}>
              <span class={`staircase-bar step-${entry.step}`} aria-hidden="true" />
              <time dateTime={toDateInput(entry.at)}>{formatDate(entry.at, locale)}</time>{' '}
              {t('timelineStaircaseStep', { step: entry.step, name: stepName(entry.step) })}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
