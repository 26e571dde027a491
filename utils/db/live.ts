import { liveQuery } from 'dexie';

/** What a live query reports to whoever watches it. */
export interface LiveObserver<T> {
  next(value: T): void;
  error(error: unknown): void;
}

/** A query that keeps answering as the data it read changes; unsubscribe to stop it. */
export interface Live<T> {
  subscribe(observer: LiveObserver<T>): { unsubscribe(): void };
}

/**
 * Turns a read of the repositories into a subscribable that runs again
 * whenever the tables it read change, in this page or any other extension
 * page. Dexie's change tracking stays inside utils/db: the panel's hooks
 * watch the result without knowing which storage engine produced it.
 */
export function live<T>(query: () => Promise<T>): Live<T> {
  return liveQuery(query);
}
