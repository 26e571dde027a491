import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import { summaryUrl } from '../../utils/feedback/summary-url';
import { uptakeOverTime } from '../../utils/feedback/uptake-by-month';
import { useI18n } from '../../utils/i18n/context';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useAppServices } from '../../utils/panel/services/context';
import { CriteriaTimeline } from './CriteriaTimeline';
import { StudentFeedbackList } from './StudentFeedbackList';
import { StudentFollowUps } from './StudentFollowUps';
import { TEACHER_TIME_ZONE } from './teacher-time-zone';
import { UptakeTable } from './UptakeTable';
import { useClassUptake } from './use-class-uptake';
import { useStudentRecords } from './use-student-records';

/**
 * One learner across documents and assignments: their class and a link to
 * their printable summary, the uptake of their feed-forwards beside the
 * class's, their follow-ups, the criteria over time, and every item,
 * newest first, filterable.
 *
 * This component is only the layout, the sections in reading order, so
 * that a further section about the learner is added here as one more
 * child, taking `studentId` and `records` like the others.
 *
 * The item list reads one page through the learner's index and shows
 * first; only then are all of the learner's items read, by index, for
 * the uptake and the follow-ups, and the class's uptake counted learner
 * by learner — never the whole feedback table — so the list is not kept
 * waiting behind them.
 */
export function StudentView(props: {
  studentId: string;
  now?: () => number;
  /**
   * Opened by a link (the panel's "Student view"): the view is brought into
   * sight below the classes and its heading takes the focus, so the teacher
   * (and a screen reader) starts at the learner, not at the class list.
   */
  reveal?: boolean;
}) {
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
  const groupUptake = useClassUptake(listShown ? records?.group?.id : undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = records?.student !== undefined;
  useEffect(() => {
    if (!props.reveal || !loaded) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [props.reveal, loaded]);

  if (!records?.student) return null;
  const { student, group } = records;
  return (
    <article class="student-view" aria-labelledby={`${id}-name`} data-testid="student-view">
      <h2 id={`${id}-name`} ref={heading} tabIndex={-1}>
        {student.name}
      </h2>
      <p class="hint">{group ? group.name : t('studentViewNoClass')}</p>
      <p>
        <a href={summaryUrl({ studentId: props.studentId })} target="_blank" rel="noopener">
          {t('summaryLink')}
        </a>
      </p>
      {items && (
        <UptakeTable
          columns={[
            { who: student.name, uptake: uptakeOverTime(items, TEACHER_TIME_ZONE) },
            ...(group && groupUptake
              ? [{ who: t('uptakeClassWho', { group: group.name }), uptake: groupUptake }]
              : []),
          ]}
        />
      )}
      {items && <StudentFollowUps items={items} records={records} now={now} />}
      {listShown && <CriteriaTimeline studentId={props.studentId} />}
      <StudentFeedbackList
        studentId={props.studentId}
        records={records}
        now={now}
        onShown={onListShown}
      />
    </article>
  );
}
