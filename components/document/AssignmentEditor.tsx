import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import type { AssignmentRecord, SuccessCriterion } from '../../utils/model/records';
import { revisionOf, StaleRevisionError } from '../../utils/model/revision';
import { IconButton } from '../ui/IconButton';
import { CriterionField } from './CriterionField';

const SAVE_DELAY_MS = 400;

/**
 * The assignment's learning goal and success criteria, written once and
 * used on every student's document of that assignment. Saved as the teacher
 * types; criteria keep their ids, so feedback already linked to a criterion
 * stays linked when its wording is improved. Another tab's save shows here
 * at once; if this one has unsaved changes then, nothing is written over:
 * the teacher keeps theirs or their own.
 */
export function AssignmentEditor(props: {
  assignment: AssignmentRecord;
  /** Saves the edit made from revision `base`; rejects with a StaleRevisionError if another tab saved since. */
  onSave(assignment: AssignmentRecord, base: number): Promise<AssignmentRecord>;
}) {
  const { t } = useI18n();
  const id = useId();
  const [goal, setGoal] = useState(props.assignment.learningGoal);
  const [criteria, setCriteria] = useState<SuccessCriterion[]>(props.assignment.criteria);
  const [error, setError] = useState<string | null>(null);
  /** The last change was saved, and nothing was typed since: said, so autosave is not silent. */
  const [saved, setSaved] = useState(false);
  /** Another tab saved the assignment while this one had unsaved changes: the teacher chooses. */
  const [theirs, setTheirs] = useState<AssignmentRecord | null>(null);
  /** The revision the text here was last in step with. */
  const base = useRef(revisionOf(props.assignment));
  /** Typed here and not yet saved (or being saved). */
  const unsaved = useRef(false);
  /** A save is on its way: the stored revision it makes may show here before it returns. */
  const saving = useRef(false);
  const focusCriterion = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Open at first when there is nothing written yet; afterwards the teacher opens and closes it.
  const [openAtFirst] = useState(props.assignment.criteria.length === 0);
  const latest = useRef(props.assignment);
  latest.current = props.assignment;

  /** Takes the stored text as it is, dropping what was typed here. */
  const adopt = (stored: AssignmentRecord) => {
    clearTimeout(timer.current);
    unsaved.current = false;
    base.current = revisionOf(stored);
    setGoal(stored.learningGoal);
    setCriteria(stored.criteria);
    setTheirs(null);
  };

  // Another assignment chosen: start from its stored text.
  useEffect(() => adopt(props.assignment), [props.assignment.id]);

  // Another tab saved: follow it, unless this one has unsaved changes — then the teacher chooses.
  useEffect(() => {
    if (saving.current || revisionOf(props.assignment) <= base.current) return;
    if (unsaved.current) setTheirs(props.assignment);
    else adopt(props.assignment);
  }, [props.assignment]);

  // Before the next keystroke: a new criterion's field takes the typing at once.
  useLayoutEffect(() => {
    if (!focusCriterion.current) return;
    document.getElementById(`${id}-${focusCriterion.current}`)?.focus();
    focusCriterion.current = null;
  });

  const write = (edit: { goal: string; criteria: SuccessCriterion[] }, from: number) => {
    saving.current = true;
    props
      .onSave(
        {
          ...latest.current,
          learningGoal: edit.goal,
          criteria: edit.criteria,
          updatedAt: Date.now(),
        },
        from,
      )
      .then((saved) => {
        base.current = revisionOf(saved);
        unsaved.current = timer.current !== undefined;
        setSaved(!unsaved.current);
        setError(null);
      })
      .catch((failure) => {
        if (failure instanceof StaleRevisionError && failure.current) setTheirs(failure.current);
        else setError(t('contextSaveFailed', { reason: String(failure) }));
      })
      .finally(() => {
        saving.current = false;
      });
  };

  const save = (next: { goal?: string; criteria?: SuccessCriterion[] }) => {
    unsaved.current = true;
    setSaved(false);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      if (theirsRef.current) return;
      write({ goal: next.goal ?? goal, criteria: next.criteria ?? criteria }, base.current);
    }, SAVE_DELAY_MS);
  };
  const theirsRef = useRef(theirs);
  theirsRef.current = theirs;
  const changeCriteria = (next: SuccessCriterion[]) => {
    setCriteria(next);
    save({ criteria: next });
  };

  return (
    <details class="assignment-editor" open={openAtFirst}>
      <summary>{t('assignmentEdit')}</summary>
      <p class="hint">{t('assignmentHint')}</p>
      <div class="field">
        <label for={`${id}-goal`}>{t('assignmentGoal')}</label>
        <textarea
          id={`${id}-goal`}
          rows={2}
          value={goal}
          onInput={(event) => {
            setGoal(event.currentTarget.value);
            save({ goal: event.currentTarget.value });
          }}
        />
      </div>
      <fieldset class="criteria">
        <legend>{t('assignmentCriteria')}</legend>
        {criteria.length === 0 && <p class="hint">{t('assignmentNoCriteria')}</p>}
        <ol>
          {criteria.map((criterion, index) => (
            <li key={criterion.id} class="criterion-row">
              <label class="visually-hidden" for={`${id}-${criterion.id}`}>
                {t('assignmentCriterion', { number: index + 1 })}
              </label>
              <CriterionField
                id={`${id}-${criterion.id}`}
                value={criterion.text}
                onText={(text) =>
                  changeCriteria(criteria.map((c) => (c.id === criterion.id ? { ...c, text } : c)))
                }
              />
              <IconButton
                label={t('assignmentRemoveCriterion', { number: index + 1 })}
                symbol="✕"
                onClick={() => changeCriteria(criteria.filter((c) => c.id !== criterion.id))}
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          onClick={() => {
            const added = { id: crypto.randomUUID(), text: '' };
            focusCriterion.current = added.id;
            changeCriteria([...criteria, added]);
          }}
        >
          {t('assignmentAddCriterion')}
        </button>
      </fieldset>
      {theirs && (
        <div class="edit-conflict-notice" role="alert">
          <p>{t('assignmentChangedElsewhere')}</p>
          <button type="button" onClick={() => adopt(theirs)}>
            {t('assignmentUseTheirs')}
          </button>
          <button
            type="button"
            onClick={() => {
              setTheirs(null);
              write({ goal, criteria }, revisionOf(theirs));
            }}
          >
            {t('assignmentKeepMine')}
          </button>
        </div>
      )}
      <p class="status" role="status">
        {saved && t('assignmentSaved')}
      </p>
      {error && (
        <p class="warning" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
