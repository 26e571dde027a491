import {
  FEEDBACK_LEVELS,
  FEEDBACK_QUESTIONS,
  type FeedbackLevel,
  type FeedbackQuestion,
} from '../model/feedback';
import type { TemplateRecord } from '../model/records';
import type { MissedSearch } from './missed-searches';

/**
 * Where the comment bank is thin: pure counting over template records, so
 * the bank tab's grid is tested without a database or a browser.
 */

/** How a question × level cell stands: nothing to pick, nothing picked yet, or in use. */
export type HealthState = 'empty' | 'notUsed' | 'used';

/** One cell of the grid: the templates a teacher would see there, and how many were ever used. */
export interface HealthCell {
  question: FeedbackQuestion;
  level: FeedbackLevel;
  /** Templates of the language in this cell that are not hidden. */
  count: number;
  /** Of those, the ones used at least once. */
  used: number;
  state: HealthState;
}

/** One row per feedback question, one cell per level, in the domain's order. */
export type HealthGrid = { question: FeedbackQuestion; cells: HealthCell[] }[];

/**
 * Counts the visible templates of `lang` in every question × level cell.
 * Hidden templates do not count: the teacher cannot pick them, so a cell
 * holding only hidden ones is as thin as an empty one.
 */
export function computeBankHealth(
  templates: readonly TemplateRecord[],
  lang: TemplateRecord['lang'],
): HealthGrid {
  const counts = new Map<string, { count: number; used: number }>();
  for (const template of templates) {
    if (template.lang !== lang || template.hidden) continue;
    const key = `${template.question}|${template.level}`;
    const cell = counts.get(key) ?? { count: 0, used: 0 };
    cell.count += 1;
    if (template.useCount > 0) cell.used += 1;
    counts.set(key, cell);
  }
  return FEEDBACK_QUESTIONS.map((question) => ({
    question,
    cells: FEEDBACK_LEVELS.map((level) => {
      const { count, used } = counts.get(`${question}|${level}`) ?? { count: 0, used: 0 };
      const state: HealthState = count === 0 ? 'empty' : used === 0 ? 'notUsed' : 'used';
      return { question, level, count, used, state };
    }),
  }));
}

/**
 * The missed searches of one language, most frequent first (then the most
 * recent), so what teachers look for most and do not find heads the list.
 */
export function missedSearchesFor(
  list: readonly MissedSearch[],
  lang: TemplateRecord['lang'],
): MissedSearch[] {
  return list
    .filter((entry) => entry.lang === lang)
    .sort((a, b) => b.count - a.count || b.lastAt - a.lastAt);
}
