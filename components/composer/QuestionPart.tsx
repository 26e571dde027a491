import type { ComponentChildren, Ref } from 'preact';
import type { ComposerAction, DraftPart } from '../../utils/feedback/composer';
import { QUESTION_HINTS, QUESTION_LABELS } from '../../utils/feedback/labels';
import type { TagSuggestion } from '../../utils/feedback/suggest';
import { useI18n } from '../../utils/i18n/context';
import type { FeedbackQuestion } from '../../utils/model/feedback';
import type { SuccessCriterion } from '../../utils/model/records';
import { LabelledSelect } from '../ui/LabelledSelect';
import { ComposerField } from './ComposerField';
import { LevelChips } from './LevelChips';
import type { TextMark } from './PlaceholderTextarea';
import { TagHint } from './TagHint';

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
  /** The comment bank's list, while it is open at this part. */
  bank?: ComponentChildren;
  onOpenBank(): void;
  onChange(action: ComposerAction): void;
  onLinkCriterion(criterionId: string | undefined): void;
  onFocus(): void;
  onSaveAsTemplate(): Promise<void>;
}) {
  const { t } = useI18n();
  const { question, part, criteria, onChange } = props;
  const heading = t(QUESTION_LABELS[question]);
  return (
    <ComposerField
      class={`question-${question}`}
      heading={heading}
      hint={t(QUESTION_HINTS[question])}
      text={part.text}
      textareaRef={props.textareaRef}
      marks={props.marks}
      bank={props.bank}
      onOpenBank={props.onOpenBank}
      onText={(text) => onChange({ type: 'setText', target: question, text })}
      onFocus={props.onFocus}
      onSaveAsTemplate={props.onSaveAsTemplate}
      titleControls={
        <LevelChips
          label={`${t('levelChoice')}: ${heading}`}
          value={part.level}
          fromTemplate={part.levelChosenBy === 'template'}
          onChange={(level) => onChange({ type: 'setLevel', question, level })}
        />
      }
      footer={
        <>
          {question === 'feedUp' && criteria.length === 0 && (
            <p class="hint criterion-hint">{t('composerCriterionNeedsAssignment')}</p>
          )}
          <TagHint
            question={question}
            level={part.level}
            levelChosenByTeacher={part.levelChosenBy === 'teacher'}
            suggestion={props.suggestion}
            onMove={(to) => onChange({ type: 'movePart', from: question, to })}
            onUseLevel={(level) => onChange({ type: 'setLevel', question, level })}
          />
        </>
      }
    >
      {question === 'feedUp' && criteria.length > 0 && (
        <LabelledSelect<string>
          class="criterion-link"
          label={t('composerCriterion')}
          value={part.criterionId ?? ''}
          onChange={(value) => props.onLinkCriterion(value === '' ? undefined : value)}
          options={[
            { value: '', label: t('composerNoCriterion') },
            ...criteria.map((criterion) => ({ value: criterion.id, label: criterion.text })),
          ]}
        />
      )}
    </ComposerField>
  );
}
