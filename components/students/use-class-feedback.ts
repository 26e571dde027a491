import type { FeedbackItemRecord } from '../../utils/model/records';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useAppServices } from '../../utils/panel/services/context';

/**
 * Every saved item of a class's learners, read learner by learner through
 * the feedback's student index (never the whole table), kept live; nothing
 * while `groupId` is undefined (no class, or not wanted yet).
 */
export function useClassFeedback(groupId: string | undefined): FeedbackItemRecord[] | undefined {
  const { repos } = useAppServices();
  return useLiveQuery(async () => {
    if (!groupId) return undefined;
    const classmates = await repos.students.listByGroup(groupId);
    return repos.feedback.listForStudents(classmates.map((student) => student.id));
  }, [repos, groupId]).data;
}
