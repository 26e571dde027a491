import { useEffect, useRef, useState } from 'preact/hooks';
import { OUTCOME_LABELS } from '../../utils/feedback/labels';
import { useI18n } from '../../utils/i18n/context';
import { formatDay } from '../../utils/i18n/index';
import { MAX_OUTCOME_NOTE, OUTCOME_KINDS, type OutcomeKind } from '../../utils/model/outcome';
import type { FeedbackItemRecord } from '../../utils/model/records';
import { useFeedbackActions } from '../../utils/panel/services/feedback-actions';

/** An item gets outcome controls only if it gave a next step to act on. */
const hasFeedForward = (item: FeedbackItemRecord) =>
  item.parts.some((part) => part.question === 'feedForward');

/**
 * What came of an item's feed-forward, recorded in one click: three toggle
 * buttons (pressing the chosen one again takes it back), then an optional
 * short note saved on Enter or when the field is left. The outcome and its
 * date are shown as text; the note is stored text, rendered as text.
 */
export function OutcomeControls(props: { item: FeedbackItemRecord }) {
  const { t, locale } = useI18n();
  const actions = useFeedbackActions();
  const { item } = props;
  const { outcome } = item;
  const [editingNote, setEditingNote] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const noteField = useRef<HTMLInputElement>(null);
  const noteButton = useRef<HTMLButtonElement>(null);
  // Enter saves and closes the field, which then blurs: save once.
  const noteSaved = useRef(false);
  // Closed from the keyboard: the keyboard goes back to the note button.
  const returnFocus = useRef(false);

  useEffect(() => {
    if (editingNote) noteField.current?.focus();
    else if (returnFocus.current) noteButton.current?.focus();
    returnFocus.current = false;
  }, [editingNote]);

  if (!hasFeedForward(item)) return null;

  const record = async (kind: OutcomeKind | null, note = outcome?.note) => {
    setFailure(null);
    try {
      await actions.recordOutcome(item, kind ? { kind, note: note || undefined } : null);
    } catch (error) {
      setFailure(String(error));
    }
  };

  const closeNote = (fromKeyboard: boolean) => {
    noteSaved.current = true;
    returnFocus.current = fromKeyboard;
    setEditingNote(false);
  };

  const saveNote = async (field: HTMLInputElement, fromKeyboard: boolean) => {
    if (noteSaved.current || !outcome) return;
    closeNote(fromKeyboard);
    await record(outcome.kind, field.value.trim());
  };

  return (
    <fieldset class="outcome" data-testid="outcome">
      <legend class="outcome-label">{t('outcomeGroup')}</legend>
      <div class="outcome-kinds">
        {OUTCOME_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            aria-pressed={outcome?.kind === kind}
            onClick={() => void record(outcome?.kind === kind ? null : kind)}
          >
            {t(OUTCOME_LABELS[kind])}
          </button>
        ))}
        {outcome && !editingNote && (
          <button
            ref={noteButton}
            type="button"
            onClick={() => {
              noteSaved.current = false;
              setEditingNote(true);
            }}
          >
            {outcome.note ? t('outcomeEditNote') : t('outcomeAddNote')}
          </button>
        )}
      </div>
      {outcome && editingNote && (
        <input
          ref={noteField}
          type="text"
          class="outcome-note-field"
          aria-label={t('outcomeNoteLabel')}
          maxLength={MAX_OUTCOME_NOTE}
          defaultValue={outcome.note ?? ''}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void saveNote(event.currentTarget, true);
            } else if (event.key === 'Escape') {
              event.preventDefault();
              closeNote(true);
            }
          }}
          onBlur={(event) => void saveNote(event.currentTarget, false)}
        />
      )}
      <p role="status" class="outcome-recorded hint" data-testid="outcome-recorded">
        {outcome &&
          t('outcomeRecorded', {
            outcome: t(OUTCOME_LABELS[outcome.kind]),
            date: formatDay(outcome.at, locale),
          })}
      </p>
      {outcome?.note && (
        <p class="outcome-note" data-testid="outcome-note">
          {outcome.note}
        </p>
      )}
      {failure !== null && (
        <p class="warning" role="alert">
          {t('outcomeSaveFailed', { reason: failure })}
        </p>
      )}
    </fieldset>
  );
}
