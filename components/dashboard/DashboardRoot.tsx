import { useEffect, useMemo, useState } from 'preact/hooks';
import { I18nContext } from '../../utils/i18n/context';
import type { Reminders } from '../../utils/panel/adapters/reminders';
import type { StorageProbe } from '../../utils/panel/adapters/storage-probe';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { type AppServices, ServicesContext } from '../../utils/panel/services/context';
import type { Repositories } from '../../utils/panel/services/types';
import { BackupReminder } from '../backup/BackupReminder';
import { BackupSection } from '../backup/BackupSection';
import { useBackupExport } from '../backup/use-backup-export';
import { BankView } from '../bank/BankView';
import { useTemplateBank } from '../bank/use-template-bank';
import { FollowUpsList } from '../follow-ups/FollowUpsList';
import { useInterfaceLanguage, useTemplateLanguage } from '../panel/use-languages';
import { StorageMeter } from '../storage/StorageMeter';
import { StorageOverview } from '../storage/StorageOverview';
import { useStorageThresholds } from '../storage/use-storage-thresholds';
import { PanelTabs } from '../ui/Tabs';

type Tab = 'followUps' | 'bank' | 'storage';

/** The dashboard's backup section, where every warning sends the teacher first. */
const BACKUP_HREF = '#backup';
/** The storage overview; the panel's warnings link here too. */
const STORAGE_HASH = '#storage';

/**
 * The dashboard page's root: the same app as the panel at full width, with
 * no page behind it. It picks the interface language like the panel (the
 * teacher's setting, else the browser's) and offers the due follow-ups,
 * the comment bank, the storage overview (opened directly by `#storage`) and
 * backup (`#backup`).
 */
export function DashboardRoot(props: {
  repos: Repositories;
  storage: StorageProbe;
  reminders: Reminders;
  browserLanguages: readonly string[];
  /** The item of the reminder the dashboard was opened for, marked in the list. */
  highlightItemId?: string;
  /** The clock the follow-ups are due by (tests pass their own). */
  now?: () => number;
  /** The page's address fragment; `#storage` opens the storage overview. */
  hash?: string;
}) {
  const { repos, storage, reminders } = props;
  const { ready, i18n } = useInterfaceLanguage(repos, props.browserLanguages, 'extName');
  const { locale } = i18n;
  const services = useMemo<AppServices>(
    () => ({ repos, storage, reminders }),
    [repos, storage, reminders],
  );
  const [tab, setTab] = useState<Tab>(props.hash === STORAGE_HASH ? 'storage' : 'followUps');
  // A warning's "Free space" link on this page changes only the fragment.
  useEffect(() => {
    const follow = () => location.hash === STORAGE_HASH && setTab('storage');
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const { lang: templateLang } = useTemplateLanguage(repos, locale);
  const bank = useTemplateBank(repos, templateLang);
  const storageRevision = useLiveQuery(() => repos.usage.revision(), [repos]).data;
  const thresholds = useStorageThresholds(repos);
  const backupExport = useBackupExport(repos);

  if (!ready) return null;
  const { t } = i18n;
  return (
    <I18nContext.Provider value={i18n}>
      <ServicesContext.Provider value={services}>
        <div class="panel dashboard" lang={locale}>
          <header class="panel-header dashboard-header">
            <div class="brand">
              <h1 class="product">{t('extName')}</h1>
            </div>
          </header>
          <main>
            <BackupReminder action={backupExport} now={props.now} />
            <PanelTabs<Tab>
              label={t('dashboardTabsLabel')}
              selected={tab}
              onSelect={setTab}
              tabs={[
                {
                  key: 'followUps',
                  label: t('followUpsHeading'),
                  content: (
                    <FollowUpsList now={props.now} highlightItemId={props.highlightItemId} />
                  ),
                },
                {
                  key: 'bank',
                  label: t('tabBank'),
                  content: <BankView bank={bank} templateLang={templateLang} />,
                },
                {
                  key: 'storage',
                  label: t('storageTab'),
                  content: <StorageOverview backupHref={BACKUP_HREF} />,
                },
              ]}
            />
            <BackupSection backupExport={backupExport} />
          </main>
          <footer>
            <StorageMeter
              probe={storage}
              revision={storageRevision}
              warning={{
                thresholds,
                links: { backupHref: BACKUP_HREF, overviewHref: STORAGE_HASH },
              }}
            />
          </footer>
        </div>
      </ServicesContext.Provider>
    </I18nContext.Provider>
  );
}
