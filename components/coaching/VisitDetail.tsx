import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import type { VisitRecord } from '../../utils/model/records';
import { PanelTabs } from '../ui/Tabs';
import { FollowUpStep } from './FollowUpStep';
import { HandOverStep } from './HandOverStep';
import { NextVisitStep } from './NextVisitStep';
import { ObserveStep } from './ObserveStep';
import { PrepareStep } from './PrepareStep';
import { useVisitUpdate } from './use-visit-update';
import { VisitPrint } from './VisitPrint';

/** The views of one visit, in the order the model goes through them. */
export type VisitStep = 'prepare' | 'observe' | 'followUp' | 'next' | 'handOver';

/**
 * One visit, its views as tabs in the model's order: preparation, during
 * the visit, follow-up, next visit, hand-over; plus its print layout.
 * Opening a visit puts the keyboard on its heading.
 */
export function VisitDetail(props: {
  visit: VisitRecord;
  step: VisitStep;
  onStep(step: VisitStep): void;
  onBack(): void;
  onOpen(visitId: string): void;
  now?: () => number;
}) {
  const { t } = useI18n();
  const { visit } = props;
  const { update, failure } = useVisitUpdate(visit.id);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [visit.id]);
  return (
    <div class="coaching visit-detail">
      <div class="actions no-print">
        <button type="button" onClick={props.onBack}>
          {t('visitBack')}
        </button>
      </div>
      <h2 ref={heading} tabIndex={-1} class="no-print">
        {t('visitHeading', {
          visited: visit.visitedColleague,
          coach: visit.coach,
          number: visit.meetingNumber,
        })}
      </h2>
      {failure && (
        <p class="warning" role="alert">
          {failure}
        </p>
      )}
      <div class="no-print">
        <PanelTabs<VisitStep>
          label={t('visitStepsLabel')}
          selected={props.step}
          onSelect={props.onStep}
          tabs={[
            {
              key: 'prepare',
              label: t('visitStepPrepare'),
              content: <PrepareStep visit={visit} update={update} />,
            },
            {
              key: 'observe',
              label: t('visitStepObserve'),
              content: <ObserveStep visit={visit} update={update} now={props.now} />,
            },
            {
              key: 'followUp',
              label: t('visitStepFollowUp'),
              content: <FollowUpStep visit={visit} update={update} />,
            },
            {
              key: 'next',
              label: t('visitStepNext'),
              content: <NextVisitStep visit={visit} update={update} onOpen={props.onOpen} />,
            },
            {
              key: 'handOver',
              label: t('visitStepHandOver'),
              content: <HandOverStep visit={visit} />,
            },
          ]}
        />
      </div>
      <VisitPrint visit={visit} />
    </div>
  );
}
