import { useId } from 'preact/hooks';
import { groupFollowUps } from '../../utils/feedback/follow-ups';
import { useI18n } from '../../utils/i18n/context';
import { formatDay } from '../../utils/i18n/index';
import type { FeedbackItemRecord } from '../../utils/model/records';
import { compactText } from '../../utils/text/compact';
import type { StudentRecords } from './use-student-records';

const MAX_TEXT_LENGTH = 120;

/**
 * The learner's open follow-ups, due (or overdue) and upcoming, soonest
 * first: what the teacher owes this student next, by the same rule as the
 * dashboard's follow-up list (an outcome recorded on or after the date
 * resolves one).
 */
export function StudentFollowUps(props: {
  items: readonly FeedbackItemRecord[];
  records: StudentRecords;
  now: number;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const groups = groupFollowUps(props.items, props.now, (item) => item);

  const renderGroup = (key: 'due' | 'upcoming', entries: FeedbackItemRecord[]) => (
    <section aria-labelledby={`${id}-${key}`} data-testid={`student-follow-ups-${key}`}>
      <h4 id={`${id}-${key}`}>
        {t(key === 'due' ? 'followUpsDueHeading' : 'followUpsUpcomingHeading')}
      </h4>
      {entries.length === 0 ? (
        <p class="hint">{t('followUpsNone')}</p>
      ) : (
        <ul class="student-follow-ups">
          {entries.map((item) => {
            const document = props.records.documents.get(item.documentId);
            const text = item.parts.find((part) => part.text.trim() !== '')?.text ?? '';
            return (
              <li key={item.id}>
                {t('followUpsDue', {
                  date: formatDay(item.followUpAt ?? 0, locale, props.now),
                  document: document?.title || t('documentUntitled'),
                })}
                {' · '}
                {compactText(text, MAX_TEXT_LENGTH)}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );

  return (
    <section class="student-follow-up-groups" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('followUpsHeading')}</h3>
      {renderGroup('due', groups.due)}
      {groups.upcoming.length > 0 && renderGroup('upcoming', groups.upcoming)}
    </section>
  );
}
