import { useEffect, useState } from 'preact/hooks';
import { type UptakeOverTime, uptakeFold } from '../../utils/feedback/uptake-by-month';
import { nextTask } from '../../utils/panel/adapters/next-task';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useAppServices } from '../../utils/panel/services/context';
import { TEACHER_TIME_ZONE } from './teacher-time-zone';

/**
 * A class's uptake over time, counted again whenever its learners or any
 * feedback change; nothing while `groupId` is undefined (no class, or not
 * wanted yet) or while it is being counted. The class's items are read one
 * learner at a time through the feedback's student index, folded into
 * per-month tallies and dropped, with a turn of the event loop between
 * learners: holding a class's thousands of items at once made the page
 * stop for a full garbage collection while it rendered.
 */
export function useClassUptake(groupId: string | undefined): UptakeOverTime | undefined {
  const { repos } = useAppServices();
  const watched = useLiveQuery(
    async () =>
      groupId
        ? {
            groupId,
            classmates: await repos.students.listByGroup(groupId),
            revision: await repos.feedback.revision(),
          }
        : undefined,
    [repos, groupId],
  ).data;
  const [counted, setCounted] = useState<{ groupId: string; uptake: UptakeOverTime }>();

  useEffect(() => {
    if (!watched) return;
    let current = true;
    const count = async () => {
      const fold = uptakeFold(TEACHER_TIME_ZONE);
      for (const student of watched.classmates) {
        fold.add(await repos.feedback.listForStudent(student.id));
        await nextTask();
        if (!current) return;
      }
      setCounted({ groupId: watched.groupId, uptake: fold.result() });
    };
    // A failed read leaves the class's figures out, as a failed live query did.
    count().catch(() => undefined);
    return () => {
      current = false;
    };
  }, [repos, watched]);

  return counted && counted.groupId === groupId ? counted.uptake : undefined;
}
