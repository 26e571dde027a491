import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import {
  anyStudentFilter,
  matchesStudentFilters,
  type StudentFeedbackFilters,
} from '../../utils/feedback/student-filters';
import { useI18n } from '../../utils/i18n/context';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useAppServices } from '../../utils/panel/services/context';
import { StudentFeedbackItem } from './StudentFeedbackItem';
import { StudentFilters } from './StudentFilters';
import type { StudentRecords } from './use-student-records';

/** Items shown at first and added by each "Show older". */
export const STUDENT_PAGE_SIZE = 25;

/**
 * Every item of the learner, across documents and assignments, newest
 * first, with the filters above. Only what is shown is read: the newest
 * page (one more item tells whether there are older ones) through the
 * learner's [studentId+createdAt] index, filtered as the cursor goes; each
 * "Show older" reads again as far as one page further. Kept live, so an outcome
 * recorded in the panel shows here at once.
 */
export function StudentFeedbackList(props: {
  studentId: string;
  records: StudentRecords;
  now: number;
  /** Called once the first page is on screen (the view loads the rest of its sections then). */
  onShown?(): void;
}) {
  const { repos } = useAppServices();
  const { t } = useI18n();
  const id = useId();
  const [filters, setFilters] = useState<StudentFeedbackFilters>({});
  const [pages, setPages] = useState(1);
  const { documents, assignments } = props.records;
  const limit = pages * STUDENT_PAGE_SIZE;

  const ownAssignments = useMemo(() => {
    const ids = new Set([...documents.values()].flatMap(({ assignmentId }) => assignmentId ?? []));
    return [...ids]
      .flatMap((assignmentId) => assignments.get(assignmentId) ?? [])
      .sort((a, b) => a.title.localeCompare(b.title));
  }, [documents, assignments]);

  const loaded = useLiveQuery(
    () =>
      repos.feedback.newestForStudent(props.studentId, limit + 1, (item) =>
        matchesStudentFilters(
          item,
          filters,
          (documentId) => documents.get(documentId)?.assignmentId,
        ),
      ),
    [repos, props.studentId, limit, filters, documents],
  );
  const items = loaded.data?.slice(0, limit);
  const hasOlder = (loaded.data?.length ?? 0) > limit;
  const shown = loaded.data !== undefined || loaded.error !== undefined;
  const { onShown } = props;
  useEffect(() => {
    if (shown) onShown?.();
  }, [shown, onShown]);

  return (
    <section class="student-feedback" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('studentItemsHeading')}</h3>
      <StudentFilters
        filters={filters}
        assignments={ownAssignments}
        onChange={(next) => {
          setFilters(next);
          setPages(1);
        }}
      />
      {loaded.error !== undefined && (
        <p class="warning" role="alert">
          {t('listLoadFailed', { reason: String(loaded.error) })}
        </p>
      )}
      <p class="hint" role="status">
        {items &&
          (items.length > 0
            ? t('studentItemsShown', { count: items.length })
            : t(anyStudentFilter(filters) ? 'studentItemsNoMatch' : 'studentItemsNone'))}
      </p>
      {items && items.length > 0 && (
        <ol class="student-items">
          {items.map((item) => (
            <StudentFeedbackItem
              key={item.id}
              item={item}
              records={props.records}
              now={props.now}
            />
          ))}
        </ol>
      )}
      {hasOlder && (
        <button type="button" onClick={() => setPages((count) => count + 1)}>
          {t('listMore', { count: STUDENT_PAGE_SIZE })}
        </button>
      )}
    </section>
  );
}
