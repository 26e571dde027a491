import { FEEDBACK_SOURCES, type FeedbackSource } from '../model/feedback';
import type { ActivityRecord, FeedbackItemRecord } from '../model/records';
import type { TimeRange } from './balance-period';

/**
 * The quarter system's balance (DOMAIN.md 5): how much of the learners' work
 * got teacher feedback, was a formative check, got peer feedback and was
 * self-assessed, per class and per student, over a period.
 *
 * How a piece of work counts:
 * - teacher: every saved or inserted feedback item (drafts are not work yet)
 *   counts once for its student and once for that student's class; an item
 *   whose source is formative, peer or self counts as that kind instead;
 * - activity logged for ONE student counts once for that student and once
 *   for the class the student is in now;
 * - activity logged for a WHOLE CLASS (a class, no student) counts once for
 *   the class and once for every student in it now — each of them did it.
 * So a class's figure is the number of pieces of work, while the students'
 * figures add up to more than it when whole-class work was logged.
 */

/** A number per kind of feedback. */
export type KindCounts = Record<FeedbackSource, number>;

/** Every kind at zero. */
export function noCounts(): KindCounts {
  return { teacher: 0, formative: 0, peer: 0, self: 0 };
}

/** How many pieces of work were counted in all. */
export function totalOf(counts: KindCounts): number {
  return FEEDBACK_SOURCES.reduce((sum, kind) => sum + counts[kind], 0);
}

/** Each kind's share of the work in per cent (all zero when nothing was counted). */
export function sharesOf(counts: KindCounts): KindCounts {
  const total = totalOf(counts);
  const share = (kind: FeedbackSource) => (total === 0 ? 0 : (counts[kind] / total) * 100);
  return {
    teacher: share('teacher'),
    formative: share('formative'),
    peer: share('peer'),
    self: share('self'),
  };
}

/** A feedback item the per-student index count included but that is not teacher feedback given. */
export type FeedbackException = Pick<
  FeedbackItemRecord,
  'studentId' | 'source' | 'status' | 'createdAt'
>;

/** What the balance of one class is made of, read from indexed queries (see utils/db/balance.ts). */
export interface ClassBalanceInput {
  /** The class's students now. */
  students: readonly { id: string; name: string }[];
  groupId: string;
  range: TimeRange;
  /** Per student: their feedback items created in the range, drafts included (one index count each). */
  feedbackCounts: ReadonlyMap<string, number>;
  /** Drafts and items from another source: the few records that count differently from the index count. */
  exceptions: readonly FeedbackException[];
  /** The class's activity at any time: logged for the class as a whole or for one of its students. */
  activity: readonly Pick<ActivityRecord, 'at' | 'kind' | 'studentId' | 'groupId'>[];
}

/** When each kind of activity was last logged, up to a period's end. */
export type LastLogged = Partial<Record<FeedbackSource, number>>;

/** One student's counts. */
export interface StudentBalance {
  id: string;
  name: string;
  counts: KindCounts;
  lastLoggedAt: LastLogged;
}

/** A class's balance over a period. */
export interface ClassBalance {
  counts: KindCounts;
  students: StudentBalance[];
  /** When each kind of activity was last logged for the class before the period ended. */
  lastLoggedAt: LastLogged;
}

const inRange = (at: number, range: TimeRange) => at >= range.from && at < range.to;

/** Counts a class and each of its students by the rules above. */
export function classBalance(input: ClassBalanceInput): ClassBalance {
  const { range } = input;
  const byStudent = new Map(input.students.map((student) => [student.id, noCounts()]));
  const lastByStudent = new Map<string, LastLogged>(
    input.students.map((student) => [student.id, {}]),
  );
  const classCounts = noCounts();
  const add = (counts: KindCounts | undefined, kind: FeedbackSource, amount = 1) => {
    if (counts) counts[kind] += amount;
  };

  for (const [studentId, count] of input.feedbackCounts) {
    if (!byStudent.has(studentId)) continue;
    add(byStudent.get(studentId), 'teacher', count);
    add(classCounts, 'teacher', count);
  }
  for (const item of input.exceptions) {
    const counts = item.studentId ? byStudent.get(item.studentId) : undefined;
    if (!counts || !inRange(item.createdAt, range)) continue;
    add(counts, 'teacher', -1);
    add(classCounts, 'teacher', -1);
    if (item.status !== 'draft' && item.source !== 'teacher') {
      add(counts, item.source);
      add(classCounts, item.source);
    }
  }

  const lastLoggedAt: LastLogged = {};
  const noteLast = (last: LastLogged | undefined, record: { at: number; kind: FeedbackSource }) => {
    if (last && record.at > (last[record.kind] ?? -Infinity)) last[record.kind] = record.at;
  };
  for (const record of input.activity) {
    const forStudent = record.studentId !== undefined;
    if (forStudent ? !byStudent.has(record.studentId ?? '') : record.groupId !== input.groupId)
      continue;
    if (record.at >= range.to) continue;
    noteLast(lastLoggedAt, record);
    if (forStudent) noteLast(lastByStudent.get(record.studentId ?? ''), record);
    else for (const last of lastByStudent.values()) noteLast(last, record);
    if (record.at < range.from) continue;
    add(classCounts, record.kind);
    if (forStudent) add(byStudent.get(record.studentId ?? ''), record.kind);
    else for (const counts of byStudent.values()) add(counts, record.kind);
  }

  return {
    counts: classCounts,
    students: input.students.map((student) => ({
      ...student,
      counts: byStudent.get(student.id) ?? noCounts(),
      lastLoggedAt: lastByStudent.get(student.id) ?? {},
    })),
    lastLoggedAt,
  };
}
