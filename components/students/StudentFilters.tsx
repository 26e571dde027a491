import { OUTCOME_LABELS } from '../../utils/feedback/labels';
import { NO_OUTCOME, type StudentFeedbackFilters } from '../../utils/feedback/student-filters';
import { useI18n } from '../../utils/i18n/context';
import { OUTCOME_KINDS } from '../../utils/model/outcome';
import type { AssignmentRecord } from '../../utils/model/records';
import { TemplateFilters } from '../bank/TemplateFilters';
import { LabelledSelect } from '../ui/LabelledSelect';

/** "All": the filter is not set. */
const ALL = '';

/**
 * The student view's filters: assignment, criterion (of the chosen
 * assignment, or of all the learner's assignments), question and level (the
 * comment bank's own two filters, so they read the same), and outcome.
 */
export function StudentFilters(props: {
  filters: StudentFeedbackFilters;
  /** The assignments of the learner's documents. */
  assignments: readonly AssignmentRecord[];
  onChange(filters: StudentFeedbackFilters): void;
}) {
  const { t } = useI18n();
  const { filters } = props;
  const set = (change: Partial<StudentFeedbackFilters>) =>
    props.onChange({ ...filters, ...change });
  const shownAssignments = filters.assignmentId
    ? props.assignments.filter(({ id }) => id === filters.assignmentId)
    : props.assignments;
  const criteria = shownAssignments.flatMap((assignment) =>
    assignment.criteria.map((criterion) => ({
      value: criterion.id,
      label:
        props.assignments.length > 1 ? `${assignment.title}: ${criterion.text}` : criterion.text,
    })),
  );
  const all = { value: ALL, label: t('pickerAll') };

  return (
    <fieldset class="student-filters">
      <legend>{t('studentFiltersHeading')}</legend>
      <div class="field-row">
        <LabelledSelect
          label={t('studentFilterAssignment')}
          value={filters.assignmentId ?? ALL}
          options={[
            all,
            ...props.assignments.map(({ id, title }) => ({ value: id, label: title })),
          ]}
          onChange={(value) => set({ assignmentId: value || undefined, criterionId: undefined })}
        />
        <LabelledSelect
          label={t('studentFilterCriterion')}
          value={filters.criterionId ?? ALL}
          options={[all, ...criteria]}
          onChange={(value) => set({ criterionId: value || undefined })}
        />
        <LabelledSelect
          label={t('studentFilterOutcome')}
          value={filters.outcome ?? ALL}
          options={[
            all,
            ...OUTCOME_KINDS.map((kind) => ({ value: kind, label: t(OUTCOME_LABELS[kind]) })),
            { value: NO_OUTCOME, label: t('studentItemNoOutcome') },
          ]}
          onChange={(value) =>
            set({ outcome: (value || undefined) as StudentFeedbackFilters['outcome'] })
          }
        />
      </div>
      <TemplateFilters
        question={filters.question ?? 'all'}
        level={filters.level ?? 'all'}
        onQuestion={(question) => set({ question: question === 'all' ? undefined : question })}
        onLevel={(level) => set({ level: level === 'all' ? undefined : level })}
      />
      <button type="button" onClick={() => props.onChange({})}>
        {t('studentFilterClear')}
      </button>
    </fieldset>
  );
}
