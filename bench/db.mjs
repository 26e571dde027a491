#!/usr/bin/env node
/**
 * How fast the database is at the sizes a teacher reaches after years of
 * use, in real Chromium IndexedDB on disk (a persistent profile, not an
 * in-memory one), with the product's own schema, indexes, repositories and
 * transaction durability: bench/db-page is bundled with Vite, served on
 * 127.0.0.1 and driven through playwright-core.
 *
 * Measured:
 * 1. 10,000 feedback items written in one transaction (as a restore does);
 * 2. one learner's history out of 100,000 items (500 learners, five school
 *    years): time and JS heap, and one school year out of the same;
 * 3. what one "Saved" costs: single-item transactions with 'strict'
 *    durability (flushed to disk, the product's choice) against 'relaxed',
 *    and through the feedback repository as the panel saves;
 * 4. the quarter balance's first render on the dashboard (the real
 *    BalanceView) over 100,000 items of 1,000 students: its time until the
 *    class chart holds its numbers, and every main-thread task over 50 ms.
 *
 * Run alone (`node bench/db.mjs`) or from `npm run bench`; results go to
 * bench/results/db.{md,json}.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, platform, release, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM } from '../scripts/lib/chromium-extension.mjs';
import { serveFolder } from '../scripts/lib/serve-folder.mjs';
import { stats } from './report.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_DIR = join(ROOT, 'bench', 'results');
const BULK_ITEMS = 10_000;
const HISTORY_ITEMS = 100_000;
const HISTORY_STUDENTS = 500;
const SAVES = 200;
const BALANCE_STUDENTS = 1_000;
const BALANCE_RUNS = 15;

/** Bundles bench/db-page into `outDir` with the product's code. */
async function bundlePage(outDir) {
  await build({
    configFile: false,
    root: join(ROOT, 'bench', 'db-page'),
    logLevel: 'warn',
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: { outDir, emptyOutDir: true, minify: true },
  });
}

/** Runs every measurement in one page of a fresh on-disk profile. */
async function runInChromium(url) {
  const profile = await mkdtemp(join(tmpdir(), 'feedforward-db-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
    ],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(600_000);
    await page.goto(url);
    await page.waitForFunction(() => 'databaseBench' in globalThis);
    const call = (name, ...args) =>
      page.evaluate(([fn, params]) => globalThis.databaseBench[fn](...params), [name, args]);
    const bulk = [];
    for (let run = 0; run < 5; run += 1) bulk.push(await call('bulkInsert', BULK_ITEMS));
    const history = await call('history', HISTORY_ITEMS, HISTORY_STUDENTS);
    const strict = await call('singleSaves', SAVES, 'strict');
    const relaxed = await call('singleSaves', SAVES, 'relaxed');
    const repository = await call('repositorySaves', SAVES);
    const balance = await call('balanceFirstRender', HISTORY_ITEMS, BALANCE_STUDENTS, BALANCE_RUNS);
    return {
      chromium: context.browser()?.version() ?? CHROMIUM,
      bulk,
      history,
      saves: { strict, relaxed, repository },
      balance,
    };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

const ms = (value) => `${value.toFixed(1)} ms`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const row = (cells) => `| ${cells.join(' | ')} |`;

/** The summary kept in results and printed. */
function summarize(raw) {
  const runs = raw.history.studentRuns;
  return {
    bulkInsertMs: stats(raw.bulk.map((run) => run.ms)),
    history: {
      fillMs: raw.history.fillMs,
      itemsPerStudent: stats(runs.map((run) => run.items)),
      loadMs: stats(runs.map((run) => run.ms)),
      peakBytes: stats(runs.map((run) => run.peakBytes)),
      retainedBytes: stats(runs.map((run) => run.retainedBytes)),
      schoolYear: raw.history.schoolYear,
    },
    balance: {
      firstRenderMs: stats(raw.balance.runs.map((run) => run.ms)),
      longestTaskMs: Math.max(0, ...raw.balance.runs.flatMap((run) => run.longTasks)),
      longTasks: raw.balance.runs.reduce((sum, run) => sum + run.longTasks.length, 0),
    },
    saveMs: {
      strict: stats(raw.saves.strict),
      relaxed: stats(raw.saves.relaxed),
      repository: stats(raw.saves.repository),
    },
  };
}

/** The markdown report. */
function markdown(result) {
  const { summary: s } = result;
  const timeRow = (label, figures) =>
    row([label, ms(figures.median), ms(figures.p95), ms(figures.min), ms(figures.max)]);
  return [
    '# Database benchmark',
    '',
    `${result.date} · real Chromium IndexedDB on disk (${result.chromium}) · ${result.environment}`,
    '',
    '| Measurement | Median | p95 | Min | Max |',
    '| --- | ---: | ---: | ---: | ---: |',
    timeRow(
      `Write ${BULK_ITEMS.toLocaleString('en')} feedback items, one transaction (5 runs)`,
      s.bulkInsertMs,
    ),
    timeRow(
      `One learner's history of ${s.history.itemsPerStudent.median} items out of ${HISTORY_ITEMS.toLocaleString('en')} (15 learners)`,
      s.history.loadMs,
    ),
    timeRow(`One save, 'strict' durability (flushed; ${SAVES} saves)`, s.saveMs.strict),
    timeRow(`One save, 'relaxed' durability (${SAVES} saves)`, s.saveMs.relaxed),
    timeRow(
      `"Save feedback" through the repository (product setting; ${SAVES} saves)`,
      s.saveMs.repository,
    ),
    timeRow(
      `The quarter balance's first render: one class of 25 out of ${BALANCE_STUDENTS.toLocaleString('en')} students and ${HISTORY_ITEMS.toLocaleString('en')} items (${BALANCE_RUNS} runs)`,
      s.balance.firstRenderMs,
    ),
    '',
    s.balance.longTasks === 0
      ? 'The quarter balance: no main-thread task over 50 ms in any run.'
      : `The quarter balance: ${s.balance.longTasks} main-thread task(s) over 50 ms, the longest ${ms(s.balance.longestTaskMs)}.`,
    `Loading one learner's history: JS heap peak ${mb(s.history.peakBytes.median)} (max ${mb(s.history.peakBytes.max)}), ` +
      `held with the result ${mb(s.history.retainedBytes.median)} (median).`,
    `One school year (${s.history.schoolYear.year}, ${s.history.schoolYear.items.toLocaleString('en')} items) out of ` +
      `${HISTORY_ITEMS.toLocaleString('en')}: ${ms(s.history.schoolYear.ms)}, heap peak ${mb(s.history.schoolYear.peakBytes)}.`,
    `Filling ${HISTORY_ITEMS.toLocaleString('en')} items in transactions of 5,000: ${ms(s.history.fillMs)}.`,
    '',
  ].join('\n');
}

/** Bundles, serves, measures and writes bench/results/db.{md,json}; returns the markdown. */
export async function benchDatabase() {
  const outDir = await mkdtemp(join(tmpdir(), 'feedforward-db-page-'));
  try {
    await bundlePage(outDir);
    const server = await serveFolder(outDir);
    try {
      const raw = await runInChromium(server.url('index.html'));
      const result = {
        date: new Date().toISOString(),
        chromium: raw.chromium,
        environment: `Node ${process.version} · ${cpus().length} cores · ${platform()} ${release()}`,
        summary: summarize(raw),
        raw,
      };
      await mkdir(RESULTS_DIR, { recursive: true });
      const report = markdown(result);
      await writeFile(join(RESULTS_DIR, 'db.json'), `${JSON.stringify(result, null, 2)}\n`);
      await writeFile(join(RESULTS_DIR, 'db.md'), report);
      return report;
    } finally {
      await server.close();
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchDatabase().then(
    (report) => console.log(report),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
