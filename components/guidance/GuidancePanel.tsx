import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { GUIDANCE_ROWS, PITFALLS, STAIRCASE_DEFAULTS } from '../../utils/feedback/guidance';
import { useI18n } from '../../utils/i18n/context';
import { useSetting } from '../../utils/panel/hooks/use-setting';
import { useAppServices } from '../../utils/panel/services/context';
import { useDocumentSession } from '../../utils/panel/session/context';

/** Typing pauses this long before a staircase name or a placement is stored. */
const SAVE_DELAY_MS = 400;

/** The golden rules proper; the one pitfall in GUIDANCE_ROWS is listed with the pitfalls. */
const GOLDEN_RULES = GUIDANCE_ROWS.filter((row) => !row.key.startsWith('pitfall'));

/** The stored names as exactly one string per step ('' = the default name). */
function stepNames(stored: readonly unknown[] | undefined): string[] {
  return STAIRCASE_DEFAULTS.map((_, index) => {
    const name = stored?.[index];
    return typeof name === 'string' ? name : '';
  });
}

/**
 * Background to the feedback: the golden rules with what each means, the
 * common pitfalls, and the feedback staircase — its five steps named in the
 * class's own words, and where the current learner places themself today.
 */
export function GuidancePanel() {
  const { t } = useI18n();
  const { repos } = useAppServices();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const fail = (failure: unknown) => setError(t('contextSaveFailed', { reason: String(failure) }));

  // ------------------------------------------------------------ step names
  const stored = useSetting('staircaseLabels');
  /** The names as typed, until they are stored and read back. */
  const [edited, setEdited] = useState<string[] | null>(null);
  const namesTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latestNames = useRef<string[] | null>(null);
  const names = edited ?? stepNames(stored);

  const saveNames = () => {
    clearTimeout(namesTimer.current);
    namesTimer.current = undefined;
    const next = latestNames.current;
    if (!next) return;
    latestNames.current = null;
    repos.settings
      .set('staircaseLabels', next)
      .then(() => setError(null))
      .catch(fail);
  };

  // Stored names changed (our save read back, or another page): show them unless typing is pending.
  useEffect(() => {
    if (namesTimer.current === undefined) setEdited(null);
  }, [stored]);

  const rename = (index: number, name: string) => {
    // Typing not yet rendered (two quick edits) is built on, not lost.
    const next = (latestNames.current ?? names).map((current, i) => (i === index ? name : current));
    setEdited(next);
    latestNames.current = next;
    clearTimeout(namesTimer.current);
    namesTimer.current = setTimeout(saveNames, SAVE_DELAY_MS);
  };

  /** What a step is called: the teacher's name for it, or the default. */
  const stepName = (index: number) => {
    const name = names[index]?.trim();
    const fallback = STAIRCASE_DEFAULTS[index];
    return name || (fallback ? t(fallback) : '');
  };

  // ------------------------------------------------------------ placement
  // The session reads the student live, so a placement shows as soon as it is stored.
  const { student } = useDocumentSession();
  const studentId = student?.id;
  const recorded = student?.staircase?.at(-1)?.step;
  /** A choice made but not stored yet (arrow keys move through several steps before settling). */
  const [chosen, setChosen] = useState<{ studentId: string; step: number } | null>(null);
  const placeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingPlace = useRef<{ studentId: string; step: number } | null>(null);
  const shownStep = chosen && chosen.studentId === studentId ? chosen.step : recorded;

  const storePlace = () => {
    clearTimeout(placeTimer.current);
    placeTimer.current = undefined;
    const place = pendingPlace.current;
    if (!place) return;
    pendingPlace.current = null;
    repos.students
      .placeOnStaircase(place.studentId, place.step, Date.now())
      .then(() => setError(null))
      .catch(fail);
  };

  const place = (step: number) => {
    if (!studentId) return;
    // Another learner's choice still waiting is theirs: store it first.
    if (pendingPlace.current && pendingPlace.current.studentId !== studentId) storePlace();
    setChosen({ studentId, step });
    pendingPlace.current = step === recorded ? null : { studentId, step };
    clearTimeout(placeTimer.current);
    placeTimer.current = pendingPlace.current ? setTimeout(storePlace, SAVE_DELAY_MS) : undefined;
  };

  // The stored placement caught up with the choice: it is the one to show again.
  useEffect(() => {
    if (placeTimer.current === undefined) setChosen(null);
  }, [recorded, studentId]);

  // Nothing typed or chosen is lost when the panel closes before the delay is over.
  const flush = useRef(() => {});
  flush.current = () => {
    if (namesTimer.current !== undefined) saveNames();
    if (placeTimer.current !== undefined) storePlace();
  };
  useEffect(() => () => flush.current(), []);

  return (
    <details class="guidance">
      <summary>{t('guidanceOpen')}</summary>

      <section class="guidance-rules" aria-labelledby={`${id}-rules`}>
        <h3 id={`${id}-rules`}>{t('checklistHeading')}</h3>
        <ol>
          {GOLDEN_RULES.map((row) => (
            <li key={row.key}>
              <strong>{t(row.title)}</strong>
              {row.hint && <p class="hint">{t(row.hint)}</p>}
            </li>
          ))}
        </ol>
      </section>

      <section class="guidance-pitfalls" aria-labelledby={`${id}-pitfalls`}>
        <h3 id={`${id}-pitfalls`}>{t('pitfallsHeading')}</h3>
        <ul>
          {PITFALLS.map((pitfall) => (
            <li key={pitfall}>{t(pitfall)}</li>
          ))}
        </ul>
      </section>

      <section class="staircase" aria-labelledby={`${id}-staircase`}>
        <h3 id={`${id}-staircase`}>{t('staircaseHeading')}</h3>
        <p id={`${id}-staircase-hint`} class="hint">
          {t('staircaseHint')}
        </p>
        <ol class="staircase-steps">
          {STAIRCASE_DEFAULTS.map((defaultName, index) => (
            <li key={defaultName} class="field">
              <label for={`${id}-step-${index}`}>{t('staircaseStep', { number: index + 1 })}</label>
              <input
                id={`${id}-step-${index}`}
                type="text"
                value={names[index] ?? ''}
                placeholder={t(defaultName)}
                aria-describedby={`${id}-staircase-hint`}
                onInput={(event) => rename(index, event.currentTarget.value)}
              />
            </li>
          ))}
        </ol>

        {student ? (
          <fieldset class="staircase-place">
            <legend>{t('staircaseLearnerPlace', { student: student.name })}</legend>
            {shownStep === undefined && (
              <label class="tick">
                <input type="radio" name={`${id}-place`} value="" checked />
                {t('staircaseNotRecorded')}
              </label>
            )}
            {STAIRCASE_DEFAULTS.map((defaultName, index) => (
              <label key={defaultName} class="tick">
                <input
                  type="radio"
                  name={`${id}-place`}
                  value={String(index + 1)}
                  checked={shownStep === index + 1}
                  onChange={() => place(index + 1)}
                />
                {stepName(index)}
              </label>
            ))}
          </fieldset>
        ) : (
          <p class="hint">{t('staircaseNoStudent')}</p>
        )}
      </section>

      {error && (
        <p class="warning" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
