import { describe, expect, it } from 'vitest';
import { computeBankHealth, missedSearchesFor } from '../../../utils/feedback/bank-health';
import type { TemplateRecord } from '../../../utils/model/records';

let next = 0;
function template(overrides: Partial<TemplateRecord>): TemplateRecord {
  next += 1;
  return {
    id: `t${next}`,
    lang: 'en',
    question: 'feedBack',
    level: 'task',
    text: `Template ${next}`,
    tags: [],
    builtIn: false,
    hidden: false,
    favourite: false,
    useCount: 0,
    createdAt: next,
    updatedAt: next,
    ...overrides,
  };
}

function cell(grid: ReturnType<typeof computeBankHealth>, question: string, level: string) {
  return grid.find((row) => row.question === question)?.cells.find((c) => c.level === level);
}

describe('computeBankHealth', () => {
  it('has one row per question and one cell per level, in the domain’s order', () => {
    const grid = computeBankHealth([], 'en');
    expect(grid.map((row) => row.question)).toEqual(['feedUp', 'feedBack', 'feedForward']);
    for (const row of grid) {
      expect(row.cells.map((c) => c.level)).toEqual(['task', 'process', 'selfRegulation', 'self']);
      for (const c of row.cells) expect(c).toMatchObject({ count: 0, used: 0, state: 'empty' });
    }
  });

  it('counts visible templates of the language and those used at least once', () => {
    const grid = computeBankHealth(
      [
        template({ question: 'feedBack', level: 'task', useCount: 3 }),
        template({ question: 'feedBack', level: 'task' }),
        template({ question: 'feedBack', level: 'task', hidden: true, useCount: 9 }),
        template({ question: 'feedBack', level: 'task', lang: 'sv', useCount: 1 }),
        template({ question: 'feedForward', level: 'process' }),
        template({ question: 'feedUp', level: 'self', hidden: true }),
      ],
      'en',
    );
    expect(cell(grid, 'feedBack', 'task')).toMatchObject({ count: 2, used: 1, state: 'used' });
    expect(cell(grid, 'feedForward', 'process')).toMatchObject({
      count: 1,
      used: 0,
      state: 'notUsed',
    });
    expect(cell(grid, 'feedUp', 'self')).toMatchObject({ count: 0, used: 0, state: 'empty' });
  });

  it('reads another language’s bank separately', () => {
    const templates = [template({ lang: 'sv', useCount: 1 }), template({ lang: 'en' })];
    expect(cell(computeBankHealth(templates, 'sv'), 'feedBack', 'task')?.state).toBe('used');
    expect(cell(computeBankHealth(templates, 'en'), 'feedBack', 'task')?.state).toBe('notUsed');
    expect(cell(computeBankHealth(templates, 'nb'), 'feedBack', 'task')?.state).toBe('empty');
  });
});

describe('missedSearchesFor', () => {
  it('keeps one language, most frequent first, then the most recent', () => {
    const list = [
      { query: 'a', lang: 'en', count: 1, lastAt: 30 },
      { query: 'b', lang: 'sv', count: 9, lastAt: 20 },
      { query: 'c', lang: 'en', count: 4, lastAt: 10 },
      { query: 'd', lang: 'en', count: 1, lastAt: 40 },
    ];
    expect(missedSearchesFor(list, 'en').map((entry) => entry.query)).toEqual(['c', 'd', 'a']);
    expect(missedSearchesFor(list, 'nb')).toEqual([]);
    expect(list.map((entry) => entry.query)).toEqual(['a', 'b', 'c', 'd']);
  });
});
