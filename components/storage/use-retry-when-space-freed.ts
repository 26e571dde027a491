import { useEffect, useRef } from 'preact/hooks';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useAppServices } from '../../utils/panel/services/context';

/**
 * How often a write waiting for space is tried again. Space comes back in
 * ways no event announces (a file deleted elsewhere on the disk, the
 * browser's limit lifted), and a try that fails again costs one refused
 * transaction, so trying is the one reliable way to notice.
 */
const RETRY_EVERY_MS = 4000;

/**
 * While `waiting`, calls `retry` as soon as space may be there again: when
 * stored data changes (the teacher deleted something, in this page or the
 * dashboard), when the teacher comes back to the tab, and every few seconds
 * in any case. A retry that fails again simply waits for the next one, so
 * nothing typed is lost.
 */
export function useRetryWhenSpaceFreed(waiting: boolean, retry: () => void): void {
  const { repos } = useAppServices();
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
    const tryAgain = () => latestRetry.current();
    const onVisible = () => document.visibilityState === 'visible' && tryAgain();
    const timer = setInterval(tryAgain, RETRY_EVERY_MS);
    window.addEventListener('focus', tryAgain);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', tryAgain);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [waiting]);
}
