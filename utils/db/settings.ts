import * as v from 'valibot';
import {
  DEFAULT_SETTINGS,
  SETTING_SCHEMAS,
  type SettingKey,
  type SettingRecord,
  type Settings,
} from '../model/settings';
import type { FeedforwardDatabase } from './database';

/** Typed access to the settings table. */
export interface SettingsRepository {
  get<K extends SettingKey>(key: K): Promise<Settings[K]>;
  set<K extends SettingKey>(key: K, value: Settings[K]): Promise<void>;
  /** Reads, changes and writes one setting in one transaction, so two pages cannot interleave. */
  update<K extends SettingKey>(key: K, change: (value: Settings[K]) => Settings[K]): Promise<void>;
}

/**
 * A stored setting's value, or a fresh copy of its default when there is
 * none or it does not fit its schema (written by an older build, or
 * damaged): a bad setting costs the teacher that one preference, never
 * the panel.
 */
function readValue<K extends SettingKey>(key: K, record: SettingRecord | undefined): Settings[K] {
  if (record !== undefined) {
    const stored = v.safeParse(SETTING_SCHEMAS[key], record.value);
    if (stored.success) return stored.output as Settings[K];
  }
  return structuredClone(DEFAULT_SETTINGS[key]);
}

/** The record that stores `value` under `key`. */
function recordOf<K extends SettingKey>(key: K, value: Settings[K]): SettingRecord {
  return { key, value } as SettingRecord;
}

/**
 * Settings are stored one record per key so two pages changing different
 * settings never overwrite each other.
 */
export function createSettingsRepository(db: FeedforwardDatabase): SettingsRepository {
  return {
    async get(key) {
      return readValue(key, await db.settings.get(key));
    },
    async set(key, value) {
      await db.settings.put(recordOf(key, value));
    },
    async update(key, change) {
      await db.transaction('rw', db.settings, async () => {
        const value = readValue(key, await db.settings.get(key));
        await db.settings.put(recordOf(key, change(value)));
      });
    },
  };
}
