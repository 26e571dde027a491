import type { DocumentIdentity } from '../../utils/model/document';

/**
 * How often the address and the integration's identity are compared while
 * a panel is connected: the safety net for what no event announces (a
 * `pushState` where the Navigation API is missing, an identity an
 * integration reads from the page's content).
 */
const CHECK_INTERVAL_MS = 400;

/** The part of the Navigation API used here; Chromium has it, Firefox may not. */
interface NavigationEvents {
  addEventListener(type: 'currententrychange', listener: () => void): void;
  removeEventListener(type: 'currententrychange', listener: () => void): void;
}

/** Which document the page shows, followed while a panel needs to know. */
export interface DocumentWatch {
  /**
   * The document the page shows now. If it is not the one last reported
   * (or its title changed: apps often rename the page after moving on),
   * `onChange` hears of it first, so whatever the caller does next (capture
   * a selection, answer a save) can never be told of the new document
   * before the panel was.
   */
  current(): DocumentIdentity;
  /** Follows the page (events and a periodic check) until `stop`. */
  start(): void;
  stop(): void;
}

/**
 * Follows a single-page app from one document to the next: a grading view
 * that moves to the next student with `history.pushState`, the back button,
 * a hash route, or an integration whose identity comes from the page. The
 * page's own script cannot be watched from here (its `pushState` is its
 * own), so the Navigation API's entry changes, popstate and hashchange are
 * heard at once and a cheap periodic comparison catches the rest.
 */
export function watchDocument(
  win: Window,
  identify: () => DocumentIdentity,
  onChange: (identity: DocumentIdentity) => void,
): DocumentWatch {
  let last = identify();
  let timer: ReturnType<typeof setInterval> | undefined;
  const navigation = (win as unknown as { navigation?: NavigationEvents }).navigation;

  function current(): DocumentIdentity {
    const now = identify();
    if (now.key !== last.key || now.title !== last.title) {
      last = now;
      onChange(now);
    }
    return now;
  }
  const check = () => void current();

  return {
    current,
    start() {
      if (timer !== undefined) return;
      last = identify();
      timer = setInterval(check, CHECK_INTERVAL_MS);
      win.addEventListener('popstate', check);
      win.addEventListener('hashchange', check);
      navigation?.addEventListener('currententrychange', check);
    },
    stop() {
      if (timer === undefined) return;
      clearInterval(timer);
      timer = undefined;
      win.removeEventListener('popstate', check);
      win.removeEventListener('hashchange', check);
      navigation?.removeEventListener('currententrychange', check);
    },
  };
}
