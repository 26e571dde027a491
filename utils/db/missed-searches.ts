import { recordMissedSearch } from '../feedback/missed-searches';
import {
  MISSED_SEARCH_SCHEMAS,
  type MissedSearch,
  NO_MISSED_SEARCHES,
} from '../model/missed-searches';
import type { FeedforwardDatabase } from './database';
import { createKeyedValues } from './keyed-values';

/** The comment-bank searches that found nothing. */
export interface MissedSearchRepository {
  /** Newest first, every language. */
  list(): Promise<MissedSearch[]>;
  /** Counts one search that found nothing; two pages recording at once both count. */
  record(query: string, lang: string, at: number): Promise<void>;
}

/**
 * The missed-search log, stored in the settings table under its old key.
 * Erasing a learner rewrites it (see cleanup-plan.ts), since a search may
 * name them.
 */
export function createMissedSearchRepository(db: FeedforwardDatabase): MissedSearchRepository {
  const values = createKeyedValues(db, MISSED_SEARCH_SCHEMAS, NO_MISSED_SEARCHES);
  return {
    list: () => values.get('bankMissedSearches'),
    record: (query, lang, at) =>
      values.update('bankMissedSearches', (list) => recordMissedSearch(list, query, lang, at)),
  };
}
