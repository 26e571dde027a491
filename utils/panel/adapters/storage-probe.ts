import type { StorageEstimate } from '../../storage/thresholds';

/** Where the pages read storage use and persistence from (the browser, or a fake in tests). */
export interface StorageProbe {
  estimate(): Promise<StorageEstimate | null>;
  /** Whether the browser promised to keep the data when disk runs low; null when it cannot say. */
  persisted(): Promise<boolean | null>;
  /** Asks for that promise; the browser's answer, or null when it has no way to ask. */
  persist(): Promise<boolean | null>;
}

/**
 * Reads `navigator.storage` in the extension's origin, where the database
 * lives. Null when the browser does not report it.
 */
export function createBrowserStorageProbe(storage: StorageManager | undefined): StorageProbe {
  return {
    async estimate() {
      if (!storage?.estimate) return null;
      const { usage, quota } = await storage.estimate();
      return usage === undefined || quota === undefined ? null : { usage, quota };
    },
    persisted: async () => (storage?.persisted ? storage.persisted() : null),
    persist: async () => (storage?.persist ? storage.persist() : null),
  };
}
