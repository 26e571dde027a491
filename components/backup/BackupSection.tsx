import { useId } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import { formatDate } from '../../utils/i18n/index';
import { useSetting, useSettingState } from '../../utils/panel/hooks/use-setting';
import { useAppServices } from '../../utils/panel/services/context';
import { BackupImport } from './BackupImport';
import { FeedbackLogExport } from './FeedbackLogExport';
import type { BackupExport } from './use-backup-export';

/** The reminder intervals offered, in weeks; 0 turns the reminder off. */
const REMINDER_WEEKS = [1, 2, 4, 8, 0] as const;

/**
 * The dashboard's backup section (`#backup`, where the panel's reminder
 * links to): save a backup with progress, how often to be reminded,
 * restore a backup, and the feedback log as a spreadsheet.
 */
export function BackupSection(props: { backupExport: BackupExport }) {
  const { t, plural, locale } = useI18n();
  const { repos } = useAppServices();
  const id = useId();
  const { state, run } = props.backupExport;
  const lastBackupAt = useSetting('lastBackupAt');
  const weeks = useSettingState('backupReminderWeeks');

  return (
    <section id="backup" class="backup" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('backupHeading')}</h2>
      <p class="hint">{t('backupIntro')}</p>
      <p data-testid="last-backup">
        {lastBackupAt
          ? t('backupLast', { date: formatDate(lastBackupAt, locale) })
          : t('backupNever')}
      </p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={state.kind === 'running'}
          onClick={() => void run()}
        >
          {t('backupExport')}
        </button>
      </div>
      {state.kind === 'running' && (
        <>
          <progress
            aria-label={t('backupProgressLabel')}
            max={Math.max(state.total, 1)}
            value={state.done}
          />
          <p class="status" role="status">
            {t('backupExporting', { done: state.done, total: state.total })}
          </p>
        </>
      )}
      {state.kind === 'done' && (
        <p class="status" role="status">
          {t('backupExported', { file: state.file })}
        </p>
      )}
      {state.kind === 'failed' && (
        <p class="warning" role="alert">
          {t('backupExportFailed', { reason: state.reason })}
        </p>
      )}
      {weeks.ready && (
        <div class="field">
          <label for={`${id}-weeks`}>{t('backupReminderWeeksLabel')}</label>
          <select
            id={`${id}-weeks`}
            value={String(weeks.value)}
            onChange={(event) =>
              void repos.settings.set('backupReminderWeeks', Number(event.currentTarget.value))
            }
          >
            {REMINDER_WEEKS.map((option) => (
              <option key={option} value={String(option)}>
                {option === 0 ? t('backupNeverRemind') : plural('backupEveryWeeks', option)}
              </option>
            ))}
          </select>
        </div>
      )}
      <BackupImport />
      <FeedbackLogExport />
    </section>
  );
}
