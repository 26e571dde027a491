import { schoolYearOf } from '../model/school-year';

/**
 * How stored records change from one schema version to the next, as plain
 * functions over plain objects. The same functions run inside the database's
 * own upgrade (see `FeedforwardDatabase`) and over the tables of a backup
 * made under an older version, so an old backup and an old database end up
 * exactly alike. Nothing here touches IndexedDB.
 */

/** A stored record as it comes out of a table or a backup file. */
export type StoredRecord = Record<string, unknown>;

/** Rewrites one record of one table to the next version's shape; never mutates its input. */
export type RecordUpgrade = (record: StoredRecord) => StoredRecord;

/** The record rewrites of one version step, by table name; tables not named are unchanged. */
export type TableUpgrades = Readonly<Record<string, RecordUpgrade>>;

/** A record had a value the upgrade cannot work from, e.g. no creation time. */
export class RecordUpgradeError extends Error {
  override name = 'RecordUpgradeError';
}

/** Reads a timestamp field that every record of that table has had since version 1. */
function timestampField(record: StoredRecord, field: string, table: string): number {
  const value = record[field];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RecordUpgradeError(`A ${table} record (${String(record.id)}) has no ${field} time`);
  }
  return value;
}

/** Adds the school year the record belongs to, worked out from one of its timestamps. */
function schoolYearFrom(table: string, field: string): RecordUpgrade {
  return (record) => ({
    ...record,
    schoolYear: schoolYearOf(timestampField(record, field, table)),
  });
}

/**
 * Version 2: feedback, activity and documents carry the school year they
 * belong to (feedback and documents by when they were created, activity by
 * when it happened), so a year is listed, exported or cleared from an index.
 */
const TO_VERSION_2: TableUpgrades = {
  feedback: schoolYearFrom('feedback', 'createdAt'),
  activity: schoolYearFrom('activity', 'at'),
  documents: schoolYearFrom('documents', 'createdAt'),
};

/** Gives a record its first revision, unless it has one. */
const firstRevision: RecordUpgrade = (record) => ({ revision: 1, ...record });

/**
 * Version 3: feedback items and assignments carry a revision, so a save made
 * on an older copy in another tab is refused rather than written over.
 */
const TO_VERSION_3: TableUpgrades = {
  feedback: firstRevision,
  assignments: firstRevision,
};

/**
 * Version 4: feedback items may carry an outcome (what came of the
 * feed-forward). The field is optional and unindexed, so no stored record
 * is rewritten; the version is raised so that a backup holding outcomes is
 * refused by an older build as "from a newer version" rather than as damaged.
 */
const TO_VERSION_4: TableUpgrades = {};

/**
 * Version 5: feedback gets an index on its creation time, which every item
 * has had since version 1, and may carry the review's findings on it (an
 * optional, unindexed field older items simply lack). No stored record is
 * rewritten; the version is raised for the index, and so an older build
 * refuses a backup holding findings as "from a newer version".
 */
const TO_VERSION_5: TableUpgrades = {};

/**
 * Version 6: co-coaching visits may carry the preparation's choices, the
 * coach's notes and tally and the follow-up's reflection. Every new field is
 * optional, so no stored visit is rewritten; the version is raised so that
 * an older build refuses a backup holding them as "from a newer version".
 */
const TO_VERSION_6: TableUpgrades = {};

/**
 * The record rewrites for every schema version after the first, by the
 * version they lead to. The database refuses to open if a version in
 * `SCHEMA_VERSIONS` has no entry here: a version that changes no record
 * gets an empty entry, so skipping the rewrite is always a decision.
 */
export const RECORD_UPGRADES: Readonly<Record<number, TableUpgrades>> = {
  2: TO_VERSION_2,
  3: TO_VERSION_3,
  4: TO_VERSION_4,
  5: TO_VERSION_5,
  6: TO_VERSION_6,
};

/** The versions that have record rewrites, oldest first. */
const UPGRADE_VERSIONS = Object.keys(RECORD_UPGRADES)
  .map(Number)
  .sort((a, b) => a - b);

/** The version `upgradeRecords` brings records to: the newest schema version. */
export const NEWEST_RECORD_VERSION = Math.max(1, ...UPGRADE_VERSIONS);

/** Applies one step's rewrite to every record of the tables it names. */
function applyTableUpgrades(
  upgrades: TableUpgrades,
  tables: Record<string, unknown[]>,
): Record<string, unknown[]> {
  return Object.fromEntries(
    Object.entries(tables).map(([table, records]) => {
      const upgrade = upgrades[table];
      if (!upgrade) return [table, [...records]];
      return [table, records.map((record) => upgrade(asStoredRecord(record, table)))];
    }),
  );
}

/** A record must be a plain object for a rewrite to apply to it. */
function asStoredRecord(record: unknown, table: string): StoredRecord {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new RecordUpgradeError(`A ${table} record is not an object`);
  }
  return record as StoredRecord;
}

/**
 * Brings the tables of data stored under schema `fromVersion` (a backup,
 * say) to the newest version by applying every step after it in order. The
 * input is left as it was; tables without rewrites are copied unchanged.
 * Throws a RecordUpgradeError for a version this build does not know
 * (newer ones included: their records cannot be read back safely).
 */
export function upgradeRecords(
  fromVersion: number,
  tables: Record<string, unknown[]>,
): Record<string, unknown[]> {
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || fromVersion > NEWEST_RECORD_VERSION) {
    throw new RecordUpgradeError(`Schema version ${fromVersion} is not one this build can read`);
  }
  return UPGRADE_VERSIONS.filter((version) => version > fromVersion).reduce(
    (current, version) => applyTableUpgrades(RECORD_UPGRADES[version] ?? {}, current),
    applyTableUpgrades({}, tables),
  );
}
