import { useI18n } from '../../utils/i18n/context';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useAppServices } from '../../utils/panel/services/context';
import { useDocumentSession } from '../../utils/panel/session/context';
import { LogActivityForm, type LogTarget } from './LogActivityForm';

/**
 * "Log activity" in the panel: folded to one line, and open it is two
 * clicks from a logged formative check, peer feedback or self-assessment
 * for the document's student — or for some students of the class, or the whole class.
 */
export function PanelActivityLog() {
  const { t } = useI18n();
  const { repos } = useAppServices();
  const { student } = useDocumentSession();
  const groupId = student?.groupId;
  const group = useLiveQuery(
    async () => (groupId ? repos.groups.get(groupId) : undefined),
    [repos, groupId],
  ).data;
  const classmates = useLiveQuery(
    async () => (groupId ? repos.students.listByGroup(groupId) : []),
    [repos, groupId],
  ).data;

  const targets: LogTarget[] = student
    ? [
        { key: student.id, label: student.name, studentId: student.id, groupId },
        ...(group
          ? [
              {
                key: group.id,
                label: t('balanceWholeClass', { class: group.name }),
                groupId: group.id,
              },
            ]
          : []),
      ]
    : [];

  return (
    <details class="activity-log">
      <summary>{t('logActivityHeading')}</summary>
      {student ? (
        <LogActivityForm
          key={student.id}
          targets={targets}
          {...(group && classmates && { forClass: { groupId: group.id, students: classmates } })}
        />
      ) : (
        <p class="hint">{t('logActivityNoStudent')}</p>
      )}
    </details>
  );
}
