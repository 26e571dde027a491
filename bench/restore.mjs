#!/usr/bin/env node
/**
 * How responsive the dashboard stays while a large backup is checked and
 * restored, in real Chromium with the built extension: a backup of 200,000
 * feedback items (made from a real export, its one item copied with new
 * ids) is picked, previewed and restored with "replace", while a
 * PerformanceObserver in the dashboard records every long task (a stretch
 * of more than 50 ms in which the page cannot answer a click or a key).
 *
 * Run alone (`node bench/restore.mjs`, after `npm run build`) or from
 * `npm run bench`; results go to bench/results/restore.{md,json}.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from '../scripts/lib/chromium-extension.mjs';
import { grownBackup } from '../scripts/lib/large-backup.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_DIR = join(ROOT, 'bench', 'results');
const ITEMS = Number(process.env.RESTORE_ITEMS ?? 200_000);

/** One feedback item written straight into the dashboard's database, so the export holds a real row. */
async function seedOneItem(page) {
  await page.evaluate(
    () =>
      new Promise((done, fail) => {
        const open = indexedDB.open('feedforward');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const at = Date.UTC(2026, 10, 2, 12);
          const write = open.result.transaction('feedback', 'readwrite');
          write.objectStore('feedback').put({
            id: 'seed-item',
            documentId: 'seed-document',
            anchor: null,
            parts: [
              {
                id: 'seed-part',
                question: 'feedBack',
                level: 'task',
                text: 'Your dates are right.',
              },
            ],
            source: 'teacher',
            status: 'saved',
            revision: 1,
            schoolYear: '2026/27',
            createdAt: at,
            updatedAt: at,
          });
          write.oncomplete = () => done();
          write.onerror = () => fail(write.error);
        };
      }),
  );
}

/** Long tasks since the last call, in ms. */
function takeLongTasks(page) {
  return page.evaluate(() => globalThis.__longTasks.splice(0));
}

function summary(tasks, ms) {
  return {
    ms: Math.round(ms),
    longestTaskMs: Math.round(Math.max(0, ...tasks)),
    longTasks: tasks.length,
    blockedMs: Math.round(tasks.reduce((sum, task) => sum + task, 0)),
  };
}

async function main() {
  const browser = await launchWithExtension({
    extensionDir: join(ROOT, '.output', 'chrome-mv3'),
    profilePrefix: 'feedforward-restore-bench-',
  });
  const folder = await mkdtemp(join(tmpdir(), 'feedforward-restore-file-'));
  try {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(600_000);
    await page.addInitScript(() => {
      globalThis.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) globalThis.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#backup`);
    await page.getByRole('button', { name: 'Save a backup' }).waitFor();
    await seedOneItem(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save a backup' }).click(),
    ]);
    const path = join(folder, 'feedforward-backup-large.json');
    const text = grownBackup(await readFile(await download.path(), 'utf8'), ITEMS);
    await writeFile(path, text);
    await takeLongTasks(page);

    let started = performance.now();
    await page.getByLabel('Restore from a backup file').setInputFiles(path);
    await page.getByRole('button', { name: 'Restore', exact: true }).waitFor();
    const check = summary(await takeLongTasks(page), performance.now() - started);

    await page.getByLabel(/^Replace: delete everything here/).check();
    started = performance.now();
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByText('The backup was restored.').waitFor();
    const restore = summary(await takeLongTasks(page), performance.now() - started);

    const result = {
      items: ITEMS,
      fileMB: Math.round(text.length / 1e5) / 10,
      check,
      restore,
      cores: cpus().length,
      at: new Date().toISOString(),
    };
    const rows = [
      ['check and preview', check],
      ['restore (replace)', restore],
    ].map(
      ([what, s]) => `| ${what} | ${s.ms} | ${s.longestTaskMs} | ${s.longTasks} | ${s.blockedMs} |`,
    );
    const report = [
      `# Restoring ${ITEMS.toLocaleString('en')} feedback items (${result.fileMB} MB) on the dashboard`,
      '',
      '| step | time (ms) | longest task (ms) | tasks over 50 ms | blocked in all (ms) |',
      '|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n');
    await writeFile(join(RESULTS_DIR, 'restore.json'), `${JSON.stringify(result, null, 2)}\n`);
    await writeFile(join(RESULTS_DIR, 'restore.md'), report);
    console.log(report);
  } finally {
    await browser.close();
    await rm(folder, { recursive: true, force: true });
  }
}

await main();
