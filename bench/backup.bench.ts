import { schoolYearOf } from '../utils/model/school-year';
// @vitest-environment happy-dom
/**
 * How long a full backup and a restore take for a large database (~50 MB
 * of feedback), and how much memory they need: a teacher with years of
 * feedback must be able to back up without the dashboard running out of
 * memory or freezing for minutes.
 *
 * Runs under happy-dom (dexie-export-import needs `self` and FileReader).
 * Fills a fake IndexedDB (fake-indexeddb, in Node) with generated classes,
 * students, documents and feedback items until the export is about 50 MB,
 * then times: the export (dexie-export-import with our metadata, read to
 * text), the full check of the file (parseBackup), the merge preview, and
 * the restore with "replace" into an emptied database. Memory is the Node
 * process's: the peak resident set size (RSS) and peak V8 heap used,
 * sampled every 20 ms during each step, after a garbage collection before
 * it. fake-indexeddb keeps the data in the same heap, so the figures are
 * upper bounds for the browser, where IndexedDB lives outside the page.
 *
 * Writes `bench/results/backup.{md,json}`. BACKUP_BENCH_MB sets the target size.
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { expect, test } from 'vitest';
import { parseBackup } from '../utils/db/backup/parse';
import { FeedforwardDatabase } from '../utils/db/database';
import { openRepositories } from '../utils/db/index';
import type { FeedbackItemRecord } from '../utils/model/records';
import { TABLE_NAMES } from '../utils/model/tables';
import { environment, round, writeResults } from './measure';

const TARGET_MB = Number(process.env.BACKUP_BENCH_MB ?? 50);
const NAME = 'feedforward-bench-backup';
const MB = 1_000_000;
const SENTENCE =
  'Your argument is clear in the introduction; next time, tie each paragraph back to the success criterion and name one source that supports the claim. ';

interface Step {
  name: string;
  ms: number;
  peakRssMb: number;
  peakHeapMb: number;
}

/** Runs `work`, sampling process memory every 20 ms; the GC first, so each step starts level. */
async function measured<T>(name: string, steps: Step[], work: () => Promise<T>): Promise<T> {
  globalThis.gc?.();
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    const { rss, heapUsed } = process.memoryUsage();
    peakRss = Math.max(peakRss, rss);
    peakHeap = Math.max(peakHeap, heapUsed);
  }, 20);
  const start = performance.now();
  try {
    return await work();
  } finally {
    const ms = performance.now() - start;
    clearInterval(sampler);
    const { rss, heapUsed } = process.memoryUsage();
    steps.push({
      name,
      ms: round(ms, 0),
      peakRssMb: round(Math.max(peakRss, rss) / MB, 0),
      peakHeapMb: round(Math.max(peakHeap, heapUsed) / MB, 0),
    });
  }
}

/** A deterministic large database: 30 classes of 25 students, 4 documents each, feedback items of ~1 KB. */
async function fill(db: FeedforwardDatabase): Promise<number> {
  const itemsWanted = Math.round((TARGET_MB * MB) / 1_480);
  const t0 = Date.UTC(2024, 7, 20);
  await db.groups.bulkAdd(
    Array.from({ length: 30 }, (_, g) => ({
      id: `g${g}`,
      name: `Class ${g}`,
      schoolYear: '2024/25',
      createdAt: t0,
      updatedAt: t0,
    })),
  );
  await db.students.bulkAdd(
    Array.from({ length: 750 }, (_, s) => ({
      id: `s${s}`,
      name: `Student ${s}`,
      groupId: `g${s % 30}`,
      createdAt: t0,
      updatedAt: t0,
    })),
  );
  await db.documents.bulkAdd(
    Array.from({ length: 3000 }, (_, d) => ({
      id: `d${d}`,
      key: `gdoc:doc-${d}`,
      url: `https://docs.google.com/document/d/doc-${d}/edit`,
      title: `Essay ${d}`,
      studentId: `s${d % 750}`,
      schoolYear: schoolYearOf(t0),
      createdAt: t0,
      updatedAt: t0,
    })),
  );
  for (let start = 0; start < itemsWanted; start += 5000) {
    const batch: FeedbackItemRecord[] = [];
    for (let i = start; i < Math.min(itemsWanted, start + 5000); i++) {
      const at = t0 + i * 60_000;
      batch.push({
        id: `f${i}`,
        documentId: `d${i % 3000}`,
        studentId: `s${i % 750}`,
        anchor: {
          quote: {
            type: 'TextQuoteSelector',
            exact: `passage ${i} of the essay`,
            prefix: 'In the second paragraph ',
            suffix: ' and so on',
          },
          position: { type: 'TextPositionSelector', start: i % 5000, end: (i % 5000) + 25 },
        },
        parts: [
          { id: `f${i}p1`, question: 'feedBack', level: 'task', text: SENTENCE.repeat(3) },
          { id: `f${i}p2`, question: 'feedForward', level: 'process', text: SENTENCE.repeat(3) },
        ],
        source: 'teacher',
        status: i % 3 === 0 ? 'inserted' : 'saved',
        checklist: { askPermission: true },
        schoolYear: schoolYearOf(at),
        createdAt: at,
        updatedAt: at,
      });
    }
    await db.feedback.bulkAdd(batch);
  }
  return itemsWanted;
}

test('backup export and restore of a ~50 MB database', async () => {
  const db = new FeedforwardDatabase(NAME);
  const repos = openRepositories(NAME);
  const items = await fill(db);
  const steps: Step[] = [];

  const text = await measured('export (to a Blob, read as text)', steps, async () => {
    const blob = await repos.backup.export({ appVersion: 'bench', now: new Date() });
    return blob.text();
  });
  const bytes = Buffer.byteLength(text);
  const parsed = await measured('check the file (parseBackup)', steps, async () =>
    parseBackup(text, bytes, NAME),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  await measured('merge preview against the full database', steps, () =>
    repos.backup.preview(parsed.value),
  );
  await db.transaction('rw', db.tables, async () => {
    for (const table of TABLE_NAMES) await db.table(table).clear();
  });
  await measured('restore with replace (one transaction)', steps, () =>
    repos.backup.restore(parsed.value, 'replace'),
  );
  expect(await db.feedback.count()).toBe(items);

  const result = {
    date: new Date().toISOString(),
    environment: environment(),
    fileMb: round(bytes / MB, 1),
    feedbackItems: items,
    steps,
  };
  const markdown = [
    `# Backup: export and restore of a ${result.fileMb} MB database`,
    '',
    `${items.toLocaleString('en')} feedback items (plus 30 classes, 750 students, 3,000 documents) in fake-indexeddb under Node ${result.environment.node}, ${result.environment.cpus} cores (${result.environment.cpuModel}).`,
    'Memory: peak process RSS and peak V8 heap used during each step (Node `process.memoryUsage()`, sampled every 20 ms); fake-indexeddb holds the data in the same heap, so these are upper bounds for the browser.',
    '',
    '| Step | Time (ms) | Peak RSS (MB) | Peak heap (MB) |',
    '|---|---:|---:|---:|',
    ...steps.map(
      (step) => `| ${step.name} | ${step.ms} | ${step.peakRssMb} | ${step.peakHeapMb} |`,
    ),
    '',
  ].join('\n');
  await writeResults('backup', result, markdown);
  console.log(`\n${markdown}\nWritten to bench/results/backup.{md,json}.`);
  db.close();
}, 600_000);
