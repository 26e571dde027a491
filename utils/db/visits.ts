import type { VisitRecord } from '../model/records';
import { type CrudRepository, createCrud } from './crud';
import type { FeedforwardDatabase } from './database';

/** Collegial co-coaching visits. */
export interface VisitRepository extends CrudRepository<VisitRecord> {
  /** Newest first, as a teacher looks for the latest visit. */
  listRecent(limit: number): Promise<VisitRecord[]>;
}

/** Visits are few and listed by date. */
export function createVisitRepository(db: FeedforwardDatabase): VisitRepository {
  return {
    ...createCrud(db.visits),
    listRecent: (limit) => db.visits.orderBy('at').reverse().limit(limit).toArray(),
  };
}
