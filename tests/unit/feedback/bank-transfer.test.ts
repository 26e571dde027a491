import { afterEach, describe, expect, it } from 'vitest';
import {
  buildTemplateFile,
  MAX_ENTRIES,
  MAX_TAGS,
  MAX_TEMPLATE_FILE_BYTES,
  MAX_TEMPLATE_TEXT_LENGTH,
  type ParseResult,
  parseTemplateFile,
  planImport,
  TEMPLATE_FILE_FORMAT,
  TEMPLATE_FILE_VERSION,
  type TemplateFile,
  templateFileName,
} from '../../../utils/feedback/bank-transfer';
import { assignmentRecord, templateRecord } from '../builders';

const NOW = new Date('2026-11-23T12:00:00.000Z');

/** A well-formed file's JSON, with any top-level fields replaced. */
function fileText(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: TEMPLATE_FILE_FORMAT,
    version: TEMPLATE_FILE_VERSION,
    exportedAt: NOW.toISOString(),
    templates: [{ lang: 'sv', question: 'feedUp', level: 'task', text: 'Målet är …', tags: [] }],
    assignments: [],
    ...overrides,
  });
}

function parse(raw: string): ParseResult {
  return parseTemplateFile(raw, new TextEncoder().encode(raw).length);
}

function parsedFile(raw: string): TemplateFile {
  const result = parse(raw);
  if (!result.ok) throw new Error(`expected a valid file, got ${result.error.key}`);
  return result.file;
}

function errorOf(raw: string, byteLength?: number) {
  const result = byteLength === undefined ? parse(raw) : parseTemplateFile(raw, byteLength);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

const EMPTY_BANK = { templates: [], assignments: [] };

describe('exporting templates to share', () => {
  it('contains only the teacher’s own templates, never the built-ins', () => {
    const file = buildTemplateFile({
      templates: [
        templateRecord('built', { builtIn: true, text: 'Built-in phrase' }),
        templateRecord('mine', { text: 'My own phrase' }),
      ],
      now: NOW,
    });
    expect(file.templates.map((entry) => entry.text)).toEqual(['My own phrase']);
  });

  it('leaves out ids, counts, favourites and other personal state', () => {
    const file = buildTemplateFile({
      templates: [
        templateRecord('mine', {
          favourite: true,
          hidden: true,
          useCount: 57,
          lastUsedAt: 99,
          copiedFrom: 'sv-feedForward-process-01',
        }),
      ],
      assignments: [assignmentRecord('a1', { groupId: 'class-7b' })],
      now: NOW,
    });
    expect(file.templates[0]).toEqual({
      lang: 'sv',
      question: 'feedForward',
      level: 'process',
      text: 'Nästa steg är att mine …',
      tags: ['struktur'],
    });
    expect(file.assignments[0]).toEqual({
      title: 'Essay a1',
      learningGoal: 'Argue for a position with sources.',
      criteria: ['States a clear thesis', 'Uses at least two sources'],
    });
    const json = JSON.stringify(file);
    for (const personal of ['57', 'favourite', 'useCount', 'class-7b', 'a1-c1', '"id"']) {
      expect(json).not.toContain(personal);
    }
  });

  it('includes assignments only when asked', () => {
    const without = buildTemplateFile({ templates: [templateRecord('t')], now: NOW });
    expect(without.assignments).toEqual([]);
    const withThem = buildTemplateFile({
      templates: [templateRecord('t')],
      assignments: [assignmentRecord('a1'), assignmentRecord('a2')],
      now: NOW,
    });
    expect(withThem.assignments.map((entry) => entry.title)).toEqual(['Essay a1', 'Essay a2']);
  });

  it('marks the file as ours, with the version and the export time', () => {
    const file = buildTemplateFile({ templates: [templateRecord('t')], now: NOW });
    expect(file).toMatchObject({
      format: 'feedforward-templates',
      version: 1,
      exportedAt: '2026-11-23T12:00:00.000Z',
    });
  });

  it('always produces a file that imports again, even from untidy own templates', () => {
    const file = buildTemplateFile({
      templates: [
        templateRecord('tags', {
          tags: ['', ...Array.from({ length: MAX_TAGS + 3 }, (_, n) => `tag${n}`), 'x'.repeat(41)],
        }),
        templateRecord('controls', { text: 'Bra\u0007 jobbat\r\n' }),
        templateRecord('empty', { text: '   ' }),
      ],
      assignments: [assignmentRecord('blank-criterion', { criteria: [{ id: 'c', text: ' ' }] })],
      now: NOW,
    });
    const result = parse(JSON.stringify(file));
    expect(result.ok).toBe(true);
    expect(file.templates.map((entry) => entry.text)).toEqual([
      'Nästa steg är att tags …',
      'Bra jobbat',
    ]);
    expect(file.templates[0]?.tags).toHaveLength(MAX_TAGS);
    expect(file.assignments[0]?.criteria).toEqual([]);
  });
});

describe('the export’s file name', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('carries the date', () => {
    expect(templateFileName(new Date(2026, 10, 23, 12))).toBe(
      'feedforward-templates-2026-11-23.json',
    );
  });

  it('uses the teacher’s local date, not the UTC one', () => {
    process.env.TZ = 'Pacific/Auckland';
    // 08:00 on 23 November in New Zealand is still 22 November in UTC.
    const morning = new Date(2026, 10, 23, 8, 0);
    expect(morning.toISOString().slice(0, 10)).toBe('2026-11-22');
    expect(templateFileName(morning)).toBe('feedforward-templates-2026-11-23.json');
  });
});

describe('importing a shared file', () => {
  const bank = {
    templates: [
      templateRecord('built', { builtIn: true, text: 'Built-in phrase' }),
      templateRecord('own1', { text: 'Försök att dela upp texten i stycken.', useCount: 5 }),
      templateRecord('own2', {
        lang: 'en',
        question: 'feedUp',
        level: 'task',
        tags: ['goal', 'aim'],
      }),
    ],
    assignments: [
      assignmentRecord('a1'),
      assignmentRecord('a2', { learningGoal: '', criteria: [] }),
    ],
  };

  it('round trip into an empty bank adds everything', () => {
    const exported = buildTemplateFile({ ...bank, now: NOW });
    const file = parsedFile(JSON.stringify(exported));
    const plan = planImport(file, EMPTY_BANK);
    expect(plan.templates).toEqual({ add: exported.templates, duplicates: 0 });
    expect(plan.assignments).toEqual({ add: exported.assignments, duplicates: 0 });
    expect(plan.templates.add).toHaveLength(2);
    expect(plan.assignments.add).toHaveLength(2);
    expect(file.exportedAt).toBe('2026-11-23T12:00:00.000Z');
  });

  it('round trip into the same bank adds nothing', () => {
    const file = parsedFile(JSON.stringify(buildTemplateFile({ ...bank, now: NOW })));
    const plan = planImport(file, bank);
    expect(plan.templates).toEqual({ add: [], duplicates: 2 });
    expect(plan.assignments).toEqual({ add: [], duplicates: 2 });
  });

  it('treats a template differing only in spacing and case as a duplicate', () => {
    const file = parsedFile(
      fileText({
        templates: [
          {
            lang: 'sv',
            question: 'feedForward',
            level: 'process',
            text: '  försök ATT dela upp\n texten i   stycken. ',
            tags: [],
          },
        ],
      }),
    );
    expect(planImport(file, bank).templates).toEqual({ add: [], duplicates: 1 });
  });

  it('skips a template the bank already has built in', () => {
    const file = parsedFile(
      fileText({
        templates: [
          { lang: 'sv', question: 'feedForward', level: 'process', text: 'built-in PHRASE' },
        ],
      }),
    );
    expect(planImport(file, bank).templates.duplicates).toBe(1);
  });

  it('adds the same text in another language, question or level', () => {
    const text = 'Försök att dela upp texten i stycken.';
    const file = parsedFile(
      fileText({
        templates: [
          { lang: 'nb', question: 'feedForward', level: 'process', text },
          { lang: 'sv', question: 'feedBack', level: 'process', text },
          { lang: 'sv', question: 'feedForward', level: 'task', text },
        ],
      }),
    );
    expect(planImport(file, bank).templates).toMatchObject({ duplicates: 0 });
    expect(planImport(file, bank).templates.add).toHaveLength(3);
  });

  it('adds a template repeated inside the file once', () => {
    const entry = { lang: 'en', question: 'feedBack', level: 'task', text: 'Good use of sources.' };
    const file = parsedFile(
      fileText({ templates: [entry, { ...entry, text: 'good use of  SOURCES.' }, entry] }),
    );
    const plan = planImport(file, EMPTY_BANK);
    expect(plan.templates.add.map((added) => added.text)).toEqual(['Good use of sources.']);
    expect(plan.templates.duplicates).toBe(2);
  });

  it('skips an assignment whose title exists, even with new criteria (no silent merge)', () => {
    const file = parsedFile(
      fileText({
        templates: [],
        assignments: [
          { title: ' essay  A1 ', learningGoal: '', criteria: ['A criterion the bank lacks'] },
          { title: 'Lab report', criteria: ['Has a hypothesis'] },
          { title: 'LAB REPORT' },
        ],
      }),
    );
    const plan = planImport(file, bank);
    expect(plan.assignments.duplicates).toBe(2);
    expect(plan.assignments.add).toEqual([
      { title: 'Lab report', learningGoal: '', criteria: ['Has a hypothesis'] },
    ]);
  });

  it('keeps strings as plain text, without control characters except line feed and tab', () => {
    const file = parsedFile(
      fileText({
        templates: [
          {
            lang: 'sv',
            question: 'feedBack',
            level: 'process',
            text: '\u0000<b>Bra</b>\u0007 jobbat\u001b!\r\nNästa\tsteg\u0085\u007f',
            tags: ['struk\u0000tur', 'två\nord'],
          },
        ],
        assignments: [
          {
            title: 'Rubrik\r\nmed\u0008 rad',
            learningGoal: 'Mål\u0001',
            criteria: ['Krit\u0002erium'],
          },
        ],
      }),
    );
    expect(file.templates[0]).toMatchObject({
      text: '<b>Bra</b> jobbat!\nNästa\tsteg',
      tags: ['struktur', 'två ord'],
    });
    expect(file.assignments[0]).toEqual({
      title: 'Rubrik med rad',
      learningGoal: 'Mål',
      criteria: ['Kriterium'],
    });
  });

  it('ignores unknown fields and never copies them', () => {
    const file = parsedFile(
      '{"format":"feedforward-templates","version":1,"future":true,' +
        '"templates":[{"lang":"en","question":"feedUp","level":"task","text":"Aim for…",' +
        '"tags":[],"id":"x","useCount":9,"favourite":true,"__proto__":{"builtIn":true}}],' +
        '"assignments":[{"title":"T","learningGoal":"","criteria":[],"groupId":"g"}]}',
    );
    expect(Object.keys(file.templates[0] ?? {}).sort()).toEqual([
      'lang',
      'level',
      'question',
      'tags',
      'text',
    ]);
    expect((file.templates[0] as unknown as Record<string, unknown>).builtIn).toBeUndefined();
    expect(Object.keys(file.assignments[0] ?? {}).sort()).toEqual([
      'criteria',
      'learningGoal',
      'title',
    ]);
    expect(Object.keys(file).sort()).toEqual(['assignments', 'format', 'templates', 'version']);
  });

  it('accepts a file with only assignments, and missing tags and goal', () => {
    const file = parsedFile(
      '{"format":"feedforward-templates","version":1,"assignments":[{"title":"Poem"}]}',
    );
    expect(file.templates).toEqual([]);
    expect(file.assignments).toEqual([{ title: 'Poem', learningGoal: '', criteria: [] }]);
  });
});

describe('refusing a file that cannot be imported', () => {
  it('says so when the file is not JSON', () => {
    expect(errorOf('{"format": "feedforward-templates", ')).toEqual({ key: 'importNotJson' });
    expect(errorOf('')).toEqual({ key: 'importNotJson' });
  });

  it('says so when the JSON is not our template file', () => {
    expect(errorOf(fileText({ format: 'feedforward-backup' }))).toEqual({ key: 'importNotOurs' });
    expect(errorOf(fileText({ format: undefined }))).toEqual({ key: 'importNotOurs' });
    expect(errorOf('[{"text": "a"}]')).toEqual({ key: 'importNotOurs' });
    expect(errorOf('null')).toEqual({ key: 'importNotOurs' });
    expect(errorOf(fileText({ version: 0 }))).toEqual({ key: 'importNotOurs' });
    expect(errorOf(fileText({ version: '1' }))).toEqual({ key: 'importNotOurs' });
    expect(errorOf(fileText({ templates: 'all of them' }))).toEqual({ key: 'importNotOurs' });
  });

  it('asks for an update when the file is from a newer version', () => {
    expect(errorOf(fileText({ version: 2, templates: 'a new shape' }))).toEqual({
      key: 'importNewerVersion',
      params: { version: 2 },
    });
  });

  it('names the entry and the field that is missing', () => {
    const good = { lang: 'sv', question: 'feedUp', level: 'task', text: 'Målet är …' };
    const { text: _text, ...withoutText } = good;
    expect(errorOf(fileText({ templates: [good, good, withoutText] }))).toEqual({
      key: 'importInvalidEntry',
      params: { index: 3, field: 'text' },
    });
    expect(errorOf(fileText({ templates: [good, { ...good, question: undefined }] }))).toEqual({
      key: 'importInvalidEntry',
      params: { index: 2, field: 'question' },
    });
  });

  it('numbers assignments after the templates', () => {
    const good = { lang: 'sv', question: 'feedUp', level: 'task', text: 'Målet är …' };
    expect(
      errorOf(fileText({ templates: [good, good], assignments: [{ title: 'A' }, { title: ' ' }] })),
    ).toEqual({ key: 'importInvalidEntry', params: { index: 4, field: 'title' } });
  });

  it('refuses an unknown level, question or language', () => {
    const good = { lang: 'sv', question: 'feedUp', level: 'task', text: 'Målet är …' };
    expect(errorOf(fileText({ templates: [{ ...good, level: 'feelings' }] }))).toEqual({
      key: 'importInvalidEntry',
      params: { index: 1, field: 'level' },
    });
    expect(
      errorOf(fileText({ templates: [{ ...good, question: 'feedSideways' }] })).params,
    ).toEqual({ index: 1, field: 'question' });
    expect(errorOf(fileText({ templates: [{ ...good, lang: 'de' }] })).params).toEqual({
      index: 1,
      field: 'lang',
    });
  });

  it('refuses wrong types, blank texts and texts over the limits', () => {
    const good = { lang: 'sv', question: 'feedUp', level: 'task', text: 'Målet är …' };
    const cases: [unknown, string][] = [
      ['just a string', 'template'],
      [{ ...good, text: 42 }, 'text'],
      [{ ...good, text: ' \n\t\u0000 ' }, 'text'],
      [{ ...good, text: 'x'.repeat(MAX_TEMPLATE_TEXT_LENGTH + 1) }, 'text'],
      [{ ...good, tags: 'struktur' }, 'tags'],
      [{ ...good, tags: ['ok', 7] }, 'tags'],
      [{ ...good, tags: ['x'.repeat(41)] }, 'tags'],
      [{ ...good, tags: Array.from({ length: MAX_TAGS + 1 }, (_, n) => `t${n}`) }, 'tags'],
    ];
    for (const [entry, field] of cases) {
      expect(errorOf(fileText({ templates: [good, entry] })).params).toEqual({ index: 2, field });
    }
  });

  it('accepts texts exactly at the limits', () => {
    const good = { lang: 'sv', question: 'feedUp', level: 'task' };
    const result = parse(
      fileText({
        templates: [
          {
            ...good,
            text: 'x'.repeat(MAX_TEMPLATE_TEXT_LENGTH),
            tags: Array.from({ length: MAX_TAGS }, () => 'y'.repeat(40)),
          },
        ],
        assignments: [
          {
            title: 't'.repeat(200),
            learningGoal: 'g'.repeat(2000),
            criteria: Array.from({ length: 50 }, () => 'c'.repeat(500)),
          },
        ],
      }),
    );
    expect(result.ok).toBe(true);
  });

  it('refuses bad assignment fields by name', () => {
    const cases: [unknown, string][] = [
      [{ title: 5 }, 'title'],
      [{ title: 't'.repeat(201) }, 'title'],
      [{ title: 'T', learningGoal: ['x'] }, 'learningGoal'],
      [{ title: 'T', learningGoal: 'g'.repeat(2001) }, 'learningGoal'],
      [{ title: 'T', criteria: 'one' }, 'criteria'],
      [{ title: 'T', criteria: ['ok', ''] }, 'criteria'],
      [{ title: 'T', criteria: ['c'.repeat(501)] }, 'criteria'],
      [{ title: 'T', criteria: Array.from({ length: 51 }, () => 'c') }, 'criteria'],
      [null, 'assignment'],
    ];
    for (const [entry, field] of cases) {
      expect(errorOf(fileText({ templates: [], assignments: [entry] })).params).toEqual({
        index: 1,
        field,
      });
    }
  });

  it('refuses a file that is too large before reading it', () => {
    // Valid JSON, but the browser says the file is over the limit.
    expect(errorOf(fileText(), MAX_TEMPLATE_FILE_BYTES + 1)).toEqual({
      key: 'importTooLarge',
      params: { size: MAX_TEMPLATE_FILE_BYTES + 1, max: MAX_TEMPLATE_FILE_BYTES },
    });
    // Not even JSON: size is checked first.
    expect(errorOf('x'.repeat(MAX_TEMPLATE_FILE_BYTES + 10), 1).key).toBe('importTooLarge');
  });

  it('refuses a file with too many entries', () => {
    const entry = { lang: 'sv', question: 'feedUp', level: 'task', text: 'Målet är …' };
    expect(
      errorOf(
        fileText({
          templates: Array.from({ length: MAX_ENTRIES }, () => entry),
          assignments: [{ title: 'One too many' }],
        }),
      ),
    ).toEqual({ key: 'importTooMany', params: { count: MAX_ENTRIES + 1, max: MAX_ENTRIES } });
  });

  it('says so when there is nothing to import', () => {
    expect(errorOf(fileText({ templates: [], assignments: [] }))).toEqual({ key: 'importEmpty' });
    expect(errorOf('{"format":"feedforward-templates","version":1}')).toEqual({
      key: 'importEmpty',
    });
  });
});
