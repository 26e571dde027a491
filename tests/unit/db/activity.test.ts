import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActivityRecord } from '../../../utils/model/records';
import { schoolYearOf } from '../../../utils/model/school-year';
import { clockAt, freshRepositories } from './fresh';
import { readWriteTransactions } from './transactions';

afterEach(() => {
  vi.useRealTimers();
});

describe('activity (the log the quarter balance is computed from)', () => {
  it('logs a kind of work at the current time, with its details', async () => {
    clockAt(7_000);
    const { activity } = freshRepositories();
    const logged = await activity.log('peer', { studentId: 'anna', note: 'pair review' });
    expect(logged).toMatchObject({
      at: 7_000,
      kind: 'peer',
      studentId: 'anna',
      note: 'pair review',
    });
    expect(await activity.get(logged.id)).toEqual(logged);
  });

  it('returns the work done in a period, including its first and last moment', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { activity } = freshRepositories();
    for (const time of [2_001, 999, 1_500, 2_000, 1_000]) {
      vi.setSystemTime(time);
      await activity.log('teacher');
    }
    const inPeriod = await activity.between(1_000, 2_000);
    expect(inPeriod.map((record) => record.at)).toEqual([1_000, 1_500, 2_000]);
  });

  it('returns nothing for a period with no work', async () => {
    const { activity } = freshRepositories();
    await activity.log('self');
    expect(await activity.between(0, 1)).toEqual([]);
  });
});

describe('activity on one document', () => {
  it('lists only what was logged on that document', async () => {
    const repos = freshRepositories();
    await repos.activity.log('self', { documentId: 'essay' });
    await repos.activity.log('peer', { documentId: 'report' });
    await repos.activity.log('teacher', { documentId: 'essay' });
    const kinds = (await repos.activity.listForDocument('essay')).map((entry) => entry.kind).sort();
    expect(kinds).toEqual(['self', 'teacher']);
  });
});

describe('work logged for some students of a class', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('writes one record per student, alike but for the student, in one transaction', async () => {
    const { activity } = freshRepositories();
    let logged: ActivityRecord[] = [];
    const writes = await readWriteTransactions(async () => {
      logged = await activity.logForStudents('peer', ['ada', 'ben'], {
        groupId: 'g7a',
        at: 5_000,
        note: 'pairs',
      });
    });
    expect(writes).toHaveLength(1);
    const stored = (await activity.all()).sort((a, b) =>
      (a.studentId ?? '').localeCompare(b.studentId ?? ''),
    );
    expect(stored).toEqual(
      ['ada', 'ben'].map((studentId) => ({
        id: expect.any(String),
        kind: 'peer',
        at: 5_000,
        studentId,
        groupId: 'g7a',
        note: 'pairs',
        schoolYear: schoolYearOf(5_000),
      })),
    );
    expect(new Set(logged.map((record) => record.id)).size).toBe(2);
  });

  it('writes none when one of them is invalid', async () => {
    const { activity } = freshRepositories();
    await expect(
      activity.logForStudents('self', ['ada', 'not an id'], { groupId: 'g7a', at: 5_000 }),
    ).rejects.toThrow();
    await expect(activity.logForStudents('self', [], { at: 5_000 })).rejects.toThrow();
    expect(await activity.count()).toBe(0);
  });
});
