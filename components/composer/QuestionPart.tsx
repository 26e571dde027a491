import type { Ref } from 'preact';
import type { ComposerAction, DraftPart, WorkLevel } from '../../utils/feedback/composer';
import { LEVEL_LABELS, QUESTION_HINTS, QUESTION_LABELS } from '../../utils/feedback/labels';
import type { TagSuggestion } from '../../utils/feedback/suggest';
import { useI18n } from '../../utils/i18n/context';
import type { FeedbackQuestion } from '../../utils/model/feedback';
import type { SuccessCriterion } from '../../utils/model/records';
import { LabelledSelect } from '../ui/LabelledSelect';
import { ComposerField } from './ComposerField';
import type { TextMark } from './PlaceholderTextarea';
import { TagHint } from './TagHint';

const WORK_LEVELS: WorkLevel[] = ['task', 'process', 'selfRegulation'];

/**
 * The answer to one feedback question: its text, its level, for the feed-up
 * part the success criterion it aims at, and what the text reads like when
 * that differs. Every change is handed up as a composer action, so the
 * text rules live in the reducer and not in the layout.
 */
export function QuestionPart(props: {
  question: FeedbackQuestion;
  part: DraftPart;
  /** The assignment's success criteria (linking one is offered on the feed-up part). */
  criteria: readonly SuccessCriterion[];
  marks: readonly TextMark[];
  suggestion: TagSuggestion | null;
  textareaRef: Ref<HTMLTextAreaElement>;
  onChange(action: ComposerAction): void;
  onLinkCriterion(criterionId: string | undefined): void;
  onFocus(): void;
  onSaveAsTemplate(): Promise<void>;
}) {
  const { t } = useI18n();
  const { question, part, criteria, onChange } = props;
  return (
    <ComposerField
      class={`question-${question}`}
      heading={t(QUESTION_LABELS[question])}
      hint={t(QUESTION_HINTS[question])}
      text={part.text}
      textareaRef={props.textareaRef}
      marks={props.marks}
      onText={(text) => onChange({ type: 'setText', target: question, text })}
      onFocus={props.onFocus}
      onSaveAsTemplate={props.onSaveAsTemplate}
    >
      <div class="field-row">
        <LabelledSelect<WorkLevel>
          label={t('composerLevelLabel')}
          value={part.level}
          onChange={(level) => onChange({ type: 'setLevel', question, level })}
          hint={part.levelChosenBy === 'template' ? t('composerLevelFromTemplate') : undefined}
          options={WORK_LEVELS.map((value) => ({ value, label: t(LEVEL_LABELS[value]) }))}
        />
        {question === 'feedUp' &&
          (criteria.length > 0 ? (
            <LabelledSelect<string>
              label={t('composerCriterion')}
              value={part.criterionId ?? ''}
              onChange={(value) => props.onLinkCriterion(value === '' ? undefined : value)}
              options={[
                { value: '', label: t('composerNoCriterion') },
                ...criteria.map((criterion) => ({ value: criterion.id, label: criterion.text })),
              ]}
            />
          ) : (
            <p class="hint">{t('composerCriterionNeedsAssignment')}</p>
          ))}
      </div>
      <TagHint
        question={question}
        level={part.level}
        levelChosenByTeacher={part.levelChosenBy === 'teacher'}
        suggestion={props.suggestion}
        onMove={(to) => onChange({ type: 'movePart', from: question, to })}
        onUseLevel={(level) => onChange({ type: 'setLevel', question, level })}
      />
    </ComposerField>
  );
}
