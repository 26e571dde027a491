import { useI18n } from '../../utils/i18n/context';
import { CleanUpSection } from './CleanUpSection';
import { DataErasure } from './DataErasure';
import { PersistentStorage } from './PersistentStorage';
import { StorageThresholdsForm } from './StorageThresholdsForm';
import { UsageBreakdown } from './UsageBreakdown';
import { useUsageSummary } from './use-usage-summary';

/**
 * The dashboard's storage section (`#storage`): what uses the space, whether
 * the browser keeps it, and every way to free it or erase a learner.
 */
export function StorageOverview(props: { backupHref: string }) {
  const { t } = useI18n();
  const { summary } = useUsageSummary();
  return (
    <section id="storage" class="storage-overview" aria-labelledby="storage-overview-heading">
      <h2 id="storage-overview-heading">{t('storageOverviewHeading')}</h2>
      {summary ? (
        <UsageBreakdown summary={summary} />
      ) : (
        <p role="status">{t('storageMeasuring')}</p>
      )}
      <PersistentStorage />
      <CleanUpSection schoolYears={summary?.schoolYears ?? []} backupHref={props.backupHref} />
      <DataErasure />
      <StorageThresholdsForm />
    </section>
  );
}
