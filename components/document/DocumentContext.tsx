import { summaryUrl } from '../../utils/feedback/summary-url';
import { useI18n } from '../../utils/i18n/context';
import type { StudentRecord } from '../../utils/model/records';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useServices } from '../../utils/panel/services/context';
import { useDocumentSession } from '../../utils/panel/session/context';
import { studentViewHref } from '../students/student-link';
import { InlineCreateSelect } from '../ui/InlineCreateSelect';
import { AssignmentEditor } from './AssignmentEditor';
import { UptakeSummary } from './UptakeSummary';

/**
 * Whose work this is and which assignment it answers: both chosen from
 * lists, or created in place, and the student's class, chosen or created in
 * place too, with a link to the student's feedback across documents on the
 * dashboard. The assignment's goal and criteria are edited here once and
 * then serve every document of that assignment. For a chosen student it
 * shows their uptake and links to their printable summary.
 */
export function DocumentContext() {
  const { repos } = useServices();
  const { document: stored, assignment, ensureDocument } = useDocumentSession();
  const { t } = useI18n();
  const students = useLiveQuery(() => repos.students.all(), [repos]).data ?? [];
  const assignments = useLiveQuery(() => repos.assignments.all(), [repos]).data ?? [];
  const groups = useLiveQuery(() => repos.groups.all(), [repos]).data ?? [];
  const student = students.find(({ id }) => id === stored?.studentId);
  const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

  const attach = async (links: { studentId?: string | null; assignmentId?: string | null }) => {
    const document = await ensureDocument();
    await repos.documents.attach(document.id, links);
  };

  return (
    <section class="document-context" aria-labelledby="context-heading">
      <h2 id="context-heading">{t('contextHeading')}</h2>
      <div class="field-row">
        <InlineCreateSelect
          label={t('contextStudent')}
          newLabel={t('contextNewStudent')}
          nameLabel={t('contextNewStudentName')}
          value={stored?.studentId}
          options={students
            .map((student: StudentRecord) => ({ id: student.id, label: student.name }))
            .sort(byName)}
          onChoose={(studentId) => void attach({ studentId })}
          onCreate={async (name) => {
            const student = await repos.students.create(name);
            await attach({ studentId: student.id });
          }}
        />
        <InlineCreateSelect
          label={t('contextAssignment')}
          newLabel={t('contextNewAssignment')}
          nameLabel={t('contextNewAssignmentTitle')}
          value={stored?.assignmentId}
          options={assignments
            .map((assignment) => ({ id: assignment.id, label: assignment.title }))
            .sort(byName)}
          onChoose={(assignmentId) => void attach({ assignmentId })}
          onCreate={async (title) => {
            const assignment = await repos.assignments.create({ title });
            await attach({ assignmentId: assignment.id });
          }}
        />
        {student && (
          <InlineCreateSelect
            label={t('classChoose')}
            newLabel={t('classNew')}
            nameLabel={t('classNewName')}
            value={student.groupId}
            options={groups.map((group) => ({ id: group.id, label: group.name })).sort(byName)}
            onChoose={(groupId) => void repos.students.moveToGroup(student.id, groupId)}
            onCreate={async (name) => {
              const group = await repos.groups.create(name);
              await repos.students.moveToGroup(student.id, group.id);
            }}
          />
        )}
        {student && (
          // Beside the class: the learner across documents, and their printable summary.
          <p class="student-links">
            <a href={studentViewHref(student.id)} target="_blank" rel="noopener">
              {t('studentViewOpen')}: {student.name}
            </a>
            <a href={summaryUrl({ studentId: student.id })} target="_blank" rel="noopener">
              {t('summaryLink')}
            </a>
          </p>
        )}
      </div>
      {stored?.studentId && <UptakeSummary studentId={stored.studentId} />}
      {assignment && (
        <AssignmentEditor
          assignment={assignment}
          onSave={(assignment, base) => repos.assignments.saveEdit(assignment, base)}
        />
      )}
    </section>
  );
}
