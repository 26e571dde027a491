/** How long the page must be quiet before its passages are looked up again. */
const QUIET_MS = 400;
/** Even on a page that never stops changing, look again at least this often. */
const MAX_WAIT_MS = 2000;

/**
 * Calls `onChange` when the page's text changes — a single-page app
 * swapping content, a student's edit arriving — throttled so a busy page
 * costs one re-anchoring per pause, not one per mutation. Changes inside
 * `ignore` (our own panel host, our fallback marks) do not count.
 */
export function watchTextChanges(
  root: Node,
  ignore: (node: Node) => boolean,
  onChange: () => void,
): { stop(): void; pause<T>(work: () => T): T } {
  const view = (root.ownerDocument ?? (root as Document)).defaultView;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let firstPending: number | null = null;

  const fire = () => {
    clearTimeout(quietTimer);
    firstPending = null;
    onChange();
  };

  const handle = (records: MutationRecord[]) => {
    const relevant = records.some(
      (record) =>
        !ignore(record.target) &&
        (record.type === 'characterData' ||
          [...record.addedNodes, ...record.removedNodes].some((node) => !ignore(node))),
    );
    if (!relevant) return;
    const now = Date.now();
    firstPending ??= now;
    clearTimeout(quietTimer);
    if (now - firstPending >= MAX_WAIT_MS) fire();
    else quietTimer = setTimeout(fire, QUIET_MS);
  };
  const observer = new (view?.MutationObserver ?? MutationObserver)(handle);
  const options: MutationObserverInit = { subtree: true, childList: true, characterData: true };
  observer.observe(root, options);

  return {
    stop() {
      observer.disconnect();
      clearTimeout(quietTimer);
    },
    /** Runs our own DOM changes without the observer seeing them. */
    pause(work) {
      // The page's own changes that are still queued count; ours do not.
      handle(observer.takeRecords());
      observer.disconnect();
      try {
        return work();
      } finally {
        observer.observe(root, options);
      }
    },
  };
}
