import type { Page } from 'playwright-core';

/**
 * Stores a class and its students straight into the extension's database
 * from one of its pages (the dashboard), as the app's repositories would:
 * for tests that need a class before anything else, without going through
 * a class editor. Returns the class's id.
 */
export async function seedClass(page: Page, name: string, students: readonly string[]) {
  return page.evaluate(
    async ({ name, students }) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('feedforward');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const now = Date.now();
      const groupId = crypto.randomUUID();
      try {
        await new Promise<void>((done, fail) => {
          const transaction = db.transaction(['groups', 'students'], 'readwrite');
          transaction
            .objectStore('groups')
            .put({ id: groupId, name, createdAt: now, updatedAt: now });
          for (const student of students)
            transaction.objectStore('students').put({
              id: crypto.randomUUID(),
              name: student,
              groupId,
              createdAt: now,
              updatedAt: now,
            });
          transaction.oncomplete = () => done();
          transaction.onerror = () => fail(transaction.error);
        });
      } finally {
        db.close();
      }
      return groupId;
    },
    { name, students },
  );
}
