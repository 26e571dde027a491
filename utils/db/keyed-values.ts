import * as v from 'valibot';
import type { SettingRecord } from '../model/setting-records';
import type { FeedforwardDatabase } from './database';

/** Schemas of values stored one record per key in the settings table. */
type SchemaMap = Record<string, v.GenericSchema>;

/** The value type of every key of a schema map. */
export type ValuesOf<S extends SchemaMap> = { [K in keyof S]: v.InferOutput<S[K]> };

/** Typed access to some keys of the settings table. */
export interface KeyedValues<S extends SchemaMap> {
  get<K extends keyof S & string>(key: K): Promise<ValuesOf<S>[K]>;
  set<K extends keyof S & string>(key: K, value: ValuesOf<S>[K]): Promise<void>;
  /** Reads, changes and writes one value in one transaction, so two pages cannot interleave. */
  update<K extends keyof S & string>(
    key: K,
    change: (value: ValuesOf<S>[K]) => ValuesOf<S>[K],
  ): Promise<void>;
}

/**
 * The one way into the settings table, shared by the preferences, the
 * hand-offs and the missed-search log. One record per key, so two pages
 * changing different keys never overwrite each other. A stored value that
 * does not fit its schema (written by an older build, or damaged) reads as
 * a fresh copy of its default: a bad record costs the teacher that one
 * value, never the panel.
 */
export function createKeyedValues<S extends SchemaMap>(
  db: FeedforwardDatabase,
  schemas: S,
  defaults: ValuesOf<S>,
): KeyedValues<S> {
  const read = async <K extends keyof S & string>(key: K): Promise<ValuesOf<S>[K]> => {
    const record = await db.settings.get(key);
    if (record !== undefined) {
      const stored = v.safeParse(schemas[key] as v.GenericSchema, record.value);
      if (stored.success) return stored.output as ValuesOf<S>[K];
    }
    return structuredClone(defaults[key]);
  };
  const write = async <K extends keyof S & string>(key: K, value: ValuesOf<S>[K]) => {
    await db.settings.put({ key, value } as SettingRecord);
  };
  return {
    get: read,
    set: write,
    async update(key, change) {
      await db.transaction('rw', db.settings, async () => {
        await write(key, change(await read(key)));
      });
    },
  };
}
