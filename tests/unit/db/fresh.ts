import { vi } from 'vitest';
import { openRepositories, type Repositories } from '../../../utils/db/index';
import type { Anchor } from '../../../utils/model/anchor';

/** A database name no other test uses, so every test starts from an empty database. */
export function uniqueDatabaseName(): string {
  return `feedforward-test-${crypto.randomUUID()}`;
}

/** Repositories over a new, empty database. */
export function freshRepositories(): Repositories {
  return openRepositories(uniqueDatabaseName());
}

/** A document identity as the page reports it. */
export function identity(key: string, title = 'Essay', url = `https://example.org/${key}`) {
  return { key, title, url };
}

/** A document attached to a student, as after the teacher picked the learner. */
export async function studentDocument(
  repos = freshRepositories(),
  key = 'gdoc:essay',
  studentId = 'anna',
) {
  const document = await repos.documents.ensure(identity(key));
  await repos.documents.put({ ...document, studentId });
  return { repos, document: { ...document, studentId } };
}

/** A passage of the essay, as the page anchors a selection. */
export const ANCHOR: Anchor = {
  quote: { type: 'TextQuoteSelector', exact: 'the war ended', prefix: 'In 1945 ', suffix: '.' },
  position: { type: 'TextPositionSelector', start: 8, end: 21 },
};

/**
 * Lets the clock run at chosen times only (the database's own timers keep
 * working). Call `vi.useRealTimers()` after each test.
 */
export function clockAt(ms: number): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(ms);
}
