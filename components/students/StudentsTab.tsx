import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import type { GroupRecord } from '../../utils/model/records';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useAppServices } from '../../utils/panel/services/context';
import { ClassSection } from './ClassSection';
import { StudentPicker } from './StudentPicker';
import { StudentView } from './StudentView';
import { UptakeTable } from './UptakeTable';
import { useClassUptake } from './use-class-uptake';

/** A class's uptake over time, shown while no learner is chosen. */
function ClassUptake(props: { group: GroupRecord }) {
  const { t } = useI18n();
  const uptake = useClassUptake(props.group.id);
  if (!uptake) return null;
  return (
    <UptakeTable columns={[{ who: t('uptakeClassWho', { group: props.group.name }), uptake }]} />
  );
}

/**
 * The dashboard's Students tab: choose or create a class and manage its
 * students, and see its uptake over time; then find one learner in it (or
 * among everyone, with no class chosen) and see them across documents. `studentId` opens it at a learner
 * (the panel's link, `#student=<id>`), with their class chosen.
 */
export function StudentsTab(props: { studentId?: string; now?: () => number }) {
  const { repos } = useAppServices();
  const groups = useLiveQuery(() => repos.groups.all(), [repos]).data ?? [];
  const students = useLiveQuery(() => repos.students.all(), [repos]).data;
  const [groupId, setGroupId] = useState<string | undefined>(undefined);
  const [studentId, setStudentId] = useState(props.studentId);

  useEffect(() => setStudentId(props.studentId), [props.studentId]);
  // Opened at a learner: their class is the one looked at.
  const linkedGroupId = students?.find(({ id }) => id === props.studentId)?.groupId;
  useEffect(() => {
    if (linkedGroupId) setGroupId(linkedGroupId);
  }, [props.studentId, linkedGroupId]);

  const group = groups.find(({ id }) => id === groupId);
  const inClass = (students ?? [])
    .filter((student) => !groupId || student.groupId === groupId)
    .sort((a, b) => a.name.localeCompare(b.name));

  return (
    <div class="students-tab">
      <ClassSection
        groups={groups}
        students={students ?? []}
        groupId={groupId}
        onGroup={setGroupId}
      />
      <StudentPicker students={inClass} value={studentId} onChoose={setStudentId} />
      {studentId ? (
        <StudentView
          key={studentId}
          studentId={studentId}
          now={props.now}
          reveal={studentId === props.studentId}
        />
      ) : (
        group && <ClassUptake group={group} />
      )}
    </div>
  );
}
