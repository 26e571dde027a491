#!/usr/bin/env node
/**
 * `npm run bench`: how heavy Feedforward is and how fast its panel opens.
 *
 * The extension lives inside other people's pages: its content script is
 * injected into every page a teacher opens the panel on, and the panel is
 * opened many times a day. This harness puts numbers on both, so a change
 * that makes the extension heavier or slower shows up before it ships:
 *
 * 1. builds the extension (`npx wxt build`, output in `.output/chrome-mv3`);
 * 2. weighs every built script and stylesheet, raw and gzipped (level 9),
 *    reports whether the content script carries Dexie or Preact, and sums
 *    what the manifest declares for Google Docs documents (what runs on
 *    every document by default, the panel never opened);
 * 3. in headless Chromium with the extension loaded, times the toolbar click
 *    until the panel is rendered and connected and until it lists the comment
 *    bank (a fresh tab per run), reads the JS heap of the page and of the
 *    panel frame, then times the bank's picker: Ctrl+K to its search, and
 *    the results of a typed query;
 * 4. prints a markdown report and writes it, with the raw numbers, to
 *    `bench/results/latest.md` and `bench/results/latest.json`;
 * 5. measures the database at a teacher's scale in real Chromium IndexedDB
 *    (see db.mjs; results in `bench/results/db.{md,json}`).
 *
 * Plain Node (20+); the only package used is playwright-core. Environment:
 * CHROME_PATH (default /usr/bin/chromium), BENCH_RUNS (default 15).
 */
import { spawn } from 'node:child_process';
import { cpus, platform, release } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveFolder } from '../scripts/lib/serve-folder.mjs';
import { measureBundle } from './bundle-size.mjs';
import { benchDatabase } from './db.mjs';
import { measurePanelOpen } from './panel-open.mjs';
import { summarizePanelOpen, writeResults } from './report.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
const PAGES_DIR = join(ROOT, 'tests', 'fixtures', 'pages');
const PAGE = 'essay-en.html';
const RESULTS_DIR = join(ROOT, 'bench', 'results');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/** Saved items on the demo document while the panel opens, and the larger count tried after. */
const ITEMS = 50;
const MANY_ITEMS = 1000;

/** Runs `npx wxt build` with its output on this terminal; rejects if it fails. */
function build() {
  return new Promise((done, fail) => {
    const child = spawn('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code, signal) =>
      code === 0 ? done() : fail(new Error(`npx wxt build failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/** Times panel opens on the demo essay, served for the duration only. */
async function benchPanelOpen() {
  const server = await serveFolder(PAGES_DIR);
  try {
    const url = server.url(PAGE);
    return await measurePanelOpen({
      extensionDir: EXTENSION_DIR,
      url,
      runs: RUNS,
      items: ITEMS,
      manyItems: MANY_ITEMS,
    });
  } finally {
    await server.close();
  }
}

/** Where the numbers were measured. */
function environment(chromium) {
  return {
    chromium,
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    platform: `${platform()} ${release()}`,
  };
}

async function main() {
  if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`BENCH_RUNS must be ≥ 1, not ${RUNS}`);
  const started = Date.now();
  await build();
  const bundle = await measureBundle(EXTENSION_DIR);
  const measured = await benchPanelOpen();
  const result = {
    date: new Date().toISOString(),
    environment: environment(measured.chromium),
    page: PAGE,
    bundle,
    panelOpen: summarizePanelOpen(measured),
  };
  console.log(`\n${await writeResults(RESULTS_DIR, result)}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Written to bench/results/latest.{md,json} in ${seconds} s.`);
  console.log(`\n${await benchDatabase()}`);
  console.log('Written to bench/results/db.{md,json}.');
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
