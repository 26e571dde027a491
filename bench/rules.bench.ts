/**
 * How fast the automatic feedback review is. The panel reviews the comment
 * while the teacher types, so a realistic comment (about 500 words) must take
 * well under a frame, and even 100 KB of pasted text must stay under 50 ms.
 *
 * Builds deterministic texts from the built-in comment templates (real
 * teacher phrasing in each language): one 500-word comment per language, and
 * 100 KB per language; also three texts that stress the splitter and the
 * matchers (no punctuation at all, 20,000 two-word sentences, one word
 * repeated). Runs `checkFeedback` RUNS times on each after a warm-up and writes
 * median, p95 and max to `bench/results/rules.{md,json}`.
 *
 * Run: `npx vitest run --config bench/vitest.bench.config.ts bench/rules.bench.ts`
 * (RULES_BENCH_RUNS overrides the runs per text.)
 */
import { performance } from 'node:perf_hooks';
import { expect, test } from 'vitest';
import { checkFeedback } from '../utils/feedback/rules';
import { BUILT_IN_EN } from '../utils/feedback/templates/builtin-en';
import { BUILT_IN_NB } from '../utils/feedback/templates/builtin-nb';
import { BUILT_IN_SV } from '../utils/feedback/templates/builtin-sv';
import { environment, quantile, round, time, writeResults } from './measure';

type Lang = 'sv' | 'nb' | 'en';

const RUNS = Number(process.env.RULES_BENCH_RUNS ?? 200);
const LARGE_RUNS = Math.max(20, Math.round(RUNS / 4));
const WARMUP = 10;
const LARGE_BYTES = 100_000;
/** The limit for 100 KB of realistic feedback; the test fails if the median is above it. */
const LARGE_LIMIT_MS = 50;
/** A bound for the stress texts that only a non-linear slowdown would break. */
const STRESS_LIMIT_MS = 250;

const TEMPLATES: Record<Lang, { text: string }[]> = {
  sv: BUILT_IN_SV,
  nb: BUILT_IN_NB,
  en: BUILT_IN_EN,
};

const CRITERIA: Record<Lang, string[]> = {
  sv: ['använder källor för att stödja påståenden', 'har en tydlig struktur'],
  nb: ['bruker kilder for å støtte påstander', 'har en tydelig struktur'],
  en: ['uses sources to support claims', 'has a clear structure'],
};

/** Template texts with their placeholders filled, in a fixed shuffled order. */
function sentences(lang: Lang): string[] {
  const texts = TEMPLATES[lang].map((t) => t.text.replace(/\{[^}]+\}/g, 'Anna'));
  // A fixed stride walks the list in a mixed order of questions and levels.
  return texts.map((_, i) => texts[(i * 37) % texts.length] as string);
}

/** A realistic long comment: paragraphs of templates until about `words` words. */
function comment(lang: Lang, words: number): string {
  const parts: string[] = [];
  let count = 0;
  for (const text of sentences(lang)) {
    if (count >= words) break;
    parts.push(text);
    count += text.split(/\s+/).length;
    if (parts.length % 4 === 0) parts.push('\n\n');
  }
  return parts.join(' ').replace(/ \n\n /g, '\n\n');
}

function large(lang: Lang): string {
  let text = '';
  const list = sentences(lang);
  for (let i = 0; text.length < LARGE_BYTES; i++) {
    text += `${list[i % list.length]}${i % 5 === 4 ? '\n' : ' '}`;
  }
  return text.slice(0, LARGE_BYTES);
}

/** The q-quantile of sorted numbers (nearest rank). */

interface Case {
  name: string;
  lang: Lang;
  text: string;
  runs: number;
}

test('feedback review speed', async () => {
  const langs: Lang[] = ['sv', 'nb', 'en'];
  const cases: Case[] = [
    ...langs.map((lang) => ({
      name: '500-word comment',
      lang,
      text: comment(lang, 500),
      runs: RUNS,
    })),
    ...langs.map((lang) => ({ name: '100 KB', lang, text: large(lang), runs: LARGE_RUNS })),
    {
      name: '100 KB, no punctuation (one sentence)',
      lang: 'sv',
      text: large('sv').replace(/[.!?:;,\n]/g, ' '),
      runs: LARGE_RUNS,
    },
    {
      name: '100 KB of two-word sentences',
      lang: 'sv',
      text: 'Bra jobbat! '.repeat(LARGE_BYTES / 12),
      runs: LARGE_RUNS,
    },
    {
      name: '100 KB, one sweeping word repeated',
      lang: 'en',
      text: 'always '.repeat(LARGE_BYTES / 7),
      runs: LARGE_RUNS,
    },
  ];

  const results = cases.map(({ name, lang, text, runs }) => {
    const options = { lang, criteria: CRITERIA[lang] };
    const firstStart = performance.now();
    const findings = checkFeedback(text, options).length;
    const firstMs = performance.now() - firstStart;
    const durations = time(runs, WARMUP, () => checkFeedback(text, options));
    return {
      name,
      lang,
      chars: text.length,
      words: text.split(/\s+/).filter(Boolean).length,
      findings,
      runs,
      firstMs: round(firstMs, 2),
      medianMs: round(quantile(durations, 0.5)),
      p95Ms: round(quantile(durations, 0.95)),
      maxMs: round(durations[durations.length - 1] ?? Number.NaN),
    };
  });

  const result = {
    date: new Date().toISOString(),
    environment: environment(),
    warmupRuns: WARMUP,
    largeLimitMs: LARGE_LIMIT_MS,
    stressLimitMs: STRESS_LIMIT_MS,
    cases: results,
  };

  const markdown = [
    '# Feedback review benchmark',
    '',
    `${result.date} · node ${result.environment.node} · ${result.environment.cpus} × ${result.environment.cpuModel} · ${result.environment.platform}`,
    '',
    `\`checkFeedback\` with two success criteria, on texts built from the built-in templates; ${WARMUP} warm-up runs, then the runs shown. "First" is the very first call on that text (cold caches).`,
    '',
    '| Text | Lang | Chars | Words | Findings | Runs | First ms | Median ms | p95 ms | Max ms |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.name} | ${r.lang} | ${r.chars} | ${r.words} | ${r.findings} | ${r.runs} | ${r.firstMs} | ${r.medianMs} | ${r.p95Ms} | ${r.maxMs} |`,
    ),
    '',
  ].join('\n');

  await writeResults('rules', result, markdown);
  console.log(`\n${markdown}\nWritten to bench/results/rules.{md,json}.`);

  // Sanity: the texts are reviewed, so a fast result is not a hollow one.
  for (const r of results) expect(r.findings).toBeGreaterThan(0);
  // 100 KB of realistic feedback stays under the limit; the stress texts stay linear (a
  // catastrophic pattern would take seconds), with room for a busy machine.
  for (const r of results.filter((r) => r.name === '100 KB')) {
    expect(r.medianMs).toBeLessThan(LARGE_LIMIT_MS);
  }
  for (const r of results) expect(r.medianMs).toBeLessThan(STRESS_LIMIT_MS);
});
