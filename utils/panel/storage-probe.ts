/** Storage used by the extension and the most it may use, in bytes. */
export interface StorageEstimate {
  usage: number;
  quota: number;
}

/** Where the panel reads storage use from (the browser, or a fake in tests). */
export interface StorageProbe {
  estimate(): Promise<StorageEstimate | null>;
}

/**
 * Reads `navigator.storage.estimate()` in the extension's origin, where the
 * database lives. Null when the browser does not report it.
 */
export function createBrowserStorageProbe(storage: StorageManager | undefined): StorageProbe {
  return {
    async estimate() {
      if (!storage?.estimate) return null;
      const { usage, quota } = await storage.estimate();
      return usage === undefined || quota === undefined ? null : { usage, quota };
    },
  };
}
