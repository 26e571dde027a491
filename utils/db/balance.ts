import type { FeedbackSource } from '../model/feedback';
import type { ActivityRecord, FeedbackItemRecord } from '../model/records';
import type { FeedforwardDatabase } from './database';

/** A span of time: `from` included, `to` excluded (ms). */
interface Range {
  from: number;
  to: number;
}

/** The kinds an item can have besides teacher feedback. */
const OTHER_SOURCES: readonly FeedbackSource[] = ['formative', 'peer', 'self'];

/**
 * The reads the quarter balance is computed from (utils/analytics/balance.ts).
 * None loads every item: teacher feedback is counted per student with
 * `count()` on the [studentId+createdAt] key range, which IndexedDB answers
 * from the index alone; only the few records that count differently —
 * drafts and items from another source — are read, by their own indexes.
 */
export interface BalanceRepository {
  /** Per student, the items created in the range, drafts included. */
  countFeedback(studentIds: readonly string[], range: Range): Promise<Map<string, number>>;
  /** Drafts and items whose source is not the teacher, created in the range. */
  feedbackExceptions(
    range: Range,
  ): Promise<Pick<FeedbackItemRecord, 'studentId' | 'source' | 'status' | 'createdAt'>[]>;
  /**
   * A class's activity at any time: logged for the class as a whole or for
   * one of its students (by the groupId and studentId indexes). Activity is
   * logged by hand, a few records a lesson, so a class's log stays small.
   */
  classActivity(
    groupId: string,
    studentIds: readonly string[],
  ): Promise<Pick<ActivityRecord, 'at' | 'kind' | 'studentId' | 'groupId'>[]>;
}

/** Reads for the balance over the feedback and activity tables. */
export function createBalanceRepository(db: FeedforwardDatabase): BalanceRepository {
  return {
    async countFeedback(studentIds, range) {
      const counts = await Promise.all(
        studentIds.map((studentId) =>
          db.feedback
            .where('[studentId+createdAt]')
            .between([studentId, range.from], [studentId, range.to], true, false)
            .count(),
        ),
      );
      return new Map(studentIds.map((studentId, index) => [studentId, counts[index] ?? 0]));
    },
    async feedbackExceptions(range) {
      const [drafts, others] = await Promise.all([
        db.feedback.where('status').equals('draft').toArray(),
        db.feedback.where('source').anyOf(OTHER_SOURCES).toArray(),
      ]);
      const seen = new Set<string>();
      return [...drafts, ...others]
        .filter((item) => item.createdAt >= range.from && item.createdAt < range.to)
        .filter((item) => !seen.has(item.id) && seen.add(item.id))
        .map(({ studentId, source, status, createdAt }) => ({
          studentId,
          source,
          status,
          createdAt,
        }));
    },
    async classActivity(groupId, studentIds) {
      const [forClass, forStudents] = await Promise.all([
        db.activity.where('groupId').equals(groupId).toArray(),
        studentIds.length > 0 ? db.activity.where('studentId').anyOf(studentIds).toArray() : [],
      ]);
      const byId = new Map([...forClass, ...forStudents].map((record) => [record.id, record]));
      return [...byId.values()].map(({ at, kind, studentId, groupId: group }) => ({
        at,
        kind,
        studentId,
        groupId: group,
      }));
    },
  };
}
