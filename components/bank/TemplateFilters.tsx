import { LEVEL_LABELS, QUESTION_LABELS } from '../../utils/feedback/labels';
import { useI18n } from '../../utils/i18n/context';
import {
  FEEDBACK_LEVELS,
  FEEDBACK_QUESTIONS,
  type FeedbackLevel,
  type FeedbackQuestion,
} from '../../utils/model/feedback';
import { LabelledSelect } from '../ui/LabelledSelect';

/** The question filter's choice: one feedback question, or all of them. */
export type QuestionFilter = FeedbackQuestion | 'all';
/** The level filter's choice: one feedback level, or all of them. */
export type LevelFilter = FeedbackLevel | 'all';

/** What the two filters ask of a bank search: 'all' asks for nothing. */
export function filterQuery(
  question: QuestionFilter,
  level: LevelFilter,
): { question: FeedbackQuestion | undefined; level: FeedbackLevel | undefined } {
  return {
    question: question === 'all' ? undefined : question,
    level: level === 'all' ? undefined : level,
  };
}

/**
 * The comment bank's question and level filters, side by side, "all" first.
 * One component for the picker beside the composer and the bank's own list,
 * so the two filter with the same choices in the same words; the caller keeps
 * the chosen values (each starts them differently) and hears of every change.
 */
export function TemplateFilters(props: {
  question: QuestionFilter;
  level: LevelFilter;
  onQuestion(question: QuestionFilter): void;
  onLevel(level: LevelFilter): void;
}) {
  const { t } = useI18n();
  return (
    <div class="field-row">
      <LabelledSelect<QuestionFilter>
        label={t('pickerQuestionFilter')}
        value={props.question}
        onChange={props.onQuestion}
        options={[
          { value: 'all', label: t('pickerAll') },
          ...FEEDBACK_QUESTIONS.map((value) => ({ value, label: t(QUESTION_LABELS[value]) })),
        ]}
      />
      <LabelledSelect<LevelFilter>
        label={t('pickerLevelFilter')}
        value={props.level}
        onChange={props.onLevel}
        options={[
          { value: 'all', label: t('pickerAll') },
          ...FEEDBACK_LEVELS.map((value) => ({ value, label: t(LEVEL_LABELS[value]) })),
        ]}
      />
    </div>
  );
}
