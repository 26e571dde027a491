import { useId, useRef, useState } from 'preact/hooks';
import { newLocalId } from '../../utils/coaching/ids';
import { useI18n } from '../../utils/i18n/context';
import { formatDateTime, formatTime } from '../../utils/i18n/index';
import type { VisitRecord } from '../../utils/model/records';
import { OBSERVATION_KINDS, type Observation, type ObservationKind } from '../../utils/model/visit';
import { KIND_LABELS } from './labels';
import type { useVisitUpdate } from './use-visit-update';

/**
 * Quick notes during the visit: pick keyword, question or reflection, type,
 * press Enter or Add; each note keeps its time. The newest note is on top,
 * and the field stays ready for the next one.
 */
export function ObservationNotes(props: {
  visit: VisitRecord;
  update: ReturnType<typeof useVisitUpdate>['update'];
  now?: () => number;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [kind, setKind] = useState<ObservationKind>('keyword');
  const [text, setText] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const notes = [...(props.visit.observations ?? [])].sort((a, b) => b.at - a.at);
  const add = () => {
    const note = text.trim();
    if (!note) return;
    const observation: Observation = {
      id: newLocalId(),
      at: (props.now ?? Date.now)(),
      kind,
      text: note,
    };
    void props.update((stored) => ({
      observations: [...(stored.observations ?? []), observation],
    }));
    setText('');
    field.current?.focus();
  };
  return (
    <section class="observations" aria-labelledby={`${id}-heading`}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <fieldset class="kind-choice">
          <legend>{t('observeKindLegend')}</legend>
          {OBSERVATION_KINDS.map((option) => (
            <label key={option} class="kind-option">
              <input
                type="radio"
                name={`${id}-kind`}
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
              />{' '}
              {t(KIND_LABELS[option])}
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for={`${id}-note`}>{t('observeNoteLabel')}</label>
          <input
            id={`${id}-note`}
            ref={field}
            type="text"
            autoComplete="off"
            value={text}
            onInput={(event) => setText(event.currentTarget.value)}
          />
        </div>
        <div class="actions">
          <button type="submit">{t('observeAdd')}</button>
        </div>
      </form>
      <h4 id={`${id}-heading`}>{t('observeNotesHeading')}</h4>
      {notes.length === 0 ? (
        <p class="hint">{t('observeNoNotes')}</p>
      ) : (
        <ul class="observation-list">
          {notes.map((note) => (
            <li key={note.id} class={`observation observation-${note.kind}`}>
              <span class="observation-meta">
                <time
                  dateTime={new Date(note.at).toISOString()}
                  title={formatDateTime(note.at, locale)}
                >
                  {formatTime(note.at, locale)}
                </time>{' '}
                · {t(KIND_LABELS[note.kind])}
              </span>
              <span class="observation-text">{note.text}</span>
              <button
                type="button"
                class="link"
                aria-label={t('observeDeleteNote', { time: formatTime(note.at, locale) })}
                onClick={() =>
                  void props.update((stored) => ({
                    observations: (stored.observations ?? []).filter(
                      (candidate) => candidate.id !== note.id,
                    ),
                  }))
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
