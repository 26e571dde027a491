import { useMemo } from 'preact/hooks';
import { I18nContext } from '../../utils/i18n/context';
import type { Reminders } from '../../utils/panel/adapters/reminders';
import type { StorageProbe } from '../../utils/panel/adapters/storage-probe';
import { type AppServices, ServicesContext } from '../../utils/panel/services/context';
import type { Repositories } from '../../utils/panel/services/types';
import { useInterfaceLanguage } from '../panel/use-languages';
import { DashboardView } from './DashboardView';

/**
 * The dashboard page's root: the same app as the panel at full width, with
 * no page behind it. It picks the interface language like the panel (the
 * teacher's setting, else the browser's) and gives the view its services.
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
  const services = useMemo<AppServices>(
    () => ({ repos, storage, reminders }),
    [repos, storage, reminders],
  );

  if (!ready) return null;
  return (
    <I18nContext.Provider value={i18n}>
      <ServicesContext.Provider value={services}>
        <DashboardView highlightItemId={props.highlightItemId} now={props.now} hash={props.hash} />
      </ServicesContext.Provider>
    </I18nContext.Provider>
  );
}
