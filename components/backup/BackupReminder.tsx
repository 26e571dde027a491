import { useI18n } from '../../utils/i18n/context';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useSettingState } from '../../utils/panel/hooks/use-setting';
import { backupReminderDue } from '../../utils/panel/logic/backup-reminder';
import { useAppServices } from '../../utils/panel/services/context';

/**
 * The gentle "back up now" note, shown only when there is work no backup
 * holds and the teacher's chosen weeks have passed (see backup-reminder.ts).
 * In the panel it links to the dashboard's backup section; on the
 * dashboard it runs the export itself. "Not now" quiets it for as long.
 */
export function BackupReminder(props: {
  action: { href: string } | { run(): void };
  now?: () => number;
}) {
  const { repos } = useAppServices();
  const { t } = useI18n();
  const now = props.now ?? Date.now;
  const lastBackupAt = useSettingState('lastBackupAt');
  const weeks = useSettingState('backupReminderWeeks');
  const dismissedAt = useSettingState('backupReminderDismissedAt');
  const span = useLiveQuery(() => repos.backup.changeSpan(), [repos]).data;

  const read = lastBackupAt.ready && weeks.ready && dismissedAt.ready && span !== undefined;
  const due =
    read &&
    backupReminderDue({
      now: now(),
      lastBackupAt: lastBackupAt.value,
      weeks: weeks.value,
      dismissedAt: dismissedAt.value,
      earliestChangeAt: span.earliest,
      latestChangeAt: span.latest,
    });
  if (!due) return null;
  const { action } = props;
  return (
    <aside class="backup-reminder" aria-label={t('backupHeading')}>
      <p>{t('backupReminderText')}</p>
      <div class="actions">
        {'href' in action ? (
          <a class="button primary" href={action.href} target="_blank" rel="noopener">
            {t('backupReminderAction')}
          </a>
        ) : (
          <button type="button" class="primary" onClick={action.run}>
            {t('backupReminderAction')}
          </button>
        )}
        <button
          type="button"
          onClick={() => void repos.settings.set('backupReminderDismissedAt', now())}
        >
          {t('backupReminderDismiss')}
        </button>
      </div>
    </aside>
  );
}
