import type { FeedbackLevel, FeedbackQuestion } from '../model/feedback';
import type {
  AssignmentRecord,
  DocumentRecord,
  FeedbackItemRecord,
  StudentRecord,
} from '../model/records';
import { inPeriod, type PeriodBounds } from './period';

/**
 * A criterion's name as it is compared across assignments: the same words
 * whatever their case, spacing or closing punctuation, so "Uses sources."
 * in one assignment and "uses  sources" in the next are one criterion.
 */
export function criterionKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:!?…]+$/u, '');
}

/** One piece of feedback linked to a criterion. */
export interface CriterionEntry {
  itemId: string;
  partId: string;
  at: number;
  question: FeedbackQuestion;
  level: FeedbackLevel;
  text: string;
  documentTitle: string;
}

/** One success criterion over time: every assignment it appears in and the feedback linked to it, oldest first. */
export interface CriterionLine {
  key: string;
  /** The criterion's words as most recently written by the teacher. */
  text: string;
  assignmentTitles: string[];
  entries: CriterionEntry[];
}

/** What the timeline is built from: the learner's items, their documents and those documents' assignments. */
export interface CriteriaTimelineInput {
  items: readonly FeedbackItemRecord[];
  documents: readonly Pick<DocumentRecord, 'id' | 'title' | 'assignmentId'>[];
  assignments: readonly AssignmentRecord[];
  /** When given, only feedback given in it counts. */
  bounds?: PeriodBounds;
}

/**
 * Each success criterion of the learner's assignments, criteria of the same
 * name merged across assignments, with the feedback parts linked to it in
 * date order, so a teacher sees how the learner moved on one criterion over
 * several pieces of work. Criteria come in the order of the assignments
 * (oldest first) and of their lists; a criterion nothing is linked to yet
 * is listed too, with no entries.
 */
export function criteriaTimeline(input: CriteriaTimelineInput): CriterionLine[] {
  const lines = new Map<string, CriterionLine>();
  const lineOfCriterion = new Map<string, CriterionLine>();
  const assignments = [...input.assignments].sort((a, b) => a.createdAt - b.createdAt);
  for (const assignment of assignments) {
    for (const criterion of assignment.criteria) {
      const key = criterionKey(criterion.text);
      if (key === '') continue;
      const line = lines.get(key) ?? { key, text: '', assignmentTitles: [], entries: [] };
      line.text = criterion.text.trim();
      if (!line.assignmentTitles.includes(assignment.title))
        line.assignmentTitles.push(assignment.title);
      lines.set(key, line);
      lineOfCriterion.set(criterion.id, line);
    }
  }
  const titles = new Map(input.documents.map((document) => [document.id, document.title]));
  for (const item of input.items) {
    if (item.status === 'draft') continue;
    if (input.bounds && !inPeriod(item.createdAt, input.bounds)) continue;
    for (const part of item.parts) {
      const line = part.criterionId ? lineOfCriterion.get(part.criterionId) : undefined;
      if (!line || part.text.trim() === '') continue;
      line.entries.push({
        itemId: item.id,
        partId: part.id,
        at: item.createdAt,
        question: part.question,
        level: part.level,
        text: part.text.trim(),
        documentTitle: titles.get(item.documentId) ?? '',
      });
    }
  }
  for (const line of lines.values()) line.entries.sort((a, b) => a.at - b.at);
  return [...lines.values()];
}

/** Where the learner placed themself on the feedback staircase, oldest first, within the period if one is given. */
export function staircaseSteps(
  student: Pick<StudentRecord, 'staircase'> | undefined,
  bounds?: PeriodBounds,
): { step: number; at: number }[] {
  return (student?.staircase ?? [])
    .filter((entry) => !bounds || inPeriod(entry.at, bounds))
    .sort((a, b) => a.at - b.at);
}
