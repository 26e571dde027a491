/**
 * The quarter balance's first render at a school's scale: the dashboard's
 * Balance tab (the real BalanceView, its live queries, the two charts) over
 * 100,000 feedback items of 1,000 students in 40 classes of 25, with a year
 * of logged activity per class. Each run mounts the view afresh for another
 * class and times it until the class chart's table holds its numbers, while
 * a PerformanceObserver collects every main-thread task over 50 ms.
 */
import { render } from 'preact';
import { BalanceView } from '../../components/quarter/BalanceView';
import { FeedforwardDatabase } from '../../utils/db/database';
import { openRepositories } from '../../utils/db/index';
import { createI18n, I18nContext } from '../../utils/i18n/context';
import { FEEDBACK_SOURCES } from '../../utils/model/feedback';
import type { ActivityRecord } from '../../utils/model/records';
import { schoolYearOf } from '../../utils/model/school-year';
import { ServicesContext } from '../../utils/panel/services/context';
import { clearDatabases, DAY, feedbackItem } from './fixtures';

const CLASS_SIZE = 25;
/** Activity logged per class over the last year: a few pieces of work a week. */
const ACTIVITY_PER_CLASS = 150;

/** The name of class `index`: "Class 07". */
const className = (index: number) => `Class ${String(index).padStart(2, '0')}`;

/** Fills the database: items, students in classes of CLASS_SIZE, and each class's activity. */
async function fill(name: string, total: number, studentCount: number, now: number) {
  const db = new FeedforwardDatabase(name);
  await db.open();
  for (let from = 0; from < total; from += 5_000) {
    const chunk = Array.from({ length: Math.min(5_000, total - from) }, (_, offset) =>
      feedbackItem(from + offset, studentCount, now),
    );
    await db.feedback.bulkPut(chunk);
  }
  const classes = Math.ceil(studentCount / CLASS_SIZE);
  await db.groups.bulkPut(
    Array.from({ length: classes }, (_, index) => ({
      id: `group-${index}`,
      name: className(index),
      createdAt: now,
      updatedAt: now,
    })),
  );
  await db.students.bulkPut(
    Array.from({ length: studentCount }, (_, index) => ({
      id: `student-${index}`,
      name: `Student ${index}`,
      groupId: `group-${Math.floor(index / CLASS_SIZE)}`,
      createdAt: now,
      updatedAt: now,
    })),
  );
  const activity: ActivityRecord[] = [];
  for (let group = 0; group < classes; group += 1)
    for (let index = 0; index < ACTIVITY_PER_CLASS; index += 1) {
      const at = now - Math.floor((index / ACTIVITY_PER_CLASS) * 365 * DAY);
      const forOne = index % 3 !== 0;
      activity.push({
        id: `activity-${group}-${index}`,
        at,
        kind: FEEDBACK_SOURCES[1 + (index % 3)] ?? 'peer',
        groupId: `group-${group}`,
        ...(forOne && { studentId: `student-${group * CLASS_SIZE + (index % CLASS_SIZE)}` }),
        schoolYear: schoolYearOf(at),
      });
    }
  await db.activity.bulkPut(activity);
  db.close();
  return classes;
}

/** Resolves once `check` holds, looked at after every DOM change under `root`. */
function whenRendered(root: HTMLElement, check: () => boolean): Promise<void> {
  return new Promise((done) => {
    if (check()) return done();
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      done();
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}

/** Renders the Balance tab `runs` times, each for another class; times and long tasks per run. */
export async function balanceFirstRender(total: number, studentCount: number, runs: number) {
  await clearDatabases();
  const name = 'bench-balance';
  const now = Date.now();
  const fillStart = performance.now();
  const classes = await fill(name, total, studentCount, now);
  const fillMs = performance.now() - fillStart;
  const repos = openRepositories(name);
  await repos.feedback.count();
  const services = {
    repos,
    storage: { estimate: async () => null, persisted: async () => null, persist: async () => null },
    reminders: { schedule() {} },
  };

  const results = [];
  for (let run = 0; run < runs; run += 1) {
    const container = document.createElement('div');
    document.body.append(container);
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    // Each run shows another class: the view opens on the first by name, so this one is named first.
    const group = { id: `group-${run % classes}`, createdAt: now, updatedAt: now };
    await repos.groups.put({ ...group, name: 'A class measured now' });
    const start = performance.now();
    render(
      <ServicesContext.Provider value={services}>
        <I18nContext.Provider value={createI18n('en')}>
          <BalanceView />
        </I18nContext.Provider>
      </ServicesContext.Provider>,
      container,
    );
    await whenRendered(
      container,
      () => (container.querySelector('figure.chart table tbody tr td')?.textContent ?? '') !== '',
    );
    const ms = performance.now() - start;
    // Let the frame paint and any task it started report, then stop listening.
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100)));
    observer.disconnect();
    const charts = container.querySelectorAll('figure.chart').length;
    render(null, container);
    container.remove();
    await repos.groups.put({ ...group, name: className(run % classes) });
    results.push({ ms, longTasks, charts });
  }
  return { total, studentCount, classes, fillMs, runs: results };
}
