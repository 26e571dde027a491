import { useId } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import { formatDate } from '../../utils/i18n/index';
import type { VisitRecord } from '../../utils/model/records';
import { VISIT_FOCUS_EXAMPLES, VISIT_METHODS } from '../../utils/model/visit';
import { fromDateInput, toDateInput } from '../../utils/text/date-input';
import { CheckboxGroup } from './CheckboxGroup';
import { FOCUS_LABELS, METHOD_LABELS } from './labels';
import { SavedTextArea } from './SavedTextArea';
import type { useVisitUpdate } from './use-visit-update';

/**
 * The short meeting before the visit: the visited colleague says what to
 * look at (in their words and by picking concrete examples), how it is to
 * be documented, and when and how to follow up. The follow-up date marks
 * the visit as due in the list from that day.
 */
export function PrepareStep(props: {
  visit: VisitRecord;
  update: ReturnType<typeof useVisitUpdate>['update'];
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const { visit, update } = props;
  return (
    <section class="visit-step" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('visitStepPrepare')}</h3>
      <p class="hint">{t('prepareIntro')}</p>
      <SavedTextArea
        label={t('prepareFocusLabel')}
        value={visit.focus}
        onSave={(focus) => void update({ focus })}
      />
      <CheckboxGroup
        legend={t('prepareExamplesLegend')}
        options={VISIT_FOCUS_EXAMPLES.map((key) => ({ key, label: t(FOCUS_LABELS[key]) }))}
        chosen={visit.focusExamples ?? []}
        onChange={(focusExamples) => void update({ focusExamples })}
      />
      <CheckboxGroup
        legend={t('prepareMethodsLegend')}
        hint={t('prepareMethodsHint')}
        options={VISIT_METHODS.map((key) => ({ key, label: t(METHOD_LABELS[key]) }))}
        chosen={visit.methods ?? []}
        onChange={(methods) => void update({ methods })}
      />
      <SavedTextArea
        label={t('prepareDocumentationLabel')}
        value={visit.documentation}
        rows={2}
        onSave={(documentation) => void update({ documentation })}
      />
      <div class="field">
        <label for={`${id}-follow-up-at`}>{t('prepareFollowUpAtLabel')}</label>
        <input
          id={`${id}-follow-up-at`}
          type="date"
          value={toDateInput(visit.followUpAt)}
          onChange={(event) =>
            void update({ followUpAt: fromDateInput(event.currentTarget.value) })
          }
        />
      </div>
      {visit.followUpAt !== undefined && (
        <p class="hint">
          {t('prepareFollowUpReminder', { date: formatDate(visit.followUpAt, locale) })}
        </p>
      )}
      <SavedTextArea
        label={t('prepareFollowUpHowLabel')}
        value={visit.followUpHow ?? ''}
        rows={2}
        onSave={(followUpHow) => void update({ followUpHow })}
      />
    </section>
  );
}
