import { useId, useState } from 'preact/hooks';
import { fromDateTimeInput, toDateTimeInput } from '../../utils/coaching/date-time-input';
import { nextMeetingNumber, rememberedNames } from '../../utils/coaching/pairs';
import { useI18n } from '../../utils/i18n/context';
import type { VisitRecord } from '../../utils/model/records';
import { useAppServices } from '../../utils/panel/services/context';
import { VisitField } from './VisitField';

/**
 * Writing down a visit: school, date and time, who is visited and who
 * coaches, picked from names used before. The pair's meeting number is
 * counted, not typed, and shown before the visit is saved.
 */
export function NewVisitForm(props: {
  visits: readonly VisitRecord[];
  now?: () => number;
  onCreated(visitId: string): void;
}) {
  const { t } = useI18n();
  const { repos } = useAppServices();
  const id = useId();
  const remembered = rememberedNames(props.visits);
  // Until the teacher types one, the school is the first remembered (visits may load after the form).
  const [typedSchool, setSchool] = useState<string | null>(null);
  const school = typedSchool ?? remembered.schools[0] ?? '';
  const [at, setAt] = useState(() => toDateTimeInput((props.now ?? Date.now)()));
  const [visited, setVisited] = useState('');
  const [coach, setCoach] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const when = fromDateTimeInput(at);
  const complete = school.trim() && visited.trim() && coach.trim() && when !== undefined;
  const create = async () => {
    if (!complete || when === undefined) {
      setMessage(t('visitMissingFields'));
      return;
    }
    try {
      const visit = await repos.visits.create({
        school: school.trim(),
        at: when,
        visitedColleague: visited.trim(),
        coach: coach.trim(),
      });
      setMessage(null);
      setVisited('');
      setCoach('');
      props.onCreated(visit.id);
    } catch (error) {
      setMessage(t('visitSaveFailed', { reason: String(error) }));
    }
  };
  return (
    <section class="new-visit" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('visitsNewHeading')}</h3>
      <datalist id={`${id}-colleagues`}>
        {remembered.colleagues.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <datalist id={`${id}-schools`}>
        {remembered.schools.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <div class="field-row">
          <VisitField
            type="text"
            label={t('visitSchool')}
            value={school}
            list={`${id}-schools`}
            onInput={setSchool}
          />
          <VisitField type="datetime-local" label={t('visitDateTime')} value={at} onInput={setAt} />
        </div>
        <div class="field-row">
          <VisitField
            type="text"
            label={t('visitVisited')}
            value={visited}
            list={`${id}-colleagues`}
            onInput={setVisited}
          />
          <VisitField
            type="text"
            label={t('visitCoach')}
            value={coach}
            list={`${id}-colleagues`}
            onInput={setCoach}
          />
        </div>
        {visited.trim() && coach.trim() && (
          <p class="hint">
            {t('visitNextNumber', { number: nextMeetingNumber(props.visits, visited, coach) })}
          </p>
        )}
        <div class="actions">
          <button type="submit">{t('visitCreate')}</button>
        </div>
        {message && (
          <p class="warning" role="alert">
            {message}
          </p>
        )}
      </form>
    </section>
  );
}
