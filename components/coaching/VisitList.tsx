import { useId } from 'preact/hooks';
import { followUpDue } from '../../utils/coaching/follow-up';
import { useI18n } from '../../utils/i18n/context';
import { formatDateTime } from '../../utils/i18n/index';
import type { VisitRecord } from '../../utils/model/records';

/**
 * Every visit, newest first, each opening its own views; a visit whose
 * agreed follow-up date has come, with nothing yet written down from the
 * conversation, is marked as due.
 */
export function VisitList(props: {
  visits: readonly VisitRecord[];
  now: number;
  onOpen(visitId: string): void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('visitsListHeading')}</h3>
      {props.visits.length === 0 ? (
        <p class="hint">{t('visitsNone')}</p>
      ) : (
        <ul class="visit-list">
          {props.visits.map((visit) => (
            <li key={visit.id}>
              <span>
                {t('visitSummary', {
                  date: formatDateTime(visit.at, locale),
                  visited: visit.visitedColleague,
                  coach: visit.coach,
                  number: visit.meetingNumber,
                })}
              </span>
              {followUpDue(visit, props.now) && (
                <strong class="badge">{t('visitFollowUpDue')}</strong>
              )}
              {visit.receivedAt !== undefined && <span class="badge">{t('visitReceived')}</span>}
              <button
                type="button"
                aria-label={`${t('visitOpen')}: ${visit.visitedColleague}, ${formatDateTime(visit.at, locale)}`}
                onClick={() => props.onOpen(visit.id)}
              >
                {t('visitOpen')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
