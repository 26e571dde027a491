/** The two calls of the browser's StorageManager this needs (a fake in tests). */
type PersistenceManager = Pick<StorageManager, 'persist' | 'persisted'>;

/**
 * Asks the browser to mark the extension's storage persistent, each time
 * the background starts. Firefox grants it without a prompt to an extension
 * holding `unlimitedStorage`, but answers "not persisted" until it is asked;
 * Chrome's service worker has no `persist()` (and exempts the data through
 * the permission already), so there this does nothing. Resolves to the
 * browser's answer, or null where it cannot be asked.
 */
export async function askToPersist(
  storage: Partial<PersistenceManager> | undefined = globalThis.navigator?.storage,
): Promise<boolean | null> {
  if (!storage?.persist || !storage.persisted) return null;
  if (await storage.persisted()) return true;
  return storage.persist();
}
