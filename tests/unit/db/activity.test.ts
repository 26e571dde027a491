import { afterEach, describe, expect, it, vi } from 'vitest';
import { clockAt, freshRepositories } from './fresh';

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
