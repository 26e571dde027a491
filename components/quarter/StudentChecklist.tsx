import { useId } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';

/** A student who can be ticked in the checklist. */
export interface ChecklistStudent {
  id: string;
  name: string;
}

/**
 * A compact list of a class's students as checkboxes, with how many are
 * ticked, so work done by a group can be logged for just those students.
 * Native checkboxes keep it operable by Tab and Space alone.
 */
export function StudentChecklist(props: {
  students: readonly ChecklistStudent[];
  chosen: ReadonlySet<string>;
  onChange: (chosen: ReadonlySet<string>) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const toggle = (studentId: string, ticked: boolean) => {
    const next = new Set(props.chosen);
    if (ticked) next.add(studentId);
    else next.delete(studentId);
    props.onChange(next);
  };

  return (
    <fieldset class="student-checklist" aria-describedby={`${id}-count`}>
      <legend>{t('logActivityStudents')}</legend>
      <p id={`${id}-count`} class="hint" aria-live="polite">
        {t('logActivityChosenCount', { count: props.chosen.size, total: props.students.length })}
      </p>
      <ul>
        {props.students.map((student) => (
          <li key={student.id}>
            <label>
              <input
                type="checkbox"
                checked={props.chosen.has(student.id)}
                onChange={(event) => toggle(student.id, event.currentTarget.checked)}
              />{' '}
              {student.name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
