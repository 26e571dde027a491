import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useSetting } from '../../utils/panel/hooks/use-setting';
import { useAppServices } from '../../utils/panel/services/context';
import { BackupReminder } from '../backup/BackupReminder';
import { BackupSection } from '../backup/BackupSection';
import { useBackupExport } from '../backup/use-backup-export';
import { BankView } from '../bank/BankView';
import { useTemplateBank } from '../bank/use-template-bank';
import { VISIT_NOTES_HASH, visitsTabFor } from '../coaching/addresses';
import { VisitsView } from '../coaching/VisitsView';
import { FollowUpsList } from '../follow-ups/FollowUpsList';
import { MirrorView } from '../mirror/MirrorView';
import { useTemplateLanguage } from '../panel/use-languages';
import { BalanceView } from '../quarter/BalanceView';
import { StorageMeter } from '../storage/StorageMeter';
import { StorageOverview } from '../storage/StorageOverview';
import { StudentsTab } from '../students/StudentsTab';
import { studentIdFromHash } from '../students/student-link';
import { PanelTabs } from '../ui/Tabs';

type Tab = 'followUps' | 'students' | 'bank' | 'balance' | 'mirror' | 'visits' | 'storage';

/** The dashboard's backup section, where every warning sends the teacher first. */
const BACKUP_HREF = '#backup';
/** The storage overview; the panel's warnings link here too. */
const STORAGE_HASH = '#storage';
/** The comment bank, where template files are shared (the privacy page links here). */
const BANK_HASH = '#bank';
/** The privacy page, beside the dashboard among the extension's pages. */
const PRIVACY_HREF = 'privacy.html';

/** The tab an address fragment opens: `#storage`, `#bank`, the visits, a learner's `#student=<id>`, else the follow-ups. */
function tabOfHash(hash: string | undefined): Tab {
  if (hash === STORAGE_HASH) return 'storage';
  if (hash === BANK_HASH) return 'bank';
  if (visitsTabFor(hash)) return 'visits';
  return studentIdFromHash(hash) ? 'students' : 'followUps';
}

/**
 * The dashboard's content, inside its services and language: the due
 * follow-ups, classes and the student view (opened at a learner by
 * `#student=<id>`), the comment bank (`#bank`), the quarter balance, co-coaching
 * visits (`#visits`, or `#visit-notes` for the visit under way), the
 * storage overview (opened directly by `#storage`), the teacher's mirror
 * and backup (`#backup`).
 */
export function DashboardView(props: {
  /** The item of the reminder the dashboard was opened for, marked in the list. */
  highlightItemId?: string;
  /** The clock the follow-ups are due by (tests pass their own). */
  now?: () => number;
  /** The page's address fragment; `#storage` opens the storage overview, `#student=<id>` a learner. */
  hash?: string;
}) {
  const { repos, storage } = useAppServices();
  const { t, locale } = useI18n();
  const [tab, setTab] = useState<Tab>(tabOfHash(props.hash));
  const [studentId, setStudentId] = useState(studentIdFromHash(props.hash));
  // A warning's "Free space" link on this page changes only the fragment, and
  // the panel's link to a learner may land on a dashboard already open.
  useEffect(() => {
    const follow = () => {
      const linked = tabOfHash(location.hash);
      if (linked === 'followUps') return;
      setTab(linked);
      if (linked === 'students') setStudentId(studentIdFromHash(location.hash));
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const { lang: templateLang } = useTemplateLanguage(locale);
  const bank = useTemplateBank(templateLang);
  const storageRevision = useLiveQuery(() => repos.usage.revision(), [repos]).data;
  const thresholds = useSetting('storageThresholds');
  const backupExport = useBackupExport();

  return (
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
              content: <FollowUpsList now={props.now} highlightItemId={props.highlightItemId} />,
            },
            {
              key: 'students',
              label: t('studentsTab'),
              content: <StudentsTab studentId={studentId} now={props.now} />,
            },
            {
              key: 'bank',
              label: t('tabBank'),
              content: <BankView bank={bank} templateLang={templateLang} />,
            },
            {
              key: 'balance',
              label: t('balanceTab'),
              content: <BalanceView now={props.now} />,
            },
            {
              key: 'mirror',
              label: t('mirrorTab'),
              // It reads a whole school year of feedback: only while it is open.
              content:
                tab === 'mirror' ? (
                  <MirrorView templateLang={templateLang} now={props.now} />
                ) : null,
            },
            {
              key: 'visits',
              label: t('tabVisits'),
              content: <VisitsView observe={props.hash === VISIT_NOTES_HASH} now={props.now} />,
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
        <a href={PRIVACY_HREF}>{t('privacyLink')}</a>
      </footer>
    </div>
  );
}
