/** Which composers are open right now, in any tab (a fake in tests). */
export interface ComposerPresence {
  /** Announces this composer as open until the returned function is called or its frame goes. */
  announce(composerId: string): () => void;
  /** The composers open right now. */
  open(): Promise<Set<string>>;
}

const LOCK_PREFIX = 'feedforward-composer:';

/**
 * Presence through the Web Locks API: each composer holds a lock named
 * after it for as long as it lives. Every extension page shares one lock
 * manager (one origin), and the browser releases a lock the moment its
 * frame goes — a closed tab, a crashed renderer, a panel the page removed —
 * so a draft whose composer holds no lock was truly left behind. Without
 * the API no composer counts as open and every draft is offered.
 */
export function createLockPresence(
  locks: LockManager | undefined = navigator.locks,
): ComposerPresence {
  return {
    announce(composerId) {
      if (!locks) return () => {};
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      void locks.request(`${LOCK_PREFIX}${composerId}`, () => held).catch(() => {});
      return () => release();
    },
    async open() {
      if (!locks) return new Set();
      const { held = [] } = await locks.query();
      return new Set(
        held
          .map((lock) => lock.name ?? '')
          .filter((name) => name.startsWith(LOCK_PREFIX))
          .map((name) => name.slice(LOCK_PREFIX.length)),
      );
    },
  };
}
