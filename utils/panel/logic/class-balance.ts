import { type ClassBalance, classBalance } from '../../analytics/balance';
import type { TimeRange } from '../../analytics/balance-period';
import type { Repositories } from '../../db/index';

/**
 * One class's balance over a period, read from indexed queries: the class's
 * students, one index count of feedback per student, the few drafts and
 * non-teacher items, and the class's activity log (see utils/db/balance.ts).
 */
export async function loadClassBalance(
  repos: Pick<Repositories, 'students' | 'balance'>,
  groupId: string,
  range: TimeRange,
): Promise<ClassBalance> {
  const students = await repos.students.listByGroup(groupId);
  const ids = students.map((student) => student.id);
  const [feedbackCounts, exceptions, activity] = await Promise.all([
    repos.balance.countFeedback(ids, range),
    repos.balance.feedbackExceptions(range),
    repos.balance.classActivity(groupId, ids),
  ]);
  return classBalance({
    students: students.map(({ id, name }) => ({ id, name })),
    groupId,
    range,
    feedbackCounts,
    exceptions,
    activity,
  });
}
