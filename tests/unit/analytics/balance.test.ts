import { describe, expect, it } from 'vitest';
import { sharesOf } from '../../../utils/analytics/balance';
import { periodRange } from '../../../utils/analytics/balance-period';
import { openRepositories, type Repositories } from '../../../utils/db/index';
import type { FeedbackSource } from '../../../utils/model/feedback';
import { schoolYearOf } from '../../../utils/model/school-year';
import { loadClassBalance } from '../../../utils/panel/logic/class-balance';
import { feedbackItemRecord } from '../builders';

const at = (iso: string) => Date.parse(iso);
const NOVEMBER = { from: at('2026-11-02T00:00:00+01:00'), to: at('2026-11-30T00:00:00+01:00') };

let sequence = 0;
async function activity(
  repos: Repositories,
  kind: FeedbackSource,
  when: string,
  target: { studentId?: string; groupId?: string },
) {
  const time = at(when);
  await repos.activity.put({
    id: `act-${++sequence}`,
    kind,
    at: time,
    ...target,
    schoolYear: schoolYearOf(time),
  });
}

async function item(
  repos: Repositories,
  id: string,
  studentId: string | undefined,
  when: string,
  extra: { source?: FeedbackSource; status?: 'draft' } = {},
) {
  await repos.feedback.put(feedbackItemRecord(id, { studentId, ...extra }, at(when)));
}

/**
 * Class 7a (Ada, Ben, Cy) and 7b (Dan). In November, hand-counted for 7a:
 * teacher 4 (Ada 3, Ben 1; Ada's draft, her October item and Dan's two
 * are not counted), formative 1 (for the whole class), peer 2 (Ada's logged
 * peer work and Ben's item written as peer feedback), self 1 (Ben's, logged
 * without a class) — 8 pieces of work.
 */
async function school(): Promise<Repositories> {
  const repos = openRepositories(`balance-${crypto.randomUUID()}`);
  for (const [id, name] of [
    ['g7a', '7a'],
    ['g7b', '7b'],
  ] as const)
    await repos.groups.put({ id, name, createdAt: 1, updatedAt: 1 });
  for (const [id, name, groupId] of [
    ['ada', 'Ada', 'g7a'],
    ['ben', 'Ben', 'g7a'],
    ['cy', 'Cy', 'g7a'],
    ['dan', 'Dan', 'g7b'],
  ] as const)
    await repos.students.put({ id, name, groupId, createdAt: 1, updatedAt: 1 });

  await item(repos, 'a1', 'ada', '2026-11-02T00:00:00+01:00');
  await item(repos, 'a2', 'ada', '2026-11-10T10:00:00+01:00');
  await item(repos, 'a3', 'ada', '2026-11-29T23:59:59+01:00');
  await item(repos, 'a-draft', 'ada', '2026-11-11T10:00:00+01:00', { status: 'draft' });
  await item(repos, 'a-october', 'ada', '2026-10-20T10:00:00+02:00');
  await item(repos, 'a-december', 'ada', '2026-11-30T00:00:00+01:00');
  await item(repos, 'b1', 'ben', '2026-11-03T10:00:00+01:00');
  await item(repos, 'b-peer', 'ben', '2026-11-04T10:00:00+01:00', { source: 'peer' });
  await item(repos, 'd1', 'dan', '2026-11-05T10:00:00+01:00');
  await item(repos, 'd2', 'dan', '2026-11-06T10:00:00+01:00');
  await item(repos, 'nobody', undefined, '2026-11-06T10:00:00+01:00');

  await activity(repos, 'formative', '2026-11-10T09:00:00+01:00', { groupId: 'g7a' });
  await activity(repos, 'peer', '2026-11-12T09:00:00+01:00', { studentId: 'ada', groupId: 'g7a' });
  await activity(repos, 'self', '2026-11-20T09:00:00+01:00', { studentId: 'ben' });
  await activity(repos, 'self', '2026-11-20T09:00:00+01:00', { studentId: 'dan', groupId: 'g7b' });
  await activity(repos, 'formative', '2026-11-20T09:00:00+01:00', { groupId: 'g7b' });
  await activity(repos, 'peer', '2026-10-01T09:00:00+02:00', { groupId: 'g7a' });
  await activity(repos, 'self', '2026-12-05T09:00:00+01:00', { groupId: 'g7a' });
  return repos;
}

describe('the class balance', () => {
  it('counts the class by the hand-checked numbers', async () => {
    const balance = await loadClassBalance(await school(), 'g7a', NOVEMBER);
    expect(balance.counts).toEqual({ teacher: 4, formative: 1, peer: 2, self: 1 });
    expect(sharesOf(balance.counts)).toEqual({
      teacher: 50,
      formative: 12.5,
      peer: 25,
      self: 12.5,
    });
  });

  it('counts each student, whole-class work once for every student in the class', async () => {
    const balance = await loadClassBalance(await school(), 'g7a', NOVEMBER);
    expect(balance.students.map(({ id, name, counts }) => ({ id, name, counts }))).toEqual([
      { id: 'ada', name: 'Ada', counts: { teacher: 3, formative: 1, peer: 1, self: 0 } },
      { id: 'ben', name: 'Ben', counts: { teacher: 1, formative: 1, peer: 1, self: 1 } },
      { id: 'cy', name: 'Cy', counts: { teacher: 0, formative: 1, peer: 0, self: 0 } },
    ]);
  });

  it('counts work logged for some students once for each of them and once each for the class', async () => {
    const repos = await school();
    await repos.activity.logForStudents('peer', ['ben', 'cy'], {
      groupId: 'g7a',
      at: at('2026-11-16T09:00:00+01:00'),
    });
    const balance = await loadClassBalance(repos, 'g7a', NOVEMBER);
    // Peer: Ada's 1 and Ben's item as before, plus Ben's and Cy's new records — 4 of 10.
    expect(balance.counts).toEqual({ teacher: 4, formative: 1, peer: 4, self: 1 });
    expect(balance.students.map(({ id, counts }) => [id, counts.peer])).toEqual([
      ['ada', 1],
      ['ben', 2],
      ['cy', 1],
    ]);
  });

  it('knows when each kind was last logged up to the period’s end', async () => {
    const balance = await loadClassBalance(await school(), 'g7a', NOVEMBER);
    expect(balance.lastLoggedAt).toEqual({
      formative: at('2026-11-10T09:00:00+01:00'),
      peer: at('2026-11-12T09:00:00+01:00'),
      self: at('2026-11-20T09:00:00+01:00'),
    });
    // Per student: their own work and the class's; the whole-class peer work of 1 October is older.
    expect(balance.students.map((student) => student.lastLoggedAt)).toEqual([
      { formative: at('2026-11-10T09:00:00+01:00'), peer: at('2026-11-12T09:00:00+01:00') },
      {
        formative: at('2026-11-10T09:00:00+01:00'),
        peer: at('2026-10-01T09:00:00+02:00'),
        self: at('2026-11-20T09:00:00+01:00'),
      },
      { formative: at('2026-11-10T09:00:00+01:00'), peer: at('2026-10-01T09:00:00+02:00') },
    ]);
  });

  it('cuts the week at local midnight across the change from summer time', async () => {
    const repos = await school();
    await activity(repos, 'peer', '2026-10-25T23:30:00+01:00', { studentId: 'cy' });
    await activity(repos, 'peer', '2026-10-26T00:30:00+01:00', { studentId: 'cy' });
    await activity(repos, 'self', '2026-10-19T00:00:00+02:00', { studentId: 'cy' });
    await activity(repos, 'self', '2026-10-18T23:59:00+02:00', { studentId: 'cy' });
    const week = periodRange('week', at('2026-10-22T12:00:00+02:00'));
    if (!week) throw new Error('no week');
    const balance = await loadClassBalance(repos, 'g7a', week);
    // Ada's item of 20 October, and Cy's peer work late on Sunday and self-assessment on Monday.
    expect(balance.counts).toEqual({ teacher: 1, formative: 0, peer: 1, self: 1 });
  });
});
