import { useId, useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import type { GroupRecord, StudentRecord } from '../../utils/model/records';
import { useAppServices } from '../../utils/panel/services/context';
import { InlineCreateSelect } from '../ui/InlineCreateSelect';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/**
 * The class being looked at, chosen or created in place, and what belongs
 * to it: its name (renamed in place), its students (each can be moved to
 * another class or to none) and a way to add one, new or already stored.
 */
export function ClassSection(props: {
  groups: readonly GroupRecord[];
  students: readonly StudentRecord[];
  groupId: string | undefined;
  onGroup(groupId: string | undefined): void;
}) {
  const { repos } = useAppServices();
  const { t } = useI18n();
  const id = useId();
  const group = props.groups.find(({ id: groupId }) => groupId === props.groupId);
  const [failure, setFailure] = useState<string | null>(null);

  const attempt = async (work: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(t('classSaveFailed', { reason: String(error) }));
    }
  };
  const classOptions = [...props.groups]
    .sort(byName)
    .map(({ id: groupId, name }) => ({ id: groupId, label: name }));

  return (
    <section class="class-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('classesHeading')}</h2>
      <InlineCreateSelect
        label={t('classChoose')}
        newLabel={t('classNew')}
        nameLabel={t('classNewName')}
        value={props.groupId}
        options={classOptions}
        onChoose={(groupId) => props.onGroup(groupId ?? undefined)}
        onCreate={async (name) => {
          const created = await repos.groups.create(name);
          props.onGroup(created.id);
        }}
      />
      {failure && (
        <p class="warning" role="alert">
          {failure}
        </p>
      )}
      {group && (
        <ClassMembers
          key={group.id}
          group={group}
          classOptions={classOptions}
          students={props.students}
          attempt={attempt}
        />
      )}
    </section>
  );
}

/** A chosen class: rename it, move its students, add one. */
function ClassMembers(props: {
  group: GroupRecord;
  classOptions: { id: string; label: string }[];
  students: readonly StudentRecord[];
  attempt(work: () => Promise<unknown>): Promise<void>;
}) {
  const { repos } = useAppServices();
  const { t } = useI18n();
  const id = useId();
  const { group, attempt } = props;
  const [name, setName] = useState(group.name);
  const [renamed, setRenamed] = useState(false);
  const members = props.students.filter((student) => student.groupId === group.id).sort(byName);
  const others = props.students.filter((student) => student.groupId !== group.id).sort(byName);
  const className = (groupId: string | undefined) =>
    props.classOptions.find((option) => option.id === groupId)?.label;

  return (
    <>
      <form
        class="class-rename"
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = name.trim();
          if (trimmed === '' || trimmed === group.name) return;
          void attempt(async () => {
            await repos.groups.rename(group.id, trimmed);
            setRenamed(true);
          });
        }}
      >
        <label for={`${id}-name`}>{t('className')}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          onInput={(event) => {
            setName(event.currentTarget.value);
            setRenamed(false);
          }}
        />
        <button type="submit">{t('classRename')}</button>
      </form>
      <p class="hint" role="status">
        {renamed ? t('classRenamed') : ''}
      </p>
      <h3 id={`${id}-members`}>
        {t('classStudents', { group: group.name, count: members.length })}
      </h3>
      {members.length === 0 ? (
        <p class="hint">{t('classNoStudents')}</p>
      ) : (
        <ul class="class-members" aria-labelledby={`${id}-members`}>
          {members.map((student) => (
            <li key={student.id} class="class-member">
              <span>{student.name}</span>
              <select
                aria-label={t('classOfStudent', { student: student.name })}
                value={group.id}
                onChange={(event) => {
                  const groupId = event.currentTarget.value || null;
                  void attempt(() => repos.students.moveToGroup(student.id, groupId));
                }}
              >
                <option value="">{t('classNone')}</option>
                {props.classOptions.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      )}
      <InlineCreateSelect
        label={t('classAddStudent', { group: group.name })}
        newLabel={t('contextNewStudent')}
        nameLabel={t('contextNewStudentName')}
        value={undefined}
        options={others.map((student) => {
          const current = className(student.groupId);
          return {
            id: student.id,
            label: current ? `${student.name} (${current})` : student.name,
          };
        })}
        onChoose={(studentId) => {
          if (studentId) void attempt(() => repos.students.moveToGroup(studentId, group.id));
        }}
        onCreate={async (studentName) => {
          await repos.students.create(studentName, group.id);
        }}
      />
    </>
  );
}
