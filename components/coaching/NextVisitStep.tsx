import { useId, useState } from 'preact/hooks';
import { fromDateTimeInput, toDateTimeInput } from '../../utils/coaching/date-time-input';
import { planNextVisit } from '../../utils/coaching/follow-up';
import { useI18n } from '../../utils/i18n/context';
import type { VisitRecord } from '../../utils/model/records';
import { useAppServices } from '../../utils/panel/services/context';
import type { useVisitUpdate } from './use-visit-update';
import { VisitField } from './VisitField';

/** About a month on, as the model suggests: four weeks after this visit. */
const FOUR_WEEKS_MS = 28 * 24 * 3_600_000;

/**
 * Planning the next visit of the same pair: when, and (by default) with the
 * roles swapped, since the colleagues take turns. The new visit gets the
 * pair's next meeting number and can be opened at once.
 */
export function NextVisitStep(props: {
  visit: VisitRecord;
  update: ReturnType<typeof useVisitUpdate>['update'];
  onOpen(visitId: string): void;
}) {
  const { t } = useI18n();
  const { repos } = useAppServices();
  const id = useId();
  const { visit } = props;
  const [at, setAt] = useState(toDateTimeInput(visit.nextVisitAt ?? visit.at + FOUR_WEEKS_MS));
  const [swap, setSwap] = useState(true);
  const [planned, setPlanned] = useState<VisitRecord | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const when = fromDateTimeInput(at);
  const plan = async () => {
    if (when === undefined) return;
    try {
      const next = await repos.visits.create(planNextVisit(visit, when, swap));
      await props.update({ nextVisitAt: when });
      setPlanned(next);
      setFailure(null);
    } catch (error) {
      setFailure(t('visitSaveFailed', { reason: String(error) }));
    }
  };
  return (
    <section class="visit-step" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('visitStepNext')}</h3>
      <p class="hint">{t('nextIntro')}</p>
      <VisitField type="datetime-local" label={t('nextAtLabel')} value={at} onInput={setAt} />
      <label class="checkbox-option">
        <input
          type="checkbox"
          checked={swap}
          onChange={(event) => setSwap(event.currentTarget.checked)}
        />{' '}
        {t('nextSwapLabel', { coach: visit.coach, visited: visit.visitedColleague })}
      </label>
      <div class="actions">
        <button type="button" disabled={when === undefined} onClick={() => void plan()}>
          {t('nextCreate')}
        </button>
      </div>
      <div role="status">
        {planned && (
          <p class="status">
            {t('nextCreated', {
              number: planned.meetingNumber,
              visited: planned.visitedColleague,
              coach: planned.coach,
            })}{' '}
            <button type="button" class="link" onClick={() => props.onOpen(planned.id)}>
              {t('nextOpen')}
            </button>
          </p>
        )}
      </div>
      {failure && (
        <p class="warning" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}
