/**
 * The database benchmark's page, bundled with the product's own database code
 * and run in real Chromium by bench/db.mjs: every figure is IndexedDB on
 * disk, with the schema, indexes and durability the extension uses. Each
 * function is called from the driver and returns plain numbers.
 */
import { FeedforwardDatabase } from '../../utils/db/database';
import { openRepositories } from '../../utils/db/index';
import { schoolYearOf } from '../../utils/model/school-year';
import { balanceFirstRender } from './balance';
import { clearDatabases, collectGarbage, DAY, feedbackItem, PHRASES } from './fixtures';
import { studentView } from './student-view';

/** JS heap in use, with precise figures when the browser runs with --enable-precise-memory-info. */
function heapUsed(): number {
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

/**
 * Runs `work` while sampling the heap every millisecond; returns its time,
 * the heap it left in use while its result is held, and the highest sample.
 */
async function measured<T>(work: () => Promise<T>) {
  collectGarbage();
  const before = heapUsed();
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, heapUsed());
  }, 1);
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  clearInterval(sampler);
  peak = Math.max(peak, heapUsed());
  collectGarbage();
  const retained = heapUsed() - before;
  return { ms, result, peakBytes: peak - before, retainedBytes: retained };
}

/** Writes `count` items in one transaction, as restoring a backup does. */
async function bulkInsert(count: number) {
  await clearDatabases();
  const db = new FeedforwardDatabase('bench-bulk');
  await db.open();
  const items = Array.from({ length: count }, (_, index) => feedbackItem(index, 500, Date.now()));
  const start = performance.now();
  await db.feedback.bulkPut(items);
  const ms = performance.now() - start;
  db.close();
  return { count, ms };
}

/**
 * Fills a database with `total` items of `studentCount` learners (in
 * transactions of 5,000), then loads one learner's history and one school
 * year the way the product does, through its repositories.
 */
async function history(total: number, studentCount: number) {
  await clearDatabases();
  const name = 'bench-history';
  const db = new FeedforwardDatabase(name);
  await db.open();
  const now = Date.now();
  const fillStart = performance.now();
  for (let from = 0; from < total; from += 5_000) {
    const chunk = Array.from({ length: Math.min(5_000, total - from) }, (_, offset) =>
      feedbackItem(from + offset, studentCount, now),
    );
    await db.feedback.bulkPut(chunk);
  }
  const fillMs = performance.now() - fillStart;
  db.close();

  const repos = openRepositories(name);
  await repos.feedback.count();
  const studentRuns = [];
  for (let run = 0; run < 15; run += 1) {
    const student = `student-${(run * 37) % studentCount}`;
    const { result, ...figures } = await measured(() => repos.feedback.listForStudent(student));
    studentRuns.push({ ...figures, items: result.length });
  }
  const year = schoolYearOf(now - DAY * 400);
  const { result: yearItems, ...yearFigures } = await measured(() =>
    repos.feedback.listForSchoolYear(year),
  );
  return {
    total,
    studentCount,
    fillMs,
    studentRuns,
    schoolYear: { ...yearFigures, year, items: yearItems.length },
  };
}

/**
 * Saves `count` items one after the other, each in its own transaction, in
 * raw IndexedDB with the given durability: what one "Saved" costs with and
 * without the flush to disk.
 */
async function singleSaves(count: number, durability: IDBTransactionDurability) {
  await clearDatabases();
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(`bench-durability-${durability}`, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('feedback', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const durations: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const item = feedbackItem(index, 500, Date.now());
    const start = performance.now();
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction('feedback', 'readwrite', { durability });
      transaction.objectStore('feedback').put(item);
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    durations.push(performance.now() - start);
  }
  db.close();
  return durations;
}

/**
 * Saves `count` items through the feedback repository, one after the other,
 * as the panel's "Save feedback" does (the product's durability included).
 */
async function repositorySaves(count: number) {
  await clearDatabases();
  const repos = openRepositories('bench-saves');
  const document = await repos.documents.ensure({ key: 'bench', url: location.href, title: 'B' });
  const durations: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const start = performance.now();
    await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: [{ question: 'feedBack', level: 'task', text: PHRASES[index % 4] ?? '' }],
    });
    durations.push(performance.now() - start);
  }
  return durations;
}

Object.assign(globalThis, {
  databaseBench: {
    bulkInsert,
    history,
    singleSaves,
    repositorySaves,
    studentView,
    balanceFirstRender,
  },
});
