import { useEffect, useState } from 'preact/hooks';
import { live } from '../../db/index';

/** A live query's latest result, or the error that stopped it. */
export interface LiveQueryState<T> {
  data: T | undefined;
  error: unknown;
}

/**
 * Re-runs `query` whenever the tables it read change, in this page or any
 * other extension page (another tab's panel, the dashboard), so the panel
 * never shows stale feedback. `deps` restarts the query like useEffect's.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): LiveQueryState<T> {
  const [state, setState] = useState<LiveQueryState<T>>({ data: undefined, error: undefined });
  useEffect(() => {
    const subscription = live(query).subscribe({
      next: (data) => setState({ data, error: undefined }),
      error: (error: unknown) => setState((previous) => ({ data: previous.data, error })),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
