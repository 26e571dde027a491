import { isWebUrl } from '../../utils/documents/web-url';
import { followUpState } from '../../utils/feedback/follow-ups';
import { OUTCOME_LABELS } from '../../utils/feedback/labels';
import { useI18n } from '../../utils/i18n/context';
import { formatDay } from '../../utils/i18n/index';
import type { FeedbackItemRecord } from '../../utils/model/records';
import { compactText } from '../../utils/text/compact';
import { FeedbackPartView } from '../feedback-list/FeedbackPartView';
import type { StudentRecords } from './use-student-records';

const MAX_QUOTE_LENGTH = 140;

/**
 * One item in the student view: on which document (a link that opens it)
 * and assignment, when, the passage, every part with its question, level
 * and criterion, what came of it and its follow-up. Read-only: outcomes are
 * recorded beside the student's work, in the panel.
 */
export function StudentFeedbackItem(props: {
  item: FeedbackItemRecord;
  records: StudentRecords;
  now: number;
}) {
  const { t, locale } = useI18n();
  const { item, records, now } = props;
  const document = records.documents.get(item.documentId);
  const assignment = document?.assignmentId
    ? records.assignments.get(document.assignmentId)
    : undefined;
  const criterionText = (criterionId: string | undefined) =>
    criterionId ? assignment?.criteria.find(({ id }) => id === criterionId)?.text : undefined;
  const title = document?.title || t('documentUntitled');
  const url = document?.url ?? '';
  const followUp = followUpState(item, now);
  const day = (at: number) => formatDay(at, locale, now);

  return (
    <li class="student-item" data-testid="student-item">
      <h4 class="student-item-title">
        {isWebUrl(url) ? (
          <a href={url} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          title
        )}
      </h4>
      <p class="hint">
        {t('studentItemWritten', { date: day(item.createdAt) })} ·{' '}
        {assignment?.title ?? t('studentItemNoAssignment')}
      </p>
      {item.anchor && <p class="quote">{compactText(item.anchor.quote.exact, MAX_QUOTE_LENGTH)}</p>}
      {item.parts.map((part) => (
        <FeedbackPartView key={part.id} part={part} criterion={criterionText(part.criterionId)} />
      ))}
      <p class="hint" data-testid="student-item-outcome">
        {item.outcome
          ? t('outcomeRecorded', {
              outcome: t(OUTCOME_LABELS[item.outcome.kind]),
              date: day(item.outcome.at),
            })
          : t('studentItemNoOutcome')}
        {item.outcome?.note && ` · ${item.outcome.note}`}
      </p>
      {(followUp === 'due' || followUp === 'upcoming') && (
        <p class={`hint${followUp === 'due' ? ' overdue' : ''}`}>
          {t(followUp === 'due' ? 'followUpOverdue' : 'followUpOn', {
            date: day(item.followUpAt ?? 0),
          })}
        </p>
      )}
    </li>
  );
}
