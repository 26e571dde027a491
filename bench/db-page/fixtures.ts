/**
 * The data the database benchmark fills its databases with: realistic saved
 * feedback items spread over five school years, shared by every measurement
 * of bench/db-page.
 */
import { FeedforwardDatabase } from '../../utils/db/database';
import { openRepositories } from '../../utils/db/index';
import type { FeedbackItemRecord } from '../../utils/model/records';
import { schoolYearOf } from '../../utils/model/school-year';
import type { AppServices } from '../../utils/panel/services/context';

export const DAY = 86_400_000;
/** Feedback items are spread over five school years, newest ending now. */
const SPAN = 5 * 365 * DAY;
export const PHRASES = [
  'Your thesis is clear, and the first argument supports it well.',
  'Try planning each paragraph before you write it: what is its one point?',
  'The conclusion repeats the introduction; end with what the reader should take away.',
  'You used two sources and compared them — keep doing that in the next essay.',
];

/** One realistic saved item: an anchored passage and two or three parts. */
export function feedbackItem(index: number, studentCount: number, now: number): FeedbackItemRecord {
  const createdAt = now - SPAN + Math.floor((index / 100_000) * SPAN);
  const student = index % studentCount;
  const exact = PHRASES[index % PHRASES.length]?.slice(0, 40) ?? '';
  return {
    id: `item-${String(index).padStart(6, '0')}`,
    documentId: `doc-${student}-${Math.floor(index / (studentCount * 8))}`,
    studentId: `student-${student}`,
    anchor: {
      quote: { type: 'TextQuoteSelector', exact, prefix: 'In the second paragraph ', suffix: '.' },
      position: { type: 'TextPositionSelector', start: 400 + index, end: 440 + index },
    },
    parts: PHRASES.slice(0, 2 + (index % 2)).map((text, part) => ({
      id: `item-${index}-part-${part}`,
      question: (['feedUp', 'feedBack', 'feedForward'] as const)[part] ?? 'feedBack',
      level: 'process',
      text,
    })),
    source: 'teacher',
    status: 'saved',
    checklist: { askedPermission: true, timing: index % 3 === 0 },
    schoolYear: schoolYearOf(createdAt),
    createdAt,
    updatedAt: createdAt,
  };
}

/** Forces a full garbage collection (the browser runs with --js-flags=--expose-gc). */
export function collectGarbage(): void {
  (globalThis as unknown as { gc: () => void }).gc();
}

/** Deletes every database this origin has, so each measurement starts empty. */
export async function clearDatabases(): Promise<void> {
  for (const { name } of await indexedDB.databases()) {
    if (name) await new FeedforwardDatabase(name).delete();
  }
}

/**
 * What a dashboard view rendered in the benchmark's page is given: the
 * product's repositories over database `name` (opened and read once, so
 * the first render does not pay for opening it), no storage figures and
 * no reminders, which the views measured do not use.
 */
export async function dashboardServices(name: string): Promise<AppServices> {
  const repos = openRepositories(name);
  await repos.feedback.count();
  return {
    repos,
    storage: {
      estimate: async () => null,
      persisted: async () => null,
      persist: async () => null,
      unlimited: async () => false,
    },
    reminders: { schedule() {} },
  };
}
