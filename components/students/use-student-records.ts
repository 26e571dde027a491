import type {
  AssignmentRecord,
  DocumentRecord,
  GroupRecord,
  StudentRecord,
} from '../../utils/model/records';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useAppServices } from '../../utils/panel/services/context';

/** What the student view names beside each item: the learner, their class, documents and assignments. */
export interface StudentRecords {
  student: StudentRecord | undefined;
  group: GroupRecord | undefined;
  documents: ReadonlyMap<string, DocumentRecord>;
  assignments: ReadonlyMap<string, AssignmentRecord>;
}

/**
 * The learner's own records, read by index (their documents by studentId)
 * plus the assignments, which are few; kept live, so a class renamed or a
 * document attached elsewhere shows at once.
 */
export function useStudentRecords(studentId: string): StudentRecords | undefined {
  const { repos } = useAppServices();
  return useLiveQuery(async () => {
    const [student, documents, assignments] = await Promise.all([
      repos.students.get(studentId),
      repos.documents.listForStudent(studentId),
      repos.assignments.all(),
    ]);
    const group = student?.groupId ? await repos.groups.get(student.groupId) : undefined;
    return {
      student,
      group,
      documents: new Map(documents.map((document) => [document.id, document])),
      assignments: new Map(assignments.map((assignment) => [assignment.id, assignment])),
    };
  }, [repos, studentId]).data;
}
