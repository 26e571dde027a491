import type { FeedbackLevel, FeedbackQuestion } from '../model/feedback';
import type { OutcomeKind } from '../model/outcome';
import type { FeedbackItemRecord } from '../model/records';

/** An item with no outcome recorded yet, as a choice of the outcome filter. */
export const NO_OUTCOME = 'none';

/**
 * What the student view narrows a learner's feedback to; an absent field
 * lets everything through. Question, level and criterion are asked of one
 * and the same part ("a feed-forward at the process level"), not of the
 * item as a whole.
 */
export interface StudentFeedbackFilters {
  assignmentId?: string;
  criterionId?: string;
  question?: FeedbackQuestion;
  level?: FeedbackLevel;
  outcome?: OutcomeKind | typeof NO_OUTCOME;
}

/** What a filter looks at: the item's parts, its outcome and its document. */
export type FilteredFields = Pick<FeedbackItemRecord, 'documentId' | 'parts' | 'outcome'>;

/**
 * Whether an item passes the filters. The assignment is the item's
 * document's (`assignmentOf`), since items do not store it themselves: a
 * document attached to another assignment later takes its feedback along.
 */
export function matchesStudentFilters(
  item: FilteredFields,
  filters: StudentFeedbackFilters,
  assignmentOf: (documentId: string) => string | undefined,
): boolean {
  if (filters.assignmentId && assignmentOf(item.documentId) !== filters.assignmentId) return false;
  if (filters.outcome && (item.outcome?.kind ?? NO_OUTCOME) !== filters.outcome) return false;
  const { question, level, criterionId } = filters;
  if (!question && !level && !criterionId) return true;
  return item.parts.some(
    (part) =>
      (!question || part.question === question) &&
      (!level || part.level === level) &&
      (!criterionId || part.criterionId === criterionId),
  );
}

/** Whether any filter is set, so the view can say "no item matches" rather than "no feedback yet". */
export function anyStudentFilter(filters: StudentFeedbackFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}
