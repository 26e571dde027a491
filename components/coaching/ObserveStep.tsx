import { useId } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import type { VisitRecord } from '../../utils/model/records';
import { focusLines } from './labels';
import { ObservationNotes } from './ObservationNotes';
import { TallyTable } from './TallyTable';
import type { useVisitUpdate } from './use-visit-update';
import { VisitTimer } from './VisitTimer';

/**
 * During the visit: only the agreed focus, the timer, quick timestamped
 * notes, and the tally table when counting was agreed. Nothing else of the
 * visit is shown, so the coach keeps to what the colleague asked for.
 */
export function ObserveStep(props: {
  visit: VisitRecord;
  update: ReturnType<typeof useVisitUpdate>['update'];
  now?: () => number;
}) {
  const { t } = useI18n();
  const id = useId();
  const focus = focusLines(props.visit, t);
  const counting =
    (props.visit.methods ?? []).includes('tables') || (props.visit.tally ?? []).length > 0;
  return (
    <section class="visit-step visit-observe" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('visitStepObserve')}</h3>
      <p class="hint">{t('observeIntro')}</p>
      <section class="agreed-focus" aria-labelledby={`${id}-focus`}>
        <h4 id={`${id}-focus`}>{t('observeFocusHeading')}</h4>
        {focus.length === 0 ? (
          <p class="hint">{t('observeNoFocus')}</p>
        ) : (
          <ul>
            {focus.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </section>
      <VisitTimer now={props.now} />
      <ObservationNotes visit={props.visit} update={props.update} now={props.now} />
      {counting && <TallyTable visit={props.visit} update={props.update} />}
    </section>
  );
}
