import { useEffect, useId, useState } from 'preact/hooks';
import { visitToObserve } from '../../utils/coaching/follow-up';
import { useI18n } from '../../utils/i18n/context';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useAppServices } from '../../utils/panel/services/context';
import { NewVisitForm } from './NewVisitForm';
import { StaffQuestions } from './StaffQuestions';
import { VisitDetail, type VisitStep } from './VisitDetail';
import { VisitImport } from './VisitImport';
import { VisitList } from './VisitList';

/**
 * The dashboard's co-coaching visits: the list, a new visit, a colleague's
 * hand-over to import and the questions for the staff meeting; or one
 * visit's views. `observe` (the panel's "Visit notes" link) opens the visit
 * under way straight at the note-taking view.
 */
export function VisitsView(props: { observe?: boolean; now?: () => number }) {
  const { repos } = useAppServices();
  const { t } = useI18n();
  const id = useId();
  const visits = useLiveQuery(() => repos.visits.all(), [repos]).data;
  const [open, setOpen] = useState<{ id: string; step: VisitStep } | null>(null);
  const [observeHandled, setObserveHandled] = useState(!props.observe);
  const now = props.now ?? Date.now;

  useEffect(() => {
    if (observeHandled || !visits) return;
    setObserveHandled(true);
    const current = visitToObserve(visits, now());
    if (current) setOpen({ id: current.id, step: 'observe' });
  }, [visits, observeHandled]);

  const visit = open && visits?.find((candidate) => candidate.id === open.id);
  if (open && visit) {
    return (
      <VisitDetail
        visit={visit}
        step={open.step}
        onStep={(step) => setOpen({ id: visit.id, step })}
        onBack={() => setOpen(null)}
        onOpen={(visitId) => setOpen({ id: visitId, step: 'prepare' })}
        now={props.now}
      />
    );
  }
  return (
    <section class="coaching visits" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('visitsHeading')}</h2>
      <p class="visits-intro">{t('visitsIntro')}</p>
      <NewVisitForm
        visits={visits ?? []}
        now={props.now}
        onCreated={(visitId) => setOpen({ id: visitId, step: 'prepare' })}
      />
      <VisitList
        visits={visits ?? []}
        now={now()}
        onOpen={(visitId) => setOpen({ id: visitId, step: 'prepare' })}
      />
      <VisitImport onImported={(visitId) => setOpen({ id: visitId, step: 'followUp' })} />
      <StaffQuestions visits={visits ?? []} />
    </section>
  );
}
