import { type Period, type PeriodBounds, periodBounds } from '../../utils/feedback/period';
import type {
  AssignmentRecord,
  DocumentRecord,
  FeedbackItemRecord,
  GroupRecord,
  StudentRecord,
} from '../../utils/model/records';
import type { Repositories } from '../../utils/panel/services/types';

/** One learner's records for a view over time: who they are, their work and the feedback on it. */
export interface StudentHistory {
  student: StudentRecord | undefined;
  group: GroupRecord | undefined;
  /** Saved feedback, of the period when one is given, oldest first. */
  items: FeedbackItemRecord[];
  documents: DocumentRecord[];
  /** The assignments the learner's documents answer. */
  assignments: AssignmentRecord[];
  /** The period's moments, undefined for all time (or a period that is no real stretch of days). */
  bounds: PeriodBounds | undefined;
}

/**
 * Reads one learner's history from indexed queries only: their feedback
 * through the [studentId+createdAt] index (just the period's stretch of it),
 * their documents through the studentId index, and the few assignments and
 * the class those name, so a school's worth of feedback is never loaded.
 */
export async function loadStudentHistory(
  repos: Repositories,
  studentId: string,
  period?: Period,
): Promise<StudentHistory> {
  const bounds = period ? periodBounds(period) : undefined;
  const [student, items, documents] = await Promise.all([
    repos.students.get(studentId),
    bounds
      ? repos.feedback.listForStudentBetween(studentId, bounds.start, bounds.end)
      : repos.feedback.listForStudent(studentId),
    repos.documents.listForStudent(studentId),
  ]);
  const assignmentIds = [...new Set(documents.flatMap((document) => document.assignmentId ?? []))];
  const [assignments, group] = await Promise.all([
    Promise.all(assignmentIds.map((id) => repos.assignments.get(id))),
    student?.groupId ? repos.groups.get(student.groupId) : undefined,
  ]);
  return {
    student,
    group,
    items,
    documents,
    assignments: assignments.filter((found): found is AssignmentRecord => found !== undefined),
    bounds,
  };
}
