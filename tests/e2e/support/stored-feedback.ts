import type { Frame } from 'playwright-core';

/**
 * The stored feedback items, as the database holds them, read from an
 * extension frame (the panel): a test learns an item's id this way, which
 * the panel never shows.
 */
export function storedFeedback(
  panel: Frame,
): Promise<{ id: string; followUpAt?: number; remindedAt?: number }[]> {
  return panel.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('feedforward');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    try {
      return await new Promise((done, fail) => {
        const request = db.transaction('feedback').objectStore('feedback').getAll();
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
    } finally {
      db.close();
    }
  });
}
