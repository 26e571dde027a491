import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import type { AssignmentRecord, SuccessCriterion } from '../../utils/model/records';
import { IconButton } from '../ui/IconButton';

const SAVE_DELAY_MS = 400;

/**
 * The assignment's learning goal and success criteria, written once and
 * used on every student's document of that assignment. Saved as the teacher
 * types; criteria keep their ids, so feedback already linked to a criterion
 * stays linked when its wording is improved.
 */
export function AssignmentEditor(props: {
  assignment: AssignmentRecord;
  onChange(assignment: AssignmentRecord): Promise<void>;
}) {
  const { t } = useI18n();
  const id = useId();
  const [goal, setGoal] = useState(props.assignment.learningGoal);
  const [criteria, setCriteria] = useState<SuccessCriterion[]>(props.assignment.criteria);
  const [error, setError] = useState<string | null>(null);
  const focusCriterion = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Open at first when there is nothing written yet; afterwards the teacher opens and closes it.
  const [openAtFirst] = useState(props.assignment.criteria.length === 0);
  const latest = useRef(props.assignment);
  latest.current = props.assignment;

  // Another assignment chosen: start from its stored text.
  useEffect(() => {
    setGoal(props.assignment.learningGoal);
    setCriteria(props.assignment.criteria);
  }, [props.assignment.id]);

  // Before the next keystroke: a new criterion's field takes the typing at once.
  useLayoutEffect(() => {
    if (!focusCriterion.current) return;
    document.getElementById(`${id}-${focusCriterion.current}`)?.focus();
    focusCriterion.current = null;
  });

  const save = (next: { goal?: string; criteria?: SuccessCriterion[] }) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      props
        .onChange({
          ...latest.current,
          learningGoal: next.goal ?? goal,
          criteria: next.criteria ?? criteria,
          updatedAt: Date.now(),
        })
        .then(() => setError(null))
        .catch((failure) => setError(t('contextSaveFailed', { reason: String(failure) })));
    }, SAVE_DELAY_MS);
  };
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
              <input
                id={`${id}-${criterion.id}`}
                type="text"
                value={criterion.text}
                onInput={(event) => {
                  const text = event.currentTarget.value;
                  changeCriteria(criteria.map((c) => (c.id === criterion.id ? { ...c, text } : c)));
                }}
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
      {error && (
        <p class="warning" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
