import { useI18n } from '../../utils/i18n/context';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
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
  const input = useLiveQuery(async () => {
    const [lastBackupAt, weeks, dismissedAt, span] = await Promise.all([
      repos.settings.get('lastBackupAt'),
      repos.settings.get('backupReminderWeeks'),
      repos.settings.get('backupReminderDismissedAt'),
      repos.backup.changeSpan(),
    ]);
    return {
      lastBackupAt,
      weeks,
      dismissedAt,
      earliestChangeAt: span.earliest,
      latestChangeAt: span.latest,
    };
  }, [repos]).data;

  if (!input || !backupReminderDue({ ...input, now: now() })) return null;
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
