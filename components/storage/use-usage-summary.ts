import { useEffect, useState } from 'preact/hooks';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useAppServices } from '../../utils/panel/services/context';
import type { UsageSummary } from '../../utils/panel/services/types';

/** How long the data must stay unchanged before it is counted again. */
const MEASURE_DELAY_MS = 400;

/**
 * What uses the storage, kept current as data changes in any extension
 * page. The cheap revision is watched live; the full count runs only once
 * changes pause, in slices that leave the page free to respond.
 */
export function useUsageSummary(): {
  summary: UsageSummary | undefined;
  /** Changes whenever stored data changes (before the new summary is ready). */
  revision: string | undefined;
} {
  const { repos } = useAppServices();
  const revision = useLiveQuery(() => repos.usage.revision(), [repos]).data;
  const [summary, setSummary] = useState<UsageSummary | undefined>(undefined);
  useEffect(() => {
    if (revision === undefined) return;
    let current = true;
    const timer = setTimeout(() => {
      repos.usage
        .measure()
        .then((measured) => current && setSummary(measured))
        .catch(() => {});
    }, MEASURE_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [repos, revision]);
  return { summary, revision };
}
