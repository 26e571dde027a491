import { useId, useState } from 'preact/hooks';
import { KIND_LABELS } from '../../utils/analytics/balance-charts';
import { useI18n } from '../../utils/i18n/context';
import { formatDate } from '../../utils/i18n/index';
import type { FeedbackSource } from '../../utils/model/feedback';
import { useAppServices } from '../../utils/panel/services/context';
import { fromDateInput, toDateInput } from '../../utils/text/date-input';

/** Whom a piece of work is logged for: one student, or a whole class. */
export interface LogTarget {
  key: string;
  label: string;
  studentId?: string;
  groupId?: string;
}

/** The kinds logged by hand; teacher feedback counts by itself from saved items. */
const LOGGED_KINDS: readonly Exclude<FeedbackSource, 'teacher'>[] = ['formative', 'peer', 'self'];

/**
 * Logs a formative check, peer feedback or a self-assessment in one click:
 * whom it was for (a student or the whole class), the day (today unless
 * changed) and an optional note are set first if needed, and each kind is
 * a button that logs at once. The panel and the dashboard's balance both
 * use it, so work logged in either counts alike.
 */
export function LogActivityForm(props: {
  targets: readonly LogTarget[];
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
  const target = props.targets.find((option) => option.key === targetKey) ?? props.targets[0];

  const log = async (kind: Exclude<FeedbackSource, 'teacher'>) => {
    if (!target || busy) return;
    const today = toDateInput(now());
    const at = day === today ? now() : fromDateInput(day);
    if (at === undefined) {
      setResult({ text: t('logActivityBadDate'), failed: true });
      return;
    }
    setBusy(true);
    try {
      const trimmed = note.trim();
      await repos.activity.log(
        kind,
        {
          ...(target.studentId && { studentId: target.studentId }),
          ...(target.groupId && { groupId: target.groupId }),
          ...(trimmed && { note: trimmed }),
        },
        at,
      );
      setNote('');
      setResult({
        text: t('logActivityDone', {
          kind: t(KIND_LABELS[kind]),
          target: target.label,
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
        {props.targets.length > 1 && (
          <div class="field">
            <label for={`${id}-target`}>{t('logActivityFor')}</label>
            <select
              id={`${id}-target`}
              value={target?.key}
              onChange={(event) => setTargetKey(event.currentTarget.value)}
            >
              {props.targets.map((option) => (
                <option key={option.key} value={option.key}>
                  {option.label}
                </option>
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
      <fieldset class="log-activity-kinds">
        <legend>{t('logActivityKinds')}</legend>
        {LOGGED_KINDS.map((kind) => (
          <button key={kind} type="button" disabled={busy} onClick={() => void log(kind)}>
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
