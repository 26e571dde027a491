import { useEffect, useRef } from 'preact/hooks';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useAppServices } from '../../utils/panel/services/context';

/** How often the browser's storage figure is read while a write waits for space. */
const USAGE_POLL_MS = 5000;

/**
 * While `waiting`, calls `retry` as soon as space may have been freed: when
 * stored data changes (the teacher deleted something, in this page or the
 * dashboard) or the browser reports less storage used than before. A retry
 * that fails again simply waits for the next sign, so nothing typed is lost.
 */
export function useRetryWhenSpaceFreed(waiting: boolean, retry: () => void): void {
  const { repos, storage } = useAppServices();
  const latestRetry = useRef(retry);
  latestRetry.current = retry;
  const baseline = useRef<string | undefined>(undefined);
  const revision = useLiveQuery(
    () => (waiting ? repos.usage.revision() : Promise.resolve(undefined)),
    [repos, waiting],
  ).data;

  useEffect(() => {
    if (!waiting) {
      baseline.current = undefined;
      return;
    }
    if (revision === undefined) return;
    if (baseline.current === undefined) baseline.current = revision;
    else if (revision !== baseline.current) {
      baseline.current = revision;
      latestRetry.current();
    }
  }, [waiting, revision]);

  useEffect(() => {
    if (!waiting) return;
    let lowest: number | undefined;
    const timer = setInterval(async () => {
      const estimate = await storage.estimate().catch(() => null);
      if (!estimate) return;
      if (lowest !== undefined && estimate.usage < lowest) latestRetry.current();
      lowest = Math.min(lowest ?? estimate.usage, estimate.usage);
    }, USAGE_POLL_MS);
    return () => clearInterval(timer);
  }, [waiting, storage]);
}
