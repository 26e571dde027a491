import Dexie, { type Table, type Transaction } from 'dexie';
import type {
  ActivityRecord,
  AssignmentRecord,
  DocumentRecord,
  FeedbackItemRecord,
  GroupRecord,
  SettingRecord,
  StudentRecord,
  TemplateRecord,
  VisitRecord,
} from '../model/records';
import type { TableName } from '../model/tables';
import { NEWEST_RECORD_VERSION, RECORD_UPGRADES, type TableUpgrades } from './migrations';

/** The database name; one database, in the extension origin only. */
export const DATABASE_NAME = 'feedforward';

/**
 * Version 1 index layout. Only fields that are queried are indexed; the rest
 * of each record is stored but not indexed. Booleans are not indexable in
 * IndexedDB, so flags are filtered in memory after an indexed query. Every
 * table of the model (TABLE_NAMES) has a store, and no other.
 */
export const SCHEMA_V1 = {
  groups: 'id, name, schoolYear',
  students: 'id, name, groupId',
  assignments: 'id, title, groupId',
  documents: 'id, &key, studentId, assignmentId, updatedAt',
  feedback:
    'id, documentId, studentId, status, source, followUpAt, updatedAt, [documentId+createdAt], [studentId+createdAt]',
  templates: 'id, lang, question, level, [lang+question+level], *tags, useCount, copiedFrom',
  activity: 'id, at, kind, studentId, groupId, documentId',
  visits: 'id, at, visitedColleague, coach',
  settings: 'key',
} as const satisfies Record<TableName, string>;

/**
 * Version 2: feedback, activity and documents are indexed by the school year
 * they belong to ("2026/27"), because teachers list, export, archive and
 * clear their data a school year at a time. The upgrade fills the field in
 * for every existing record (see `RECORD_UPGRADES` in ./migrations).
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  documents: `${SCHEMA_V1.documents}, schoolYear`,
  feedback: `${SCHEMA_V1.feedback}, schoolYear`,
  activity: `${SCHEMA_V1.activity}, schoolYear`,
} as const;

/**
 * Version 3: no new index. Feedback items and assignments carry a revision
 * (each save adds one, so a save made on an older copy in another tab is
 * caught), and drafts name the composer writing them. The upgrade gives
 * every stored item and assignment revision 1.
 */
export const SCHEMA_V3 = { ...SCHEMA_V2 } as const;

/** Version 4: no new index; feedback items may carry an outcome (see RECORD_UPGRADES). */
export const SCHEMA_V4 = { ...SCHEMA_V3 } as const;

/**
 * Version 5: feedback is also indexed by when it was written, so the
 * teacher's mirror reads one week, month or school year of items page by
 * page instead of every item; items may carry the golden rules the review
 * flagged while they were written and at save (see RECORD_UPGRADES).
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  feedback: `${SCHEMA_V4.feedback}, createdAt`,
} as const;

/**
 * Version 6: no new index; co-coaching visits may carry the preparation's
 * focus examples and methods, the follow-up date, the coach's timestamped
 * notes and tally, the coach's reflection and when a hand-over was received
 * (all optional, see RECORD_UPGRADES).
 */
export const SCHEMA_V6 = { ...SCHEMA_V5 } as const;

/**
 * Every schema the database has had, oldest first.
 *
 * The rule: every schema change — an index, a table, or a change in what a
 * record holds — is a NEW entry at the end, never an edit of an old one,
 * and every version after the first has its record rewrite in
 * `RECORD_UPGRADES` (./migrations.ts; an empty one if no record changes).
 * The database runs those rewrites when it opens an older database, and
 * `upgradeRecords` runs the very same functions over a backup made under an
 * older version, so both end up alike.
 */
export const SCHEMA_VERSIONS = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2 },
  { version: 3, stores: SCHEMA_V3 },
  { version: 4, stores: SCHEMA_V4 },
  { version: 5, stores: SCHEMA_V5 },
  { version: 6, stores: SCHEMA_V6 },
] as const;

/** The schema version this build writes (and the newest a backup may have). */
export const DATABASE_VERSION = Math.max(...SCHEMA_VERSIONS.map((entry) => entry.version));

if (NEWEST_RECORD_VERSION !== DATABASE_VERSION) {
  throw new Error(
    `Record upgrades reach version ${NEWEST_RECORD_VERSION}, the schema ${DATABASE_VERSION}`,
  );
}

/**
 * How sure a write is once the panel says "Saved". Chromium's default
 * durability ('relaxed' since Chrome 121) fires `complete` before the change
 * is flushed, so a crash of the browser or the machine right after can lose
 * it; 'strict' fires `complete` only once it has been written to disk, so
 * what the teacher was told is saved survives the tab closing, the browser
 * being killed and the power going. What it costs is measured by
 * `bench/db.mjs` in Chromium on disk (`saveMs` in bench/results/db.json):
 * about a millisecond per save at the median, with an occasional slow flush
 * on a busy disk, against a fraction of a millisecond relaxed; a bulk write
 * pays one flush per transaction. Feedback and drafts are written a few
 * times a minute, at most twice a second, so the guarantee is worth it for
 * every transaction. tests/unit/db/durability.test.ts and the durability
 * end-to-end test fail if any write is opened otherwise.
 */
const TRANSACTION_DURABILITY = 'strict';

/** Runs one version step's record rewrites inside the database's upgrade transaction. */
async function rewriteStoredRecords(transaction: Transaction, upgrades: TableUpgrades) {
  await Promise.all(
    Object.entries(upgrades).map(([table, upgrade]) =>
      transaction
        .table(table)
        .toCollection()
        .modify((record, context) => {
          context.value = upgrade(record);
        }),
    ),
  );
}

/** The typed Dexie database; import it only inside utils/db. */
export class FeedforwardDatabase extends Dexie {
  groups!: Table<GroupRecord, string>;
  students!: Table<StudentRecord, string>;
  assignments!: Table<AssignmentRecord, string>;
  documents!: Table<DocumentRecord, string>;
  feedback!: Table<FeedbackItemRecord, string>;
  templates!: Table<TemplateRecord, string>;
  activity!: Table<ActivityRecord, string>;
  visits!: Table<VisitRecord, string>;
  settings!: Table<SettingRecord, string>;

  constructor(name = DATABASE_NAME) {
    super(name, { chromeTransactionDurability: TRANSACTION_DURABILITY });
    for (const { version, stores } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      const upgrades = RECORD_UPGRADES[version];
      if (version > 1 && !upgrades) throw new Error(`Schema version ${version} has no upgrade`);
      if (upgrades) declared.upgrade((transaction) => rewriteStoredRecords(transaction, upgrades));
    }
  }
}

/** A fresh random id; UUIDs keep records from two backups from colliding. */
export function newId(): string {
  return crypto.randomUUID();
}
