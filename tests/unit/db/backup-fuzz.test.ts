import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../bench/seeded-random';
import { parseBackup } from '../../../utils/db/backup/parse';
import { DATABASE_VERSION } from '../../../utils/db/database';
import { translate } from '../../../utils/i18n/index';
import { checksum, contents, exportText, seededDatabase } from './backup-fixture';

// Damaged, cut and forged backup files, made from a real export by a seeded
// random generator (the same files on every run). Each must be refused
// with a message that names the problem, and the database must stay
// byte-for-byte the same. The few kinds of change that can leave a valid
// file (a removed optional field, a bit flip inside a text) are told apart
// and checked on their own.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Seeded picks, so every run makes the same files. */
function generator(seed: number) {
  const next = seededRandom(seed);
  return {
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
    word: () => Math.floor(next() * 36 ** 6).toString(36),
  };
}

/** Optional fields of each table's records (records.ts): removing one leaves a valid file. */
const OPTIONAL: Record<string, string[]> = {
  groups: ['schoolYear'],
  students: ['groupId', 'staircase'],
  assignments: ['groupId'],
  documents: ['studentId', 'assignmentId'],
  feedback: [
    'studentId',
    'draftOf',
    'checklist',
    'dismissedFindings',
    'followUpAt',
    'remindedAt',
    'followedUpAt',
    'insertedAt',
    'outcome',
    'reviewTrail',
  ],
  templates: ['lastUsedAt', 'copiedFrom'],
  activity: ['studentId', 'groupId', 'documentId', 'feedbackId', 'note'],
  visits: [
    'nextVisitAt',
    'focusExamples',
    'methods',
    'followUpAt',
    'followUpHow',
    'observations',
    'tally',
    'coachReflection',
    'receivedAt',
  ],
  settings: [],
};

const kindOf = (value: Json) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/** Every path in the tree, parents before children. */
function paths(value: Json, at: Path = []): Path[] {
  const here: Path[] = [at];
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) here.push(...paths(item, [...at, index]));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) here.push(...paths(item, [...at, key]));
  }
  return here;
}

function get(root: Json, path: Path): Json {
  return path.reduce<Json>(
    (value, key) => (value as Record<string | number, Json>)[key] as Json,
    root,
  );
}

function set(root: Json, path: Path, value: Json): void {
  const parent = get(root, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path.at(-1) as string | number] = value;
}

const clone = (value: Json): Json => structuredClone(value);

/** A value of a different JSON kind than `original`, never null (null is valid for an anchor). */
function wrongValue(original: Json, pick: <T>(list: readonly T[]) => T): Json {
  const candidates: Json[] = [42, 'text', true, [], { x: 1 }];
  return pick(candidates.filter((candidate) => kindOf(candidate) !== kindOf(original)));
}

interface Case {
  kind: string;
  text: string;
  /** Whether the file may be valid; such cases are checked by what they changed. */
  mayBeValid?: (accepted: Json) => void;
}

describe('importing damaged or forged backup files', () => {
  let seeded: Awaited<ReturnType<typeof seededDatabase>>;
  let base: Json;
  let baseText: string;

  beforeAll(async () => {
    seeded = await seededDatabase();
    baseText = await exportText(seeded.repos);
    base = JSON.parse(baseText);
  });
  afterAll(() => seeded.db.close());

  function cases(): Case[] {
    const random = generator(20261123);
    const all: Case[] = [];
    const allPaths = paths(base).filter((path) => path.length > 0);
    const objectPaths = paths(base).filter((path) => {
      const value = get(base, path);
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    });
    const stringPaths = allPaths.filter((path) => typeof get(base, path) === 'string');
    const tableBlocks = (base as { data: { data: { tableName: string; rows: Json[] }[] } }).data
      .data;
    const mutate = (
      kind: string,
      change: (file: Json) => void,
      mayBeValid?: Case['mayBeValid'],
    ) => {
      const file = clone(base);
      change(file);
      all.push({ kind, text: JSON.stringify(file), mayBeValid });
    };

    for (let i = 0; i < 250; i++) {
      all.push({ kind: 'truncated', text: baseText.slice(0, random.int(baseText.length)) });
    }
    for (let i = 0; i < 300; i++) {
      const path = random.pick(allPaths);
      mutate(`wrong type at ${path.join('.')}`, (file) =>
        set(file, path, wrongValue(get(file, path), random.pick)),
      );
    }
    for (let i = 0; i < 200; i++) {
      const path = random.pick(objectPaths);
      const keys = Object.keys(get(base, path) as object);
      if (keys.length === 0) continue;
      const key = random.pick(keys);
      const valid = removableField(path, key);
      mutate(
        `missing ${[...path, key].join('.')}`,
        (file) => delete (get(file, path) as Record<string, Json>)[key],
        valid ? () => {} : undefined,
      );
    }
    for (let i = 0; i < 150; i++) {
      const path = random.pick(objectPaths);
      const key = `x${random.word()}`;
      mutate(`extra field ${key} at ${path.join('.')}`, (file) => {
        (get(file, path) as Record<string, Json>)[key] = { extra: 1 };
      });
    }
    for (let i = 0; i < 60; i++) {
      const name = random.pick([
        'secrets',
        'users',
        '__proto__',
        'constructor',
        `t${random.word()}`,
      ]);
      const variant = random.int(4);
      mutate(`unknown table ${name} (${variant})`, (file) => {
        const data = (file as { data: { tables: Json[]; data: Json[] } }).data;
        if (variant === 0 || variant === 1) data.tables.push({ name, schema: 'id', rowCount: 0 });
        if (variant === 0 || variant === 2)
          data.data.push({ tableName: name, inbound: true, rows: [] });
        if (variant === 3) {
          const index = random.int(data.tables.length);
          const old = (data.tables[index] as { name: string }).name;
          (data.tables[index] as { name: string }).name = name;
          for (const block of data.data as { tableName: string }[])
            if (block.tableName === old) block.tableName = name;
        }
      });
    }
    const versions: [string, (file: Record<string, Record<string, Json>>) => void][] = [
      [
        'newer backup format',
        (file) => ((file.feedforward as Record<string, Json>).formatVersion = 2),
      ],
      [
        'format version 0',
        (file) => ((file.feedforward as Record<string, Json>).formatVersion = 0),
      ],
      ['dexie format 2', (file) => ((file as Record<string, Json>).formatVersion = 2)],
      [
        'newer database',
        (file) => {
          (file.data as Record<string, Json>).databaseVersion = DATABASE_VERSION + 1;
          (file.feedforward as Record<string, Json>).databaseVersion = DATABASE_VERSION + 1;
        },
      ],
      [
        'database version 0',
        (file) => {
          (file.data as Record<string, Json>).databaseVersion = 0;
          (file.feedforward as Record<string, Json>).databaseVersion = 0;
        },
      ],
      [
        'database version 1.5',
        (file) => ((file.data as Record<string, Json>).databaseVersion = 1.5),
      ],
      [
        'database versions disagree',
        (file) =>
          ((file.feedforward as Record<string, Json>).databaseVersion = DATABASE_VERSION + 7),
      ],
      [
        'other database',
        (file) => ((file.data as Record<string, Json>).databaseName = 'someone-else'),
      ],
      [
        'other format marker',
        (file) => ((file.feedforward as Record<string, Json>).format = 'feedforward-templates'),
      ],
    ];
    for (let i = 0; i < 60; i++) {
      const [kind, change] = versions[i % versions.length] as (typeof versions)[number];
      mutate(kind, (file) => change(file as Record<string, Record<string, Json>>));
    }
    for (let i = 0; i < 40; i++) {
      const path = random.pick(stringPaths);
      mutate(`huge string at ${path.join('.')}`, (file) => set(file, path, 'x'.repeat(1_000_001)));
    }
    for (let i = 0; i < 100; i++) {
      const blocks = tableBlocks
        .map((block, index) => ({ block, index }))
        .filter(({ block }) => block.rows.length > 0);
      const { block, index } = random.pick(blocks);
      const row = random.int(block.rows.length);
      const sameKeyOnly = block.tableName === 'documents' && i % 2 === 0;
      mutate(`duplicate in ${block.tableName}${sameKeyOnly ? ' (document key)' : ''}`, (file) => {
        const data = (
          file as { data: { tables: { rowCount: number }[]; data: { rows: Json[] }[] } }
        ).data;
        const copy = clone(data.data[index]?.rows[row] as Json) as Record<string, Json>;
        if (sameKeyOnly) copy.id = `copy-${random.word()}`;
        data.data[index]?.rows.push(copy);
        const entry = data.tables[index];
        if (entry) entry.rowCount += 1;
      });
    }
    const bytes = new TextEncoder().encode(baseText);
    for (let i = 0; i < 200; i++) {
      const flipped = bytes.slice();
      const at = random.int(flipped.length);
      flipped[at] = (flipped[at] as number) ^ (1 << random.int(8));
      all.push({
        kind: `bit flip at byte ${at}`,
        text: new TextDecoder().decode(flipped),
        mayBeValid: (accepted) => expectOneLeafChanged(base, accepted),
      });
    }
    const notJson = [
      '',
      ' ',
      'null',
      '[]',
      '42',
      '"feedforward"',
      '{}',
      '<html><body>Backup</body></html>',
      'Date,Student\n2026-11-23,Anna\n',
      '{"format":"feedforward-templates","version":1,"templates":[],"assignments":[]}',
      '{"formatName":"dexie","formatVersion":1,"data":{"databaseName":"feedforward","databaseVersion":1,"tables":[],"data":[]}}',
      '\uFEFF{}',
      baseText.replace(/}$/, '}}'),
      `${baseText}x`,
    ];
    for (let i = 0; i < 70; i++) {
      const random_bytes = Array.from({ length: 1 + random.int(200) }, () => random.int(256));
      all.push({
        kind: 'not JSON',
        text: i < notJson.length ? (notJson[i] as string) : String.fromCharCode(...random_bytes),
      });
    }
    return all;
  }

  /** Which removed fields leave a valid file: optional record fields and the exporter's type notes. */
  function removableField(path: Path, key: string): boolean {
    if (key === '$types' || path.at(-1) === '$types') return true;
    // Free-keyed maps: golden-rule ticks and visit follow-up answers.
    if (path.length === 6 && ['checklist', 'followUp'].includes(String(path.at(-1)))) return true;
    const [top, inner, block, rows, , nested, ,] = path;
    if (top !== 'data' || inner !== 'data' || rows !== 'rows') return false;
    const table =
      (base as { data: { data: { tableName: string }[] } }).data.data[block as number]?.tableName ??
      '';
    if (path.length === 5) {
      // The exporter's note on an array field must point at that field.
      const notes = (get(base, path) as { $types?: Record<string, Json> }).$types ?? {};
      return (OPTIONAL[table]?.includes(key) ?? false) && !(key in notes);
    }
    // An outcome's note is optional too.
    if (table === 'feedback' && nested === 'outcome' && path.length === 6) return key === 'note';
    return (
      table === 'feedback' &&
      nested === 'parts' &&
      path.length === 7 &&
      ['criterionId', 'templateId'].includes(key)
    );
  }

  it('refuses every damaged file with a clear message and leaves the database as it was', async () => {
    const all = cases();
    // Taken here: the next test restores into the same database.
    const before = await checksum(seeded.db);
    let refused = 0;
    let validKinds = 0;
    for (const { kind, text, mayBeValid } of all) {
      const parsed = await parseBackup(text, new TextEncoder().encode(text).length, seeded.name);
      if (parsed.ok) {
        if (!mayBeValid) throw new Error(`accepted a damaged file: ${kind}`);
        mayBeValid(JSON.parse(text));
        validKinds++;
        continue;
      }
      if (mayBeValid && kind.startsWith('missing'))
        throw new Error(`refused a valid file: ${kind}`);
      refused++;
      const message = translate('en', parsed.error.key, parsed.error.params);
      expect(message, kind).not.toMatch(/\{\w+\}/);
      expect(message.length, kind).toBeLessThan(400);
      expect(await checksum(seeded.db), kind).toBe(before);
    }
    expect(refused).toBeGreaterThanOrEqual(1000);
    expect(validKinds).toBeGreaterThan(0);
  }, 120_000);

  it('a file without an optional field is restored without it', async () => {
    const text = JSON.stringify({ ...(clone(base) as object) });
    const file = JSON.parse(text);
    delete file.data.data.find((block: { tableName: string }) => block.tableName === 'feedback')
      .rows[0].insertedAt;
    const parsed = await parseBackup(
      JSON.stringify(file),
      JSON.stringify(file).length,
      seeded.name,
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await seeded.repos.backup.restore(parsed.value, 'replace');
    const feedback = (await contents(seeded.db)).feedback as { id: string; insertedAt?: number }[];
    expect(feedback.find((item) => item.id === 'f1')?.insertedAt).toBeUndefined();
  });
});

/** A bit flip that still gives a valid file changed one value or one free-form key, never the layout. */
function expectOneLeafChanged(original: Json, changed: Json): void {
  const layout = (value: Json) =>
    paths(value).map((path) => `${path.join('.')}:${kindOf(get(value, path))}`);
  const before = layout(original);
  const after = layout(changed);
  expect(after.length).toBe(before.length);
  // A flip inside a free-form key (a checklist's rule key) renames that one key and nothing else.
  const renamed = before.filter((entry, index) => entry !== after[index]);
  expect(renamed.length).toBeLessThanOrEqual(1);
  if (renamed.length === 1) return;
  const leaves = paths(original).filter(
    (path) => kindOf(get(original, path)) !== 'object' && kindOf(get(original, path)) !== 'array',
  );
  const differing = leaves.filter((path) => get(original, path) !== get(changed, path));
  expect(differing.length).toBeLessThanOrEqual(1);
}
