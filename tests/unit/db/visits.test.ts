import { describe, expect, it } from 'vitest';
import type { VisitRecord } from '../../../utils/db/index';
import { freshRepositories } from './fresh';

function visit(id: string, at: number): VisitRecord {
  return {
    id,
    school: 'Centralskolan',
    at,
    meetingNumber: 1,
    visitedColleague: 'Kim',
    coach: 'Sam',
    focus: 'Questions in class',
    documentation: '',
    notes: '',
    followUp: {},
    createdAt: at,
    updatedAt: at,
  };
}

describe('visits.listRecent (co-coaching visits)', () => {
  it('lists the newest visit first', async () => {
    const { visits } = freshRepositories();
    await visits.put(visit('march', 3_000));
    await visits.put(visit('january', 1_000));
    await visits.put(visit('may', 5_000));
    expect((await visits.listRecent(10)).map((record) => record.id)).toEqual([
      'may',
      'march',
      'january',
    ]);
  });

  it('shows only as many as asked for, keeping the newest', async () => {
    const { visits } = freshRepositories();
    for (const [id, at] of [
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 4],
    ] as const) {
      await visits.put(visit(id, at));
    }
    expect((await visits.listRecent(2)).map((record) => record.id)).toEqual(['d', 'c']);
  });
});
