import { openRepositories, type Repositories } from '../../../utils/db/index';

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
