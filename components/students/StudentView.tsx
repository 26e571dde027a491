import { useCallback, useId, useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useAppServices } from '../../utils/panel/services/context';
import { StudentFeedbackList } from './StudentFeedbackList';
import { StudentFollowUps } from './StudentFollowUps';
import { UptakeTable } from './UptakeTable';
import { useClassFeedback } from './use-class-feedback';
import { useStudentRecords } from './use-student-records';

/**
 * One learner across documents and assignments: their class, the uptake of
 * their feed-forwards beside the class's, their follow-ups, and every item,
 * newest first, filterable.
 *
 * This component is only the layout, the sections in reading order, so
 * that further sections about the learner (the criteria over time, a link
 * to a printable summary) are added here as one more child, taking
 * `studentId` and `records` like the others.
 *
 * The item list reads one page through the learner's index and shows
 * first; only then are all of the learner's items (and the class's) read,
 * by index, for the uptake and the follow-ups — never the whole feedback
 * table — so the list is not kept waiting behind them.
 */
export function StudentView(props: { studentId: string; now?: () => number }) {
  const { repos } = useAppServices();
  const { t } = useI18n();
  const id = useId();
  const now = (props.now ?? Date.now)();
  const records = useStudentRecords(props.studentId);
  const [listShown, setListShown] = useState(false);
  const onListShown = useCallback(() => setListShown(true), []);
  const items = useLiveQuery(
    async () => (listShown ? repos.feedback.listForStudent(props.studentId) : undefined),
    [repos, props.studentId, listShown],
  ).data;
  const groupItems = useClassFeedback(listShown ? records?.group?.id : undefined);

  if (!records?.student) return null;
  const { student, group } = records;
  return (
    <article class="student-view" aria-labelledby={`${id}-name`} data-testid="student-view">
      <h2 id={`${id}-name`}>{student.name}</h2>
      <p class="hint">{group ? group.name : t('studentViewNoClass')}</p>
      {items && (
        <UptakeTable
          columns={[
            { who: student.name, items },
            ...(group && groupItems
              ? [{ who: t('uptakeClassWho', { group: group.name }), items: groupItems }]
              : []),
          ]}
        />
      )}
      {items && <StudentFollowUps items={items} records={records} now={now} />}
      <StudentFeedbackList
        studentId={props.studentId}
        records={records}
        now={now}
        onShown={onListShown}
      />
    </article>
  );
}
