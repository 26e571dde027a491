import { type Uptake, uptakeOf } from '../../utils/feedback/uptake';
import { useI18n } from '../../utils/i18n/context';
import { formatPercent, type MessageKey } from '../../utils/i18n/index';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useAppServices } from '../../utils/panel/services/context';
import type { Repositories } from '../../utils/panel/services/types';

/** The learner's uptake, and their class's when they are in one. */
interface UptakeOfStudent {
  student: Uptake;
  group?: { name: string; uptake: Uptake };
}

/**
 * Reads only the learner's items (studentId index) and, for a class, its
 * students (groupId index) and their items (studentId index again), never
 * the whole feedback table.
 */
async function loadUptake(repos: Repositories, studentId: string): Promise<UptakeOfStudent> {
  const [items, student] = await Promise.all([
    repos.feedback.listForStudent(studentId),
    repos.students.get(studentId),
  ]);
  const group = student?.groupId ? await repos.groups.get(student.groupId) : undefined;
  if (!group) return { student: uptakeOf(items) };
  const classmates = await repos.students.listByGroup(group.id);
  const classItems = await repos.feedback.listForStudents(classmates.map(({ id }) => id));
  return { student: uptakeOf(items), group: { name: group.name, uptake: uptakeOf(classItems) } };
}

/**
 * How the feed-forwards given to this document's learner were taken up, and
 * their class's, so the teacher sees whether next steps land. Kept live: an
 * outcome recorded on any item changes it at once.
 */
export function UptakeSummary(props: { studentId: string }) {
  const { repos } = useAppServices();
  const { t, plural, locale } = useI18n();
  const loaded = useLiveQuery(() => loadUptake(repos, props.studentId), [repos, props.studentId]);

  /** "1 of 2 feed-forwards acted on · 1 partly · 75 % taken up · median 3 days", leaving out what is empty. */
  const line = (key: MessageKey, uptake: Uptake, params: Record<string, string> = {}) =>
    [
      t(key, { ...params, acted: uptake.actedOn, total: uptake.feedForwards }),
      uptake.partly > 0 && t('uptakePartly', { count: uptake.partly }),
      uptake.notYet > 0 && t('uptakeNotYet', { count: uptake.notYet }),
      uptake.share !== null && t('uptakeShare', { percent: formatPercent(uptake.share, locale) }),
      uptake.medianDaysToOutcome !== null && plural('uptakeMedian', uptake.medianDaysToOutcome),
    ]
      .filter(Boolean)
      .join(' · ');

  if (!loaded.data) return null;
  const { student, group } = loaded.data;
  return (
    <div class="uptake hint">
      <p data-testid="uptake-student">{line('uptakeStudent', student)}</p>
      {group && (
        <p data-testid="uptake-class">{line('uptakeClass', group.uptake, { group: group.name })}</p>
      )}
    </div>
  );
}
