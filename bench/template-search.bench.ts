/**
 * How fast the comment bank's search is at a size no teacher will reach:
 * 10,000 templates. The panel searches on every keystroke, so a query must
 * stay far below a frame (a few ms), and the index is built when the panel
 * opens, so building it must stay well under a second.
 *
 * Builds the index over a deterministic generated bank (bench/template-corpus.ts),
 * runs a fixed set of queries RUNS times each, and writes per-query median and
 * p95, the build time and the heap the index takes to
 * `bench/results/template-search.{md,json}`.
 *
 * Run: `npx vitest run --config bench/vitest.bench.config.ts`
 * (TEMPLATE_BENCH_RUNS overrides the 200 runs per query.)
 */
import { performance } from 'node:perf_hooks';
import { expect, test } from 'vitest';
import {
  createTemplateIndex,
  type TemplateIndex,
  type TemplateQuery,
} from '../utils/feedback/template-search';
import { environment, quantile, round, time, writeResults } from './measure';
import { generateTemplates } from './template-corpus';

const TEMPLATES = 10_000;
const RUNS = Number(process.env.TEMPLATE_BENCH_RUNS ?? 200);
const WARMUP = 20;
const BUILD_RUNS = 5;

interface NamedQuery {
  name: string;
  query: TemplateQuery;
}

const QUERIES: NamedQuery[] = [
  { name: 'single word (sv)', query: { text: 'struktur', lang: 'sv' } },
  { name: 'single word with å/ä/ö (sv)', query: { text: 'källor', lang: 'sv' } },
  { name: 'diacritics stripped (sv)', query: { text: 'kallor', lang: 'sv' } },
  { name: 'two words (sv)', query: { text: 'tydlig struktur', lang: 'sv' } },
  { name: 'placeholder words (sv)', query: { text: 'nästa steg', lang: 'sv' } },
  { name: 'placeholder, stripped (sv)', query: { text: 'nasta steg', lang: 'sv' } },
  { name: 'typo (sv)', query: { text: 'strukture', lang: 'sv' } },
  { name: 'single word with æ (nb)', query: { text: 'lærer', lang: 'nb' } },
  { name: 'æ typed as ae (nb)', query: { text: 'laerer', lang: 'nb' } },
  { name: 'æ typed as a (nb)', query: { text: 'larer', lang: 'nb' } },
  { name: 'three words (nb)', query: { text: 'tydelig struktur kilder', lang: 'nb' } },
  { name: 'single word (en)', query: { text: 'conclusion', lang: 'en' } },
  { name: 'prefix (en)', query: { text: 'concl', lang: 'en' } },
  { name: 'one-letter prefix (en)', query: { text: 's', lang: 'en' } },
  { name: 'typo (en)', query: { text: 'conclsion', lang: 'en' } },
  {
    name: 'two words, cell filter (en)',
    query: { text: 'evidence paragraph', lang: 'en', question: 'feedBack', level: 'task' },
  },
  { name: 'braces typed (en)', query: { text: '{criterion}', lang: 'en' } },
  { name: 'AND empty → OR fallback (sv)', query: { text: 'struktur zebra', lang: 'sv' } },
  { name: 'no match (sv)', query: { text: 'xylofon kvantfysik', lang: 'sv' } },
  { name: 'empty text, whole language (sv)', query: { text: '', lang: 'sv' } },
  {
    name: 'empty text, one cell (nb)',
    query: { text: '', lang: 'nb', question: 'feedForward', level: 'process' },
  },
];

/** The q-quantile of sorted numbers (nearest rank). */

function collectGarbage(): boolean {
  if (typeof globalThis.gc !== 'function') return false;
  globalThis.gc();
  globalThis.gc();
  return true;
}

test(`template search over ${TEMPLATES} templates`, async () => {
  const templates = generateTemplates(TEMPLATES);

  // Heap: the index alone, with the records already in memory.
  const gcAvailable = collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const buildStart = performance.now();
  let index: TemplateIndex = createTemplateIndex(templates);
  const firstBuildMs = performance.now() - buildStart;
  collectGarbage();
  const heapDeltaMb = (process.memoryUsage().heapUsed - heapBefore) / 1_048_576;

  const builds = time(BUILD_RUNS, WARMUP, () => {
    index = createTemplateIndex(templates);
  });

  const queries = QUERIES.map(({ name, query }) => {
    const count = index.search(query).length;
    const durations = time(RUNS, WARMUP, () => index.search(query));
    return {
      name,
      text: query.text,
      lang: query.lang,
      results: count,
      medianMs: round(quantile(durations, 0.5)),
      p95Ms: round(quantile(durations, 0.95)),
      maxMs: round(durations[durations.length - 1] ?? Number.NaN),
    };
  });

  // What the panel does after a teacher picks a template, and after an edit.
  const usageUpdate = time(RUNS, WARMUP, (i) => {
    const record = templates[i % templates.length];
    if (record) index.update([{ ...record, useCount: record.useCount + 1 }]);
  });
  const textEdit = time(RUNS, WARMUP, (i) => {
    const record = templates[(i * 37) % templates.length];
    if (record) index.update([{ ...record, text: `${record.text} (${i})` }]);
  });

  const result = {
    date: new Date().toISOString(),
    environment: environment(),
    templates: TEMPLATES,
    runsPerQuery: RUNS,
    build: {
      firstMs: round(firstBuildMs, 1),
      medianMs: round(quantile(builds, 0.5), 1),
      runs: BUILD_RUNS,
    },
    heap: gcAvailable
      ? { indexMb: round(heapDeltaMb, 1), note: 'heapUsed after gc, minus before building' }
      : { indexMb: round(heapDeltaMb, 1), note: 'no global.gc: approximate, garbage included' },
    update: {
      useCountMedianMs: round(quantile(usageUpdate, 0.5)),
      useCountP95Ms: round(quantile(usageUpdate, 0.95)),
      textEditMedianMs: round(quantile(textEdit, 0.5)),
      textEditP95Ms: round(quantile(textEdit, 0.95)),
    },
    queries,
  };

  const markdown = [
    `# Template search benchmark`,
    '',
    `${result.date} · node ${result.environment.node} · ${result.environment.cpus} × ${result.environment.cpuModel} · ${result.environment.platform}`,
    '',
    `${TEMPLATES.toLocaleString('en')} generated templates (bench/template-corpus.ts), ${RUNS} runs per query after ${WARMUP} warm-up runs.`,
    '',
    `- Index build: ${result.build.firstMs} ms first (cold), ${result.build.medianMs} ms median of ${BUILD_RUNS}`,
    `- Index heap: ≈ ${result.heap.indexMb} MB (${result.heap.note})`,
    `- update() after a use: median ${result.update.useCountMedianMs} ms, p95 ${result.update.useCountP95Ms} ms`,
    `- update() after a text edit: median ${result.update.textEditMedianMs} ms, p95 ${result.update.textEditP95Ms} ms`,
    '',
    '| Query | Text | Lang | Results | Median ms | p95 ms | Max ms |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: |',
    ...queries.map(
      (q) =>
        `| ${q.name} | \`${q.text}\` | ${q.lang} | ${q.results} | ${q.medianMs} | ${q.p95Ms} | ${q.maxMs} |`,
    ),
    '',
  ].join('\n');

  await writeResults('template-search', result, markdown);
  console.log(`\n${markdown}\nWritten to bench/results/template-search.{md,json}.`);

  // Sanity: the bank is searchable, so a slow result is not a hollow one.
  expect(queries.find((q) => q.name === 'single word (sv)')?.results).toBeGreaterThan(0);
  expect(queries.find((q) => q.name === 'no match (sv)')?.results).toBe(0);
});
