import { useI18n } from '../../utils/i18n/context';
import { formatCount, formatDateTime } from '../../utils/i18n/index';
import type { VisitRecord } from '../../utils/model/records';
import { FOLLOW_UP_QUESTIONS } from '../../utils/model/visit';
import { focusLines, KIND_LABELS, METHOD_LABELS, QUESTION_LABELS } from './labels';

/**
 * The visit as the colleague receives it on paper (or as a PDF): the
 * record, the agreed focus and method, the coach's notes and tally, the
 * follow-up answers and the coach's reflection. Shown only when printing.
 */
export function VisitPrint(props: { visit: VisitRecord }) {
  const { t, locale } = useI18n();
  const { visit } = props;
  const focus = focusLines(visit, t);
  const answered = FOLLOW_UP_QUESTIONS.filter((question) =>
    (visit.followUp[question] ?? '').trim(),
  );
  return (
    <article class="visit-print">
      <h2>
        {t('visitHeading', {
          visited: visit.visitedColleague,
          coach: visit.coach,
          number: visit.meetingNumber,
        })}
      </h2>
      <p>
        {visit.school} · {formatDateTime(visit.at, locale)}
      </p>
      <h3>{t('observeFocusHeading')}</h3>
      <ul>
        {focus.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {(visit.methods ?? []).length > 0 && (
        <p>{(visit.methods ?? []).map((method) => t(METHOD_LABELS[method])).join(', ')}</p>
      )}
      <h3>{t('printNotesHeading')}</h3>
      <ul>
        {[...(visit.observations ?? [])]
          .sort((a, b) => a.at - b.at)
          .map((note) => (
            <li key={note.id}>
              {t(KIND_LABELS[note.kind])}: {note.text}
            </li>
          ))}
      </ul>
      {(visit.tally ?? []).length > 0 && (
        <table>
          <caption>{t('tallyHeading')}</caption>
          <tbody>
            {(visit.tally ?? []).map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                <td>{formatCount(row.count, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('visitStepFollowUp')}</h3>
      <dl>
        {answered.map((question) => (
          <div key={question}>
            <dt>
              {t(QUESTION_LABELS[question], {
                focus: focus.join('; ') || t('followUpFocusFallback'),
              })}
            </dt>
            <dd>{visit.followUp[question]}</dd>
          </div>
        ))}
        {visit.coachReflection && (
          <div>
            <dt>{t('coachReflectionLabel')}</dt>
            <dd>{visit.coachReflection}</dd>
          </div>
        )}
      </dl>
    </article>
  );
}
