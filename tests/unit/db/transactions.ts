import { vi } from 'vitest';

/**
 * Every read-write transaction opened while `work` runs, so a test can check
 * how many writes a repository call took and how they were opened. Restore
 * the spy with `vi.restoreAllMocks()` after each test.
 */
export async function readWriteTransactions(
  work: () => Promise<unknown>,
): Promise<IDBTransaction[]> {
  const opened: IDBTransaction[] = [];
  const open = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) {
    const transaction = open.apply(this, args);
    opened.push(transaction);
    return transaction;
  });
  await work();
  return opened.filter((tx) => tx.mode === 'readwrite');
}
