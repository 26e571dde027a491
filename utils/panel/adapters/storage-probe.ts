import type { StorageEstimate } from '../../storage/thresholds';

/** Where the pages read storage use and persistence from (the browser, or a fake in tests). */
export interface StorageProbe {
  estimate(): Promise<StorageEstimate | null>;
  /** Whether the browser promised to keep the data when disk runs low; null when it cannot say. */
  persisted(): Promise<boolean | null>;
  /** Asks for that promise; the browser's answer, or null when it has no way to ask. */
  persist(): Promise<boolean | null>;
  /**
   * Whether the extension may store without limit: its data is then never
   * evicted to make room (Chrome), or kept as persistent storage without
   * asking (Firefox), whatever `persisted()` says.
   */
  unlimited(): Promise<boolean>;
}

/**
 * Reads `navigator.storage` in the extension's origin, where the database
 * lives (null when the browser does not report it), and asks the
 * extension's permissions whether it may store without limit.
 */
export function createBrowserStorageProbe(
  storage: StorageManager | undefined,
  hasUnlimitedStorage: () => Promise<boolean>,
): StorageProbe {
  const unlimited = () => hasUnlimitedStorage().catch(() => false);
  return {
    async estimate() {
      if (!storage?.estimate) return null;
      const [{ usage, quota }, isUnlimited] = await Promise.all([storage.estimate(), unlimited()]);
      if (usage === undefined || quota === undefined) return null;
      return isUnlimited ? { usage, quota, unlimited: true } : { usage, quota };
    },
    persisted: async () => (storage?.persisted ? storage.persisted() : null),
    persist: async () => (storage?.persist ? storage.persist() : null),
    unlimited,
  };
}
