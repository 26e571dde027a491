import type { Table } from 'dexie';

/**
 * The read/write operations every table shares. Each repository module builds
 * on this and adds the queries its table needs, so the basic operations exist
 * once instead of once per table.
 */
export interface CrudRepository<T extends { id: string }> {
  get(id: string): Promise<T | undefined>;
  all(): Promise<T[]>;
  put(record: T): Promise<T>;
  remove(id: string): Promise<void>;
  count(): Promise<number>;
}

/** Builds the shared operations over one Dexie table keyed by `id`. */
export function createCrud<T extends { id: string }>(table: Table<T, string>): CrudRepository<T> {
  return {
    get: (id) => table.get(id),
    all: () => table.toArray(),
    async put(record) {
      await table.put(record);
      return record;
    },
    remove: (id) => table.delete(id),
    count: () => table.count(),
  };
}
