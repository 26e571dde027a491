import { useId, useRef, useState } from 'preact/hooks';
import { LEVEL_LABELS, QUESTION_HINTS, QUESTION_LABELS } from '../utils/feedback/labels';
import {
  FEEDBACK_LEVELS,
  FEEDBACK_QUESTIONS,
  type FeedbackLevel,
  type FeedbackQuestion,
} from '../utils/feedback/model';
import { useI18n } from '../utils/i18n/context';
import { LabelledSelect } from './LabelledSelect';

/** What the composer hands over to be saved. */
export interface ComposedFeedback {
  text: string;
  question: FeedbackQuestion;
  level: FeedbackLevel;
}

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string };

/**
 * Writes one feedback text tagged with its feedback question and level. The
 * text is cleared only after the save succeeded, and only if the teacher did
 * not go on typing meanwhile: a failed save keeps every word and says what
 * went wrong.
 */
export function FeedbackComposer(props: { onSave(feedback: ComposedFeedback): Promise<void> }) {
  const { t } = useI18n();
  const textId = useId();
  const [text, setText] = useState('');
  const [question, setQuestion] = useState<FeedbackQuestion>('feedBack');
  const [level, setLevel] = useState<FeedbackLevel>('task');
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  // A ref, not state: a second save in the same tick must already see the first.
  const saving = useRef(false);

  const save = async () => {
    if (saving.current) return;
    const submitted = text;
    if (submitted.trim() === '') {
      setState({ kind: 'error', message: t('composerEmpty') });
      return;
    }
    saving.current = true;
    setState({ kind: 'saving' });
    try {
      await props.onSave({ text: submitted.trim(), question, level });
      setText((current) => (current === submitted ? '' : current));
      setState({ kind: 'saved' });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setState({ kind: 'error', message: t('composerSaveFailed', { reason }) });
    } finally {
      saving.current = false;
    }
  };

  return (
    <section class="composer" aria-labelledby={`${textId}-heading`}>
      <h2 id={`${textId}-heading`}>{t('composerHeading')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div class="field-row">
          <LabelledSelect<FeedbackQuestion>
            label={t('composerQuestionLabel')}
            value={question}
            onChange={setQuestion}
            hint={t(QUESTION_HINTS[question])}
            options={FEEDBACK_QUESTIONS.map((value) => ({
              value,
              label: t(QUESTION_LABELS[value]),
            }))}
          />
          <LabelledSelect<FeedbackLevel>
            label={t('composerLevelLabel')}
            value={level}
            onChange={setLevel}
            options={FEEDBACK_LEVELS.map((value) => ({ value, label: t(LEVEL_LABELS[value]) }))}
          />
        </div>
        <div class="field">
          <label for={textId}>{t('composerTextLabel')}</label>
          <textarea
            id={textId}
            rows={5}
            value={text}
            placeholder={t('composerTextPlaceholder')}
            aria-describedby={`${textId}-shortcut`}
            onInput={(event) => {
              setText(event.currentTarget.value);
              if (state.kind !== 'saving') setState({ kind: 'idle' });
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                void save();
              }
            }}
          />
          <p id={`${textId}-shortcut`} class="hint">
            {t('composerShortcutHint')}
          </p>
        </div>
        <div class="actions">
          <button type="submit" class="primary" disabled={state.kind === 'saving'}>
            {state.kind === 'saving' ? t('composerSaving') : t('composerSave')}
          </button>
          <p class={`status ${state.kind}`} role={state.kind === 'error' ? 'alert' : 'status'}>
            {state.kind === 'saved' && t('composerSaved')}
            {state.kind === 'error' && state.message}
          </p>
        </div>
      </form>
    </section>
  );
}
