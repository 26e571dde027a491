import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshRepositories, identity } from './fresh';
import { readWriteTransactions } from './transactions';

/** The durability of every read-write transaction opened while `work` runs. */
async function writeDurabilities(
  work: () => Promise<unknown>,
): Promise<IDBTransactionDurability[]> {
  return (await readWriteTransactions(work)).map((tx) => tx.durability);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('what the panel calls saved is flushed to disk', () => {
  it('opens every write — a save, a draft, a setting, a template — with strict durability', async () => {
    const repos = freshRepositories();
    const durabilities = await writeDurabilities(async () => {
      const document = await repos.documents.ensure(identity('gdoc:durable'));
      const parts = [
        { id: 'p1', question: 'feedBack' as const, level: 'task' as const, text: 'Clear.' },
      ];
      await repos.feedback.putDraft({ documentId: document.id, anchor: null, parts });
      await repos.feedback.commit({ documentId: document.id, anchor: null, parts });
      await repos.settings.update('backupReminderWeeks', () => 3);
      await repos.templates.createOwn({
        lang: 'en',
        question: 'feedForward',
        level: 'process',
        text: 'Next, try {next step}.',
        tags: [],
      });
    });
    // Strict: the browser reports the write done only once it reached the disk,
    // not when it sits in the operating system's cache (Chromium's default, 'relaxed').
    expect(durabilities.length).toBeGreaterThanOrEqual(5);
    expect(new Set(durabilities)).toEqual(new Set(['strict']));
  });
});
