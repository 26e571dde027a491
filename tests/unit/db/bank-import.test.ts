import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBankImportRepository } from '../../../utils/db/bank-import';
import { FeedforwardDatabase } from '../../../utils/db/database';
import {
  type AssignmentRecord,
  openRepositories,
  type Repositories,
} from '../../../utils/db/index';
import {
  buildTemplateFile,
  type ImportPlan,
  MAX_ENTRIES,
  MAX_TEMPLATE_FILE_BYTES,
  parseTemplateFile,
  planImport,
} from '../../../utils/feedback/bank-transfer';
import { assignmentRecord, templateRecord } from '../builders';
import { uniqueDatabaseName } from './fresh';

const NOW = 1_795_000_000_000;

const opened: FeedforwardDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

/** A bank as a teacher has it after some use: built-ins, own templates, assignments. */
async function seed(repos: Repositories): Promise<void> {
  await repos.templates.put(templateRecord('sv-builtin-01', { builtIn: true, text: 'Bra start!' }));
  await repos.templates.put(
    templateRecord('own-1', { favourite: true, useCount: 12, lastUsedAt: 5, tags: ['källor'] }),
  );
  await repos.templates.put(
    templateRecord('own-2', { lang: 'en', question: 'feedUp', level: 'task' }),
  );
  await repos.assignments.put(assignmentRecord('a1'));
}

/** Every record of the two tables an import writes, in a stable order, for before/after comparison. */
async function snapshot(repos: Repositories) {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return {
    templates: (await repos.templates.all()).sort(byId),
    assignments: (await repos.assignments.all()).sort(byId),
    counts: [await repos.templates.count(), await repos.assignments.count()],
  };
}

/** The import flow as the dashboard runs it: read and check, plan against the bank, apply. */
async function importText(repos: Repositories, raw: string) {
  const parsed = parseTemplateFile(raw, new TextEncoder().encode(raw).length);
  if (!parsed.ok) return parsed;
  const plan = planImport(parsed.file, {
    templates: await repos.templates.all(),
    assignments: await repos.assignments.all(),
  });
  return { ok: true as const, plan, written: await repos.bankImport.apply(plan, NOW) };
}

function planOf(
  templates: ImportPlan['templates']['add'],
  assignments: ImportPlan['assignments']['add'] = [],
): ImportPlan {
  return {
    templates: { add: templates, duplicates: 0 },
    assignments: { add: assignments, duplicates: 0 },
  };
}

describe('importing shared templates into the bank', () => {
  it('adds templates as the teacher’s own, visible, unused and not favourite', async () => {
    const repos = openRepositories(uniqueDatabaseName());
    const written = await repos.bankImport.apply(
      planOf(
        [
          { lang: 'nb', question: 'feedBack', level: 'task', text: 'Godt argument.', tags: ['a'] },
          { lang: 'en', question: 'feedUp', level: 'self', text: 'Well done.', tags: [] },
        ],
        [
          {
            title: 'Lab report',
            learningGoal: 'Test a hypothesis.',
            criteria: ['Has aim', 'Has method'],
          },
        ],
      ),
      NOW,
    );
    expect(written).toEqual({ templates: 2, assignments: 1 });

    const templates = await repos.templates.all();
    expect(templates).toHaveLength(2);
    for (const stored of templates) {
      expect(stored).toMatchObject({
        builtIn: false,
        hidden: false,
        favourite: false,
        useCount: 0,
        createdAt: NOW,
        updatedAt: NOW,
      });
      expect(stored.lastUsedAt).toBeUndefined();
    }
    expect(templates.find((stored) => stored.lang === 'nb')).toMatchObject({
      question: 'feedBack',
      level: 'task',
      text: 'Godt argument.',
      tags: ['a'],
    });
    expect(new Set(templates.map((stored) => stored.id)).size).toBe(2);

    const [stored] = await repos.assignments.all();
    expect(stored).toMatchObject({
      title: 'Lab report',
      learningGoal: 'Test a hypothesis.',
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(stored?.criteria.map((criterion) => criterion.text)).toEqual(['Has aim', 'Has method']);
    const criterionIds = stored?.criteria.map((criterion) => criterion.id) ?? [];
    expect(criterionIds.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(criterionIds).size).toBe(2);
  });

  it('moves a colleague’s own templates and assignments, not their built-ins or counts', async () => {
    const colleague = openRepositories(uniqueDatabaseName());
    await seed(colleague);
    const raw = JSON.stringify(
      buildTemplateFile({
        templates: await colleague.templates.all(),
        assignments: await colleague.assignments.all(),
        now: new Date(NOW),
      }),
    );

    const teacher = openRepositories(uniqueDatabaseName());
    await teacher.templates.put(
      templateRecord('sv-builtin-01', { builtIn: true, text: 'Bra start!' }),
    );
    const result = await importText(teacher, raw);
    expect(result.ok && result.written).toEqual({ templates: 2, assignments: 1 });

    const own = (await teacher.templates.all()).filter((stored) => !stored.builtIn);
    expect(own.map((stored) => stored.text).sort()).toEqual([
      'Nästa steg är att own-1 …',
      'Nästa steg är att own-2 …',
    ]);
    expect(own.every((stored) => stored.useCount === 0 && !stored.favourite)).toBe(true);
    expect(own.find((stored) => stored.text.includes('own-1'))?.tags).toEqual(['källor']);
    expect(await teacher.templates.count()).toBe(3);
    expect((await teacher.assignments.all())[0]?.criteria[0]?.text).toBe('States a clear thesis');

    // Importing the same file again changes nothing.
    const before = await snapshot(teacher);
    const again = await importText(teacher, raw);
    expect(again.ok && again.plan.templates).toEqual({ add: [], duplicates: 2 });
    expect(again.ok && again.written).toEqual({ templates: 0, assignments: 0 });
    expect(await snapshot(teacher)).toEqual(before);
  });

  it('writes a plan only once when it is applied twice (a double click)', async () => {
    const repos = openRepositories(uniqueDatabaseName());
    const plan = planOf(
      [{ lang: 'sv', question: 'feedUp', level: 'task', text: 'Målet är …', tags: [] }],
      [{ title: 'Poem', learningGoal: '', criteria: [] }],
    );
    const [first, second] = await Promise.all([
      repos.bankImport.apply(plan, NOW),
      repos.bankImport.apply(plan, NOW),
    ]);
    expect([first, second]).toContainEqual({ templates: 1, assignments: 1 });
    expect([first, second]).toContainEqual({ templates: 0, assignments: 0 });
    expect(await repos.templates.count()).toBe(1);
    expect(await repos.assignments.count()).toBe(1);
  });
});

describe('an import that fails half-way writes nothing', () => {
  it('when a write fails after the first records were written', async () => {
    const name = uniqueDatabaseName();
    const repos = openRepositories(name);
    await seed(repos);
    const before = await snapshot(repos);

    const db = new FeedforwardDatabase(name);
    opened.push(db);
    const table = db.assignments;
    const realBulkAdd = table.bulkAdd.bind(table) as (
      records: AssignmentRecord[],
    ) => Promise<unknown>;
    const bulkAdd = vi.spyOn(table, 'bulkAdd').mockImplementation((async (
      records: AssignmentRecord[],
    ) => {
      await realBulkAdd(records.slice(0, 1));
      throw new Error('QuotaExceededError: the disk is full');
    }) as never);

    const plan = planOf(
      [
        { lang: 'sv', question: 'feedUp', level: 'task', text: 'Ny mall 1', tags: [] },
        { lang: 'sv', question: 'feedUp', level: 'task', text: 'Ny mall 2', tags: [] },
      ],
      [
        { title: 'New 1', learningGoal: '', criteria: ['c'] },
        { title: 'New 2', learningGoal: '', criteria: [] },
      ],
    );
    await expect(createBankImportRepository(db).apply(plan, NOW)).rejects.toThrow(/disk is full/);
    expect(bulkAdd).toHaveBeenCalledTimes(1);
    expect(await snapshot(repos)).toEqual(before);
  });

  it('when a record cannot be stored', async () => {
    const repos = openRepositories(uniqueDatabaseName());
    await seed(repos);
    const before = await snapshot(repos);
    // The templates are written first; the assignment's goal is a function,
    // which IndexedDB cannot store (DataCloneError), so the second write fails.
    const plan = planOf(
      [{ lang: 'en', question: 'feedBack', level: 'process', text: 'Brand new', tags: [] }],
      [{ title: 'Broken', learningGoal: (() => 'x') as unknown as string, criteria: [] }],
    );
    await expect(repos.bankImport.apply(plan, NOW)).rejects.toThrow();
    expect(await snapshot(repos)).toEqual(before);
  });
});

describe('a broken file leaves the bank exactly as it was', () => {
  const good = { lang: 'sv', question: 'feedUp', level: 'task', text: 'Målet är …', tags: [] };
  const many = Array.from({ length: 50 }, (_, n) => ({ ...good, text: `Mall ${n}` }));
  const file = (fields: Record<string, unknown>) =>
    JSON.stringify({ format: 'feedforward-templates', version: 1, ...fields });
  const broken: [string, string, string][] = [
    ['not JSON', '{"format":"feedforward-templates","templates":[', 'importNotJson'],
    [
      'a backup, not a template file',
      '{"format":"feedforward-backup","version":1}',
      'importNotOurs',
    ],
    ['from a newer version', file({ version: 3, templates: many }), 'importNewerVersion'],
    ['empty', file({ templates: [], assignments: [] }), 'importEmpty'],
    [
      'too many entries',
      file({ templates: Array.from({ length: MAX_ENTRIES + 1 }, () => good) }),
      'importTooMany',
    ],
    [
      'too large',
      file({ templates: many, padding: 'x'.repeat(MAX_TEMPLATE_FILE_BYTES) }),
      'importTooLarge',
    ],
    [
      'a bad template after fifty good ones',
      file({ templates: [...many, { ...good, level: 'feelings' }] }),
      'importInvalidEntry',
    ],
    [
      'a bad assignment after good templates and assignments',
      file({ templates: many, assignments: [{ title: 'Fine' }, { title: 'Bad', criteria: [3] }] }),
      'importInvalidEntry',
    ],
    [
      'a template with no text at the very end',
      file({ templates: [...many, { lang: 'sv', question: 'feedUp', level: 'task' }] }),
      'importInvalidEntry',
    ],
  ];

  it.each(broken)('%s', async (_label, raw, key) => {
    const repos = openRepositories(uniqueDatabaseName());
    await seed(repos);
    const before = await snapshot(repos);
    const result = await importText(repos, raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.key).toBe(key);
    expect(await snapshot(repos)).toEqual(before);
  });
});
