import type { Reminders } from '../../utils/panel/adapters/reminders';
import type { StorageProbe } from '../../utils/panel/adapters/storage-probe';
import type { Repositories } from '../../utils/panel/services/types';
import { AppPageRoot } from '../panel/AppPageRoot';
import { SummaryView } from './SummaryView';

/**
 * The summary page's root: the learner's printable summary in the
 * teacher's interface language (their setting, else the browser's), with
 * the page's services. The address names the learner and the period
 * (see utils/feedback/summary-url.ts).
 */
export function SummaryRoot(props: {
  repos: Repositories;
  storage: StorageProbe;
  reminders: Reminders;
  browserLanguages: readonly string[];
  /** The page's address fragment: `#student=<id>&from=<YYYY-MM-DD>&to=<YYYY-MM-DD>`. */
  hash: string;
  /** Writes the fragment back when the teacher changes the period, so a reload keeps it. */
  onHashChange(hash: string): void;
  /** The clock the default period ends by (tests pass their own). */
  now?: () => number;
}) {
  const { hash, onHashChange, now, ...page } = props;
  return (
    <AppPageRoot {...page} titleKey="summaryPageTitle">
      <SummaryView hash={hash} onHashChange={onHashChange} now={now} />
    </AppPageRoot>
  );
}
