import { Fragment } from 'preact';
import { useId, useState } from 'preact/hooks';
import { KIND_LABELS } from '../../utils/analytics/balance-charts';
import { useI18n } from '../../utils/i18n/context';
import { formatDate } from '../../utils/i18n/index';
import type { FeedbackSource } from '../../utils/model/feedback';
import { useAppServices } from '../../utils/panel/services/context';
import { fromDateInput, toDateInput } from '../../utils/text/date-input';
import { type ChecklistStudent, StudentChecklist } from './StudentChecklist';

/** Whom a piece of work is logged for: one student, or a whole class. */
export interface LogTarget {
  key: string;
  label: string;
  studentId?: string;
  groupId?: string;
}

/** A class whose students can be ticked to log work for a group of them. */
export interface LogClass {
  groupId: string;
  students: readonly ChecklistStudent[];
}

/** The "For" choice that reveals the class's students to tick. */
const SOME_STUDENTS = 'some-students';

/** The kinds logged by hand; teacher feedback counts by itself from saved items. */
const LOGGED_KINDS: readonly Exclude<FeedbackSource, 'teacher'>[] = ['formative', 'peer', 'self'];

/**
 * Logs a formative check, peer feedback or a self-assessment in one click:
 * whom it was for (a student, some students of the class or the whole class), the day (today unless
 * changed) and an optional note are set first if needed, and each kind is
 * a button that logs at once. The panel and the dashboard's balance both
 * use it, so work logged in either counts alike.
 */
export function LogActivityForm(props: {
  targets: readonly LogTarget[];
  /** The class whose students can be ticked ("Some students…"); none offers no such choice. */
  forClass?: LogClass;
  /** The clock "today" is read from (tests pass their own). */
  now?: () => number;
}) {
  const { t, locale } = useI18n();
  const { repos } = useAppServices();
  const id = useId();
  const now = props.now ?? Date.now;
  const [targetKey, setTargetKey] = useState(props.targets[0]?.key ?? '');
  const [day, setDay] = useState(() => toDateInput(now()));
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ text: string; failed: boolean } | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  const classStudents = props.forClass?.students ?? [];
  const some = targetKey === SOME_STUDENTS && classStudents.length > 0;
  const target = props.targets.find((option) => option.key === targetKey) ?? props.targets[0];
  /** "Some students…" follows the whole class, or ends the list when there is no such choice. */
  const classTarget = classStudents.length
    ? (props.targets.find((option) => !option.studentId) ?? props.targets.at(-1))
    : undefined;
  const group = classStudents.filter((student) => chosen.has(student.id));
  const waitingForStudents = some && group.length === 0;

  /** Writes the work for whom it was chosen, and names them for the confirmation. */
  const write = async (kind: Exclude<FeedbackSource, 'teacher'>, at: number, note: string) => {
    if (some) {
      await repos.activity.logForStudents(
        kind,
        group.map((student) => student.id),
        { groupId: props.forClass?.groupId, at, ...(note && { note }) },
      );
      return group.map((student) => student.name).join(', ');
    }
    if (!target) throw new Error('No one to log for');
    await repos.activity.log(
      kind,
      {
        ...(target.studentId && { studentId: target.studentId }),
        ...(target.groupId && { groupId: target.groupId }),
        ...(note && { note }),
      },
      at,
    );
    return target.label;
  };

  const log = async (kind: Exclude<FeedbackSource, 'teacher'>) => {
    if (busy || waitingForStudents) return;
    const today = toDateInput(now());
    const at = day === today ? now() : fromDateInput(day);
    if (at === undefined) {
      setResult({ text: t('logActivityBadDate'), failed: true });
      return;
    }
    setBusy(true);
    try {
      const label = await write(kind, at, note.trim());
      setNote('');
      setResult({
        text: t('logActivityDone', {
          kind: t(KIND_LABELS[kind]),
          target: label,
          date: formatDate(at, locale),
        }),
        failed: false,
      });
    } catch (failure) {
      setResult({ text: t('logActivityFailed', { reason: String(failure) }), failed: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="log-activity">
      <p class="hint">{t('logActivityHint')}</p>
      <div class="log-activity-fields">
        {props.targets.length + (classStudents.length > 0 ? 1 : 0) > 1 && (
          <div class="field">
            <label for={`${id}-target`}>{t('logActivityFor')}</label>
            <select
              id={`${id}-target`}
              value={some ? SOME_STUDENTS : target?.key}
              onChange={(event) => setTargetKey(event.currentTarget.value)}
            >
              {props.targets.map((option) => (
                <Fragment key={option.key}>
                  <option value={option.key}>{option.label}</option>
                  {option.key === classTarget?.key && (
                    <option value={SOME_STUDENTS}>{t('logActivitySomeStudents')}</option>
                  )}
                </Fragment>
              ))}
            </select>
          </div>
        )}
        <div class="field">
          <label for={`${id}-date`}>{t('logActivityDate')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={day}
            onInput={(event) => setDay(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={`${id}-note`}>{t('logActivityNote')}</label>
          <input
            id={`${id}-note`}
            type="text"
            value={note}
            maxLength={2000}
            onInput={(event) => setNote(event.currentTarget.value)}
          />
        </div>
      </div>
      {some && (
        <>
          <StudentChecklist students={classStudents} chosen={chosen} onChange={setChosen} />
          <p class="hint">{t('logActivityGroupCounts')}</p>
        </>
      )}
      <fieldset
        class="log-activity-kinds"
        aria-describedby={waitingForStudents ? `${id}-choose` : undefined}
      >
        <legend>{t('logActivityKinds')}</legend>
        {waitingForStudents && (
          <p id={`${id}-choose`} class="hint">
            {t('logActivityChooseStudents')}
          </p>
        )}
        {LOGGED_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            disabled={busy || waitingForStudents}
            onClick={() => void log(kind)}
          >
            {t(KIND_LABELS[kind])}
          </button>
        ))}
      </fieldset>
      <p class="status" role="status">
        {result && !result.failed && result.text}
      </p>
      {result?.failed && (
        <p class="warning" role="alert">
          {result.text}
        </p>
      )}
    </div>
  );
}
