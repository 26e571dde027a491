import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Runs the pure-logic benchmarks (`bench/*.bench.ts`) in plain Node, without
 * the browser or the built extension:
 * `npx vitest run --config bench/vitest.bench.config.ts`.
 * `--expose-gc` lets a benchmark collect garbage before reading the heap.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['bench/*.bench.ts'],
    environment: 'node',
    pool: 'forks',
    execArgv: ['--expose-gc'],
    testTimeout: 120_000,
    fileParallelism: false,
  },
});
