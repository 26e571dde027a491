import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { MAX_TEMPLATE_TEXT_LENGTH } from '../../utils/feedback/bank-transfer';
import { LEVEL_LABELS, QUESTION_LABELS } from '../../utils/feedback/labels';
import {
  checkTemplateInput,
  cleanTemplateText,
  formatTags,
  parseTags,
} from '../../utils/feedback/template-input';
import { useI18n } from '../../utils/i18n/context';
import type { MessageKey, MessageParams } from '../../utils/i18n/index';
import {
  FEEDBACK_LEVELS,
  FEEDBACK_QUESTIONS,
  type FeedbackLevel,
  type FeedbackQuestion,
} from '../../utils/model/feedback';
import type { TemplateRecord } from '../../utils/model/records';
import { LabelledSelect } from '../ui/LabelledSelect';

/** What the editor hands over: cleaned and checked against the template file's limits. */
export interface TemplateDraft {
  question: FeedbackQuestion;
  level: FeedbackLevel;
  text: string;
  tags: string[];
}

/**
 * Writes a new template or changes one: question, level, text and tags.
 * The text and tags are checked with the limits of the shared template file,
 * so whatever is saved here can be exported. A failed save keeps everything
 * typed and says why.
 */
export function TemplateEditor(props: {
  heading: string;
  /** The template being changed; absent for a new one. */
  template?: TemplateRecord;
  /** Question and level a new template starts with. */
  initial?: { question: FeedbackQuestion; level: FeedbackLevel };
  onSave(draft: TemplateDraft): Promise<void>;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const { template } = props;
  const [question, setQuestion] = useState<FeedbackQuestion>(
    template?.question ?? props.initial?.question ?? 'feedBack',
  );
  const [level, setLevel] = useState<FeedbackLevel>(
    template?.level ?? props.initial?.level ?? 'task',
  );
  const [text, setText] = useState(template?.text ?? '');
  const [tags, setTags] = useState(formatTags(template?.tags ?? []));
  // Kept as a key, so the message follows a change of interface language.
  const [problem, setProblem] = useState<{
    key: MessageKey;
    params?: MessageParams;
    field: 'text' | 'tags' | null;
  } | null>(null);
  const [saving, setSaving] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const tagsRef = useRef<HTMLInputElement>(null);

  useEffect(() => textRef.current?.focus(), []);

  const save = async () => {
    if (saving) return;
    const draft: TemplateDraft = {
      question,
      level,
      text: cleanTemplateText(text),
      tags: parseTags(tags),
    };
    const invalid = checkTemplateInput(draft.text, draft.tags);
    if (invalid) {
      setProblem(invalid);
      (invalid.field === 'tags' ? tagsRef : textRef).current?.focus();
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      await props.onSave(draft);
    } catch (failure) {
      setProblem({ key: 'contextSaveFailed', params: { reason: String(failure) }, field: null });
      setSaving(false);
    }
  };

  const errorId = `${id}-error`;
  return (
    <form
      class="template-editor feedback-item"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void save();
        }
      }}
    >
      <h3 id={`${id}-heading`}>{props.heading}</h3>
      {template?.builtIn && <p class="hint">{t('bankEditBuiltInNote')}</p>}
      <div class="field-row">
        <LabelledSelect<FeedbackQuestion>
          label={t('composerQuestionLabel')}
          value={question}
          onChange={setQuestion}
          options={FEEDBACK_QUESTIONS.map((value) => ({ value, label: t(QUESTION_LABELS[value]) }))}
        />
        <LabelledSelect<FeedbackLevel>
          label={t('composerLevelLabel')}
          value={level}
          onChange={setLevel}
          options={FEEDBACK_LEVELS.map((value) => ({ value, label: t(LEVEL_LABELS[value]) }))}
        />
      </div>
      <div class="field">
        <label for={`${id}-text`}>{t('bankTemplateText')}</label>
        <textarea
          id={`${id}-text`}
          ref={textRef}
          rows={3}
          maxLength={MAX_TEMPLATE_TEXT_LENGTH}
          value={text}
          aria-invalid={problem?.field === 'text' ? 'true' : undefined}
          aria-describedby={problem?.field === 'text' ? errorId : undefined}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={`${id}-tags`}>{t('bankTags')}</label>
        <input
          id={`${id}-tags`}
          ref={tagsRef}
          type="text"
          autocomplete="off"
          value={tags}
          aria-invalid={problem?.field === 'tags' ? 'true' : undefined}
          aria-describedby={problem?.field === 'tags' ? errorId : undefined}
          onInput={(event) => setTags(event.currentTarget.value)}
        />
      </div>
      {problem && (
        <p id={errorId} class="warning" role="alert">
          {t(problem.key, problem.params)}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {t('actionSave')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('actionCancel')}
        </button>
      </div>
    </form>
  );
}
