import type { FeedbackQuestion, FeedbackSource } from '../model/feedback';
import type { ActivityRecord, FeedbackItemRecord } from '../model/records';

/**
 * The five key strategies of formative assessment (Leahy et al. 2005,
 * DOMAIN.md §6) as their 3 × 3 grid: who acts (teacher, peer, learner) by
 * the three feedback questions. The mirror shows which cells a class's
 * logged work reaches, so a teacher sees what is missing without a score.
 */

/** The grid's rows: who acts. */
export const STRATEGY_ACTORS = ['teacher', 'peer', 'learner'] as const;
export type StrategyActor = (typeof STRATEGY_ACTORS)[number];

/** How many logged things reach each cell, by actor and question. */
export type StrategyGrid = Record<StrategyActor, Record<FeedbackQuestion, number>>;

/** An empty grid. */
export function emptyStrategyGrid(): StrategyGrid {
  const row = () => ({ feedUp: 0, feedBack: 0, feedForward: 0 });
  return { teacher: row(), peer: row(), learner: row() };
}

/** Whose row a source of feedback is in: self-assessment is the learner's own. */
const ACTOR_OF: Record<FeedbackSource, StrategyActor> = {
  teacher: 'teacher',
  formative: 'teacher',
  peer: 'peer',
  self: 'learner',
};

/**
 * Counts a page of feedback items into the grid: each item once in every
 * column its parts answer, in the row of who gave it. Drafts do not count.
 */
export function addItemsToGrid(
  grid: StrategyGrid,
  items: readonly Pick<FeedbackItemRecord, 'parts' | 'source' | 'status'>[],
): void {
  for (const item of items) {
    if (item.status === 'draft') continue;
    const row = grid[ACTOR_OF[item.source]];
    const questions = new Set(
      item.parts.filter((part) => part.text.trim() !== '').map((part) => part.question),
    );
    for (const question of questions) row[question] += 1;
  }
}

/**
 * Counts logged activity into the grid. A formative check (learners
 * showing the teacher where they are) is the teacher eliciting evidence:
 * teacher × "where the learner is now". Peer feedback and self-assessment
 * are one strategy each that spans the row (learners as resources for one
 * another; as owners of their learning), so they count in all three of
 * their row's cells. The teacher's own feedback is counted from the items
 * themselves, so logged teacher activity is not counted twice.
 */
export function addActivityToGrid(
  grid: StrategyGrid,
  activity: readonly Pick<ActivityRecord, 'kind'>[],
): void {
  for (const entry of activity) {
    if (entry.kind === 'teacher') continue;
    if (entry.kind === 'formative') {
      grid.teacher.feedBack += 1;
      continue;
    }
    const row = grid[ACTOR_OF[entry.kind]];
    row.feedUp += 1;
    row.feedBack += 1;
    row.feedForward += 1;
  }
}
