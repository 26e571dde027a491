import type { Reminders } from '../../utils/panel/adapters/reminders';
import type { StorageProbe } from '../../utils/panel/adapters/storage-probe';
import type { Repositories } from '../../utils/panel/services/types';
import { AppPageRoot } from '../panel/AppPageRoot';
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
  const { highlightItemId, now, hash, ...page } = props;
  return (
    <AppPageRoot {...page} titleKey="extName">
      <DashboardView highlightItemId={highlightItemId} now={now} hash={hash} />
    </AppPageRoot>
  );
}
