import { useLayoutEffect } from 'preact/hooks';

/** The moments of a panel's start-up a teacher notices, in the order they come. */
export type StartupMoment = 'connected' | 'composer-ready' | 'items-listed';

/**
 * Leaves a User Timing mark (`feedforward:<moment>`) the first time the
 * panel reaches `moment`, once its DOM shows it. The opening-speed benchmark
 * reads these marks after the fact, so nothing has to watch the panel while
 * it starts; they stay in this frame (the browser's developer tools show
 * them too) and nothing sends them anywhere.
 */
export function useStartupMark(moment: StartupMoment, reached = true): void {
  useLayoutEffect(() => {
    const name = `feedforward:${moment}`;
    if (reached && performance.getEntriesByName(name, 'mark').length === 0) {
      performance.mark(name);
    }
  }, [moment, reached]);
}
