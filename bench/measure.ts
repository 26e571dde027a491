import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, platform, release } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/** Where every benchmark writes its latest results. */
export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');

/** The nearest-rank quantile of sorted values (p95 of 15 runs is the slowest). */
export function quantile(sorted: number[], q: number): number {
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** A figure rounded for the report. */
export function round(ms: number, digits = 3): number {
  return Number(ms.toFixed(digits));
}

/** Times `fn` `runs` times after `warmup` untimed calls; sorted durations in ms. */
export function time(runs: number, warmup: number, fn: (i: number) => void): number[] {
  for (let i = 0; i < warmup; i++) fn(i);
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn(i);
    durations.push(performance.now() - start);
  }
  return durations.sort((a, b) => a - b);
}

/** The machine the figures come from, written beside every result. */
export function environment() {
  return {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    platform: `${platform()} ${release()}`,
  };
}

/** Writes `<name>.json` and `<name>.md` into bench/results. */
export async function writeResults(name: string, json: unknown, markdown: string): Promise<void> {
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(join(RESULTS_DIR, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
  await writeFile(join(RESULTS_DIR, `${name}.md`), markdown);
}
