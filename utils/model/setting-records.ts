import * as v from 'valibot';
import { HANDOFF_SCHEMAS } from './handoffs';
import { MISSED_SEARCH_SCHEMAS } from './missed-searches';
import { SETTING_SCHEMAS } from './settings';

/**
 * What the settings table holds: one `{ key, value }` record per key. The
 * teacher's preferences, the hand-offs between pages and the missed-search
 * log are separate things with separate repositories, but all three keep
 * living in this one table under the keys they always had — so the split
 * needs no new schema version or migration, and backups written before it
 * restore unchanged (and backups written after it open in older builds).
 */
const STORED_SCHEMAS = { ...SETTING_SCHEMAS, ...HANDOFF_SCHEMAS, ...MISSED_SEARCH_SCHEMAS };

/** A key of the settings table. */
type StoredKey = keyof typeof STORED_SCHEMAS;

/** One record of the settings table: its key and a value that fits that key. */
export type SettingRecord = {
  [K in StoredKey]: { key: K; value: v.InferOutput<(typeof STORED_SCHEMAS)[K]> };
}[StoredKey];

/**
 * A settings-table record whose value fits its key: an unknown key or a
 * value of the wrong shape is refused, naming `key` or the place in
 * `value`. Backups check their settings records with it.
 */
export const SettingRecordSchema = v.variant(
  'key',
  (Object.keys(STORED_SCHEMAS) as StoredKey[]).map((key) =>
    v.strictObject({ key: v.literal(key), value: STORED_SCHEMAS[key] }),
  ),
) as v.GenericSchema<unknown, SettingRecord>;
