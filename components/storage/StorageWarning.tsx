import { useI18n } from '../../utils/i18n/context';
import { formatBytes, formatPercent } from '../../utils/i18n/index';
import {
  roomLeft,
  type StorageEstimate,
  type StorageThresholds,
  storageLevel,
} from '../../utils/storage/thresholds';

/** Where the warning's ways out lead; in the panel they open the dashboard in a new tab. */
export interface StorageWarningLinks {
  backupHref: string;
  overviewHref: string;
  newTab?: boolean;
}

/**
 * Tells the teacher, before a save fails, that storage is filling up, with
 * the two steps out: export a backup, then free space.
 */
export function StorageWarning(props: {
  estimate: StorageEstimate;
  thresholds: StorageThresholds;
  links: StorageWarningLinks;
}) {
  const { t, locale } = useI18n();
  const level = storageLevel(props.estimate, props.thresholds);
  if (level === 'ok') return null;
  const percent = formatPercent(props.estimate.usage / props.estimate.quota, locale);
  const room = formatBytes(roomLeft(props.estimate), locale);
  const message = props.estimate.unlimited
    ? t(level === 'critical' ? 'storageRoomCritical' : 'storageRoomWarn', { room })
    : t(level === 'critical' ? 'storageCritical' : 'storageWarn', { percent });
  const target = props.links.newTab ? { target: '_blank', rel: 'noopener' } : {};
  return (
    <div
      class={`storage-warning ${level}`}
      role={level === 'critical' ? 'alert' : 'status'}
      data-testid="storage-warning"
    >
      <p>{message}</p>
      <p class="actions">
        <a href={props.links.backupHref} {...target}>
          {t('storageExportBackup')}
        </a>{' '}
        <a href={props.links.overviewHref} {...target}>
          {t('storageFreeSpace')}
        </a>
      </p>
    </div>
  );
}
