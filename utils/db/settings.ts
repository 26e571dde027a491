import { DEFAULT_SETTINGS, SETTING_SCHEMAS } from '../model/settings';
import type { FeedforwardDatabase } from './database';
import { createKeyedValues, type KeyedValues } from './keyed-values';

/** Typed access to the teacher's preferences and the panel's layout. */
export type SettingsRepository = KeyedValues<typeof SETTING_SCHEMAS>;

/**
 * The preferences, each read against its schema and defaulting as
 * DEFAULT_SETTINGS says. Hand-offs and the missed-search log share the
 * table but not this repository (see handoffs.ts, missed-searches.ts).
 */
export function createSettingsRepository(db: FeedforwardDatabase): SettingsRepository {
  return createKeyedValues(db, SETTING_SCHEMAS, DEFAULT_SETTINGS);
}
