import { useId, useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import type { StudentRecord } from '../../utils/model/records';
import { SearchField } from '../ui/SearchField';
import { searchStudents } from './student-search';

/** Names listed at once; typing narrows a school's worth of students to these. */
const SHOWN_STUDENTS = 50;

/**
 * Finds one learner by typing part of the name: a combobox whose list
 * follows what is typed (↑/↓ move, Enter chooses, Esc closes), so a class
 * of thirty or a school of a thousand is a few keys away. Clicking a name
 * chooses it too.
 */
export function StudentPicker(props: {
  students: readonly StudentRecord[];
  value: string | undefined;
  onChoose(studentId: string): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const chosenName = props.students.find((student) => student.id === props.value)?.name;
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Until the teacher types, the box shows the chosen learner and the list shows everyone.
  const text = query ?? chosenName ?? '';
  const matches = searchStudents(props.students, query ?? '');
  const shown = matches.slice(0, SHOWN_STUDENTS);
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = (student: StudentRecord | undefined) => {
    if (!student) return;
    props.onChoose(student.id);
    setQuery(null);
    setOpen(false);
  };

  return (
    <div
      class="student-picker"
      onFocusOut={(event) => {
        const next = event.relatedTarget;
        if (!(next instanceof Node) || !event.currentTarget.contains(next)) setOpen(false);
      }}
    >
      <SearchField
        id={`${id}-search`}
        label={t('studentFind')}
        value={text}
        onInput={(value) => {
          setQuery(value);
          setActive(0);
          setOpen(true);
        }}
        combobox={{
          controls: `${id}-list`,
          expanded: open,
          activeDescendant: open && shown[active] ? optionId(active) : undefined,
          describedBy: `${id}-hint`,
          onKeyDown: (event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              const step = event.key === 'ArrowDown' ? 1 : -1;
              if (!open) setOpen(true);
              else setActive((current) => Math.max(0, Math.min(shown.length - 1, current + step)));
            } else if (event.key === 'Enter' && open) {
              event.preventDefault();
              choose(shown[active]);
            } else if (event.key === 'Escape') {
              setOpen(false);
              setQuery(null);
            }
          },
        }}
      >
        <p id={`${id}-hint`} class="hint">
          {t('studentFindHint')}
        </p>
      </SearchField>
      <p class="hint" role="status">
        {open &&
          (matches.length === 0
            ? t('studentFindNone')
            : t('studentFindCount', { count: matches.length }))}
      </p>
      <div
        id={`${id}-list`}
        role="listbox"
        aria-label={t('studentFind')}
        class="student-options"
        hidden={!open}
      >
        {open &&
          shown.map((student, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the search field's arrow keys and Enter drive the list.
            <div
              key={student.id}
              id={optionId(index)}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              class={`student-option${index === active ? ' active' : ''}`}
              onMouseMove={() => setActive(index)}
              onClick={() => choose(student)}
            >
              {student.name}
            </div>
          ))}
      </div>
    </div>
  );
}
