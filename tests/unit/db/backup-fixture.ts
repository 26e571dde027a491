import { canonicalJson } from '../../../utils/db/backup/merge';
import { FeedforwardDatabase } from '../../../utils/db/database';
import { openRepositories, type Repositories } from '../../../utils/db/index';
import { schoolYearOf } from '../../../utils/model/school-year';
import { type RecordsByTable, TABLE_NAMES } from '../../../utils/model/tables';
import { ANCHOR, uniqueDatabaseName } from './fresh';

// A database with every table filled and every field (optional ones too)
// set, with text that is awkward for files and spreadsheets, for backup
// tests that must prove nothing is lost or changed.

/** A moment in November 2026, at noon UTC so the local date is the same everywhere near. */
export const T0 = Date.UTC(2026, 10, 2, 12);
export const DAY = 86_400_000;

/** Every table with records that use every field of records.ts. */
export function everyRecord(): RecordsByTable {
  return {
    groups: [
      {
        id: 'g1',
        name: '9A',
        schoolYear: '2026/27',
        createdAt: T0,
        updatedAt: T0,
      },
    ],
    students: [
      {
        id: 's1',
        name: 'Åsa "Ace" Öberg, Jr.',
        groupId: 'g1',
        staircase: [{ step: 3, at: T0 }],
        createdAt: T0,
        updatedAt: T0,
      },
      { id: 's2', name: '=HYPERLINK("http://x")', createdAt: T0, updatedAt: T0 },
    ],
    assignments: [
      {
        id: 'a1',
        title: 'Essay; the war',
        groupId: 'g1',
        learningGoal: 'Argue with sources.',
        criteria: [{ id: 'c1', text: 'Clear thesis' }],
        createdAt: T0,
        updatedAt: T0,
      },
    ],
    documents: [
      {
        id: 'd1',
        key: 'gdoc:essay',
        url: 'https://docs.google.com/document/d/essay/edit',
        title: 'WWII essay',
        studentId: 's1',
        assignmentId: 'a1',
        createdAt: T0,
        schoolYear: schoolYearOf(T0),
        updatedAt: T0,
      },
      {
        id: 'd2',
        key: 'https://example.org/x',
        url: 'https://example.org/x',
        title: 'Notes',
        createdAt: T0,
        schoolYear: schoolYearOf(T0),
        updatedAt: T0,
      },
    ],
    feedback: [
      {
        id: 'f1',
        documentId: 'd1',
        studentId: 's1',
        anchor: ANCHOR,
        parts: [
          {
            id: 'p1',
            question: 'feedBack',
            level: 'task',
            text: 'Clear thesis, "strong",\nwell put.',
            criterionId: 'c1',
            templateId: 't1',
          },
          { id: 'p2', question: 'feedForward', level: 'process', text: '+ add a second source' },
        ],
        source: 'teacher',
        status: 'inserted',
        checklist: { askPermission: true, rightAmount: false },
        dismissedFindings: ['noPositive'],
        followUpAt: T0 + 7 * DAY,
        remindedAt: T0 + 7 * DAY,
        followedUpAt: T0 + 8 * DAY,
        insertedAt: T0 + DAY,
        outcome: {
          kind: 'partly',
          note: 'Only the "intro"; <b>not</b> the rest',
          at: T0 + 8 * DAY,
        },
        reviewTrail: { flagged: ['no-positive', 'person-criticism'], atSave: ['no-positive'] },
        createdAt: T0,
        schoolYear: schoolYearOf(T0),
        updatedAt: T0 + 8 * DAY,
      },
      {
        id: 'f2',
        documentId: 'd1',
        studentId: 's1',
        anchor: null,
        parts: [
          { id: 'p3', question: 'feedUp', level: 'selfRegulation', text: '@you: check the goal' },
        ],
        source: 'teacher',
        status: 'draft',
        draftOf: 'f1',
        createdAt: T0 + DAY,
        schoolYear: schoolYearOf(T0 + DAY),
        updatedAt: T0 + DAY,
      },
      {
        id: 'f3',
        documentId: 'd2',
        anchor: null,
        parts: [{ id: 'p4', question: 'feedBack', level: 'self', text: 'Well done!' }],
        source: 'peer',
        status: 'saved',
        createdAt: T0 + 2 * DAY,
        schoolYear: schoolYearOf(T0 + 2 * DAY),
        updatedAt: T0 + 2 * DAY,
      },
    ],
    templates: [
      {
        id: 't1',
        lang: 'sv',
        question: 'feedBack',
        level: 'task',
        text: 'Tydlig tes.',
        tags: ['tes'],
        builtIn: false,
        hidden: false,
        favourite: true,
        useCount: 3,
        lastUsedAt: T0,
        copiedFrom: 'sv-builtin-01',
        createdAt: T0,
        updatedAt: T0,
      },
    ],
    activity: [
      {
        id: 'act1',
        at: T0,
        schoolYear: schoolYearOf(T0),
        kind: 'self',
        studentId: 's1',
        groupId: 'g1',
        documentId: 'd1',
        feedbackId: 'f1',
        note: 'Self-assessment',
      },
      { id: 'act2', at: T0 + DAY, kind: 'formative', schoolYear: schoolYearOf(T0 + DAY) },
    ],
    visits: [
      {
        id: 'v1',
        school: 'Norra skolan',
        at: T0,
        meetingNumber: 2,
        visitedColleague: 'Kim',
        coach: 'Sam',
        focus: 'Instructions',
        documentation: 'Notes',
        notes: 'Short, concrete.',
        followUp: { ownReflection: 'Went well' },
        nextVisitAt: T0 + 30 * DAY,
        focusExamples: ['instruction-length'],
        methods: ['notes', 'tables'],
        followUpAt: T0 + DAY,
        followUpHow: 'In the staff room',
        observations: [{ id: 'o1', at: T0 + 60_000, kind: 'question', text: 'Why twice?' }],
        tally: [{ id: 't1', label: 'Instructions repeated', count: 2 }],
        coachReflection: 'Two instructions, each repeated once.',
        receivedAt: T0 + 2 * DAY,
        createdAt: T0,
        updatedAt: T0,
      },
    ],
    settings: [
      { key: 'locale', value: 'sv' },
      { key: 'staircaseLabels', value: ['a', '', '', '', 'e'] },
      { key: 'pendingFocus', value: { documentKey: 'gdoc:essay', itemId: 'f1' } },
      { key: 'lastBackupAt', value: T0 - DAY },
    ],
  };
}

/** A database holding `tables`, with its repositories and its name. */
export async function seededDatabase(tables: RecordsByTable = everyRecord()) {
  const name = uniqueDatabaseName();
  const db = new FeedforwardDatabase(name);
  await db.transaction('rw', db.tables, async () => {
    for (const table of TABLE_NAMES) await db.table(table).bulkAdd(tables[table]);
  });
  return { name, db, repos: openRepositories(name) as Repositories };
}

/** Every record of every table, sorted by key: what "the database is unchanged" compares. */
export async function contents(db: FeedforwardDatabase): Promise<Record<string, unknown[]>> {
  const all: Record<string, unknown[]> = {};
  for (const table of TABLE_NAMES) all[table] = await db.table(table).toArray();
  return all;
}

/** A checksum of the whole database (SHA-256 of its canonical JSON). */
export async function checksum(db: FeedforwardDatabase): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(await contents(db)));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The backup file's text, as the dashboard would download it. */
export async function exportText(repos: Repositories, now = new Date(T0 + 10 * DAY)) {
  const blob = await repos.backup.export({ appVersion: '0.1.0', now });
  return blob.text();
}
