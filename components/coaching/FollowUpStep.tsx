import { useId } from 'preact/hooks';
import { coachReflectionUnlocked } from '../../utils/coaching/follow-up';
import { useI18n } from '../../utils/i18n/context';
import type { VisitRecord } from '../../utils/model/records';
import { FOLLOW_UP_QUESTIONS } from '../../utils/model/visit';
import { focusLines, QUESTION_LABELS } from './labels';
import { SavedTextArea } from './SavedTextArea';
import type { useVisitUpdate } from './use-visit-update';
import { WordingCheck } from './WordingCheck';

/**
 * The follow-up conversation: the six open questions in order, each with
 * the answer the coach notes down; then the coach's own reflection, which
 * stays closed until the colleague has answered the first question, because
 * the model lets the colleague reflect before hearing the coach.
 */
export function FollowUpStep(props: {
  visit: VisitRecord;
  update: ReturnType<typeof useVisitUpdate>['update'];
}) {
  const { t } = useI18n();
  const id = useId();
  const { visit, update } = props;
  const focus = focusLines(visit, t).join('; ') || t('followUpFocusFallback');
  const unlocked = coachReflectionUnlocked(visit);
  return (
    <section class="visit-step" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('visitStepFollowUp')}</h3>
      <p class="hint">{t('followUpIntro')}</p>
      <ol class="follow-up-questions">
        {FOLLOW_UP_QUESTIONS.map((question) => (
          <li key={question}>
            <SavedTextArea
              label={t(QUESTION_LABELS[question], { focus })}
              value={visit.followUp[question] ?? ''}
              onSave={(answer) =>
                void update((stored) => ({ followUp: { ...stored.followUp, [question]: answer } }))
              }
            />
          </li>
        ))}
      </ol>
      <SavedTextArea
        label={t('coachReflectionLabel')}
        value={visit.coachReflection ?? ''}
        disabled={!unlocked}
        hint={unlocked ? t('coachReflectionHint') : t('coachReflectionLocked')}
        rows={4}
        onSave={(coachReflection) => void update({ coachReflection })}
      />
      <WordingCheck
        texts={[
          ...(visit.observations ?? []).map((observation) => observation.text),
          visit.coachReflection ?? '',
        ]}
      />
      <p>{t('followUpThanks')}</p>
    </section>
  );
}
