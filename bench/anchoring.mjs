#!/usr/bin/env node
/**
 * Anchoring benchmark, part of `npm run bench`: how long it takes to find
 * 200 feedback items again in a 300 KB document, with our anchoring
 * (`anchorAll`) and with `dom-anchor-text-quote` side by side in one run of
 * real headless Chromium, on the unchanged text and after a student's
 * revisions around and inside the passages and of their first and last
 * words, and how many of the 200 each finds correctly; then, for ours, the
 * revision check of the passages found (revised since the feedback or
 * not, with the before/after of each revised one). The page side
 * re-anchors every item whenever the text changes, so this is the cost a
 * teacher pays on every edit of a long essay.
 *
 * Bundles `bench/anchoring/page.ts` with Vite, runs it in a blank page and
 * writes `bench/results/anchoring.{md,json}`. Environment: CHROME_PATH
 * (default /usr/bin/chromium), ANCHORING_RUNS (default 5).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, platform, release } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM } from '../scripts/lib/chromium-extension.mjs';
import { quantile } from './report.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_DIR = join(ROOT, 'bench', 'results');
const CONFIG = { characters: 300_000, items: 200, runs: Number(process.env.ANCHORING_RUNS ?? 5) };

/** The page half as one script that defines `anchoringBench` on the window. */
async function bundlePage() {
  const result = await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: join(ROOT, 'bench', 'anchoring', 'page.ts'),
        formats: ['iife'],
        name: 'anchoringBench',
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs.flatMap((output) => output.output).find((file) => file.type === 'chunk');
  if (!chunk) throw new Error('the anchoring benchmark page did not bundle');
  return chunk.code;
}

async function measure(script) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="en"><body></body></html>');
    await page.addScriptTag({ content: script });
    const scenarios = await page.evaluate(
      (config) => anchoringBench.runAnchoringBench(config),
      CONFIG,
    );
    return { chromium: browser.version(), scenarios };
  } finally {
    await browser.close();
  }
}

const LABELS = {
  unchanged: 'Unchanged text',
  around: 'Edits around every passage, paragraph added on top',
  inside: 'Also a misspelt and an inserted word inside every passage',
  ends: 'First or last word (or both) of every passage replaced, paragraph added on top',
};

const ms = (value) => `${value.toFixed(1)} ms`;

function markdown(result) {
  const { environment: env } = result;
  const rows = result.scenarios.map((s) => {
    const ours = quantile(s.oursMs, 0.5);
    const theirs = quantile(s.theirsMs, 0.5);
    return `| ${LABELS[s.revision]} | ${ms(ours)} | ${ms(theirs)} | ${(theirs / ours).toFixed(1)}× | ${s.oursCorrect} (${s.oursOrphaned} orphaned) | ${s.theirsCorrect} (${s.theirsOrphaned} orphaned) |`;
  });
  const revisionRows = result.scenarios.map((s) => {
    const check = quantile(s.revisionCheckMs, 0.5);
    const total = quantile(s.oursMs, 0.5) + check;
    return `| ${LABELS[s.revision]} | ${ms(check)} | ${ms(total)} | ${s.revised} |`;
  });
  return `# Anchoring benchmark

${result.date} · Chromium ${env.chromium} (headless) · Node ${env.node} · ${env.cpus} × ${env.cpuModel} · ${env.platform}

Finding ${CONFIG.items} feedback items again in a ${Math.round(result.scenarios[0].documentCharacters / 1000)} KB document (generated prose in \`<p>\`, words in \`<em>\`/\`<strong>\`), ${CONFIG.runs} runs each, both libraries on the same DOM in alternating order. Ours: \`anchorAll\` (one text index for all items). Theirs: \`dom-anchor-text-quote\` 4.0.2 \`toRange\` per item with its position hint. Each library re-anchors selectors it described itself. "Correct" means the range holds exactly the passage as it now reads.

| Scenario | Ours (median) | dom-anchor-text-quote (median) | Ratio | Ours correct of ${CONFIG.items} | Theirs correct of ${CONFIG.items} |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

The revision check on what our anchoring found: each found passage as it reads now against the quote the feedback was written on (words and punctuation only), and the word-level before/after of every passage found revised (the panel works that out only when the teacher opens it; here for all of them).

| Scenario | Revision check (median) | Anchoring + check (medians) | Passages reported revised |
| --- | ---: | ---: | ---: |
${revisionRows.join('\n')}
`;
}

async function main() {
  const started = Date.now();
  const script = await bundlePage();
  const measured = await measure(script);
  const result = {
    date: new Date().toISOString(),
    environment: {
      chromium: measured.chromium,
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      platform: `${platform()} ${release()}`,
    },
    config: CONFIG,
    scenarios: measured.scenarios,
  };
  const report = markdown(result);
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(join(RESULTS_DIR, 'anchoring.json'), `${JSON.stringify(result, null, 2)}\n`);
  await writeFile(join(RESULTS_DIR, 'anchoring.md'), report);
  console.log(`\n${report}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Written to bench/results/anchoring.{md,json} in ${seconds} s.`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
