import { useId } from 'preact/hooks';
import { staffQuestions } from '../../utils/coaching/follow-up';
import { useI18n } from '../../utils/i18n/context';
import { formatDate } from '../../utils/i18n/index';
import type { VisitRecord } from '../../utils/model/records';

/**
 * The questions the pairs want to bring to more colleagues, gathered from
 * every follow-up conversation, for the staff meeting's shared discussion.
 */
export function StaffQuestions(props: { visits: readonly VisitRecord[] }) {
  const { t, locale } = useI18n();
  const id = useId();
  const questions = staffQuestions(props.visits);
  return (
    <section class="staff-questions" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('staffQuestionsHeading')}</h3>
      <p class="hint">{t('staffQuestionsIntro')}</p>
      {questions.length === 0 ? (
        <p class="hint">{t('staffQuestionsNone')}</p>
      ) : (
        <ul>
          {questions.map((question) => (
            <li key={question.visitId}>
              <span class="staff-question">{question.text}</span>{' '}
              <span class="hint">
                (
                {t('staffQuestionFrom', {
                  date: formatDate(question.at, locale),
                  visited: question.visitedColleague,
                })}
                )
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
