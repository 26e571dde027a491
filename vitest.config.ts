import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Three projects: `unit` (happy-dom, fake IndexedDB, WXT's fake browser) for
 * pure logic, storage and components; `e2e` (Node driving real Chromium with
 * the built extension) for every user flow; `firefox` (Firefox ESR over
 * WebDriver BiDi) for the main flows. The groups run one after the other
 * (`groupOrder`): on a two-core machine a browser test beside the unit
 * workers or beside Firefox is starved, and its waits then fail for reasons
 * a teacher would never meet. The `e2e` files also run one at a time: two
 * side by side took about 5 minutes instead of 7½, but then the focus
 * sometimes did not reach a reopened panel's composer (twice in four
 * runs), which is not understood yet. One run prints one closing line with
 * the totals of all three.
 *
 * The unit files share their workers' module cache (`isolate: false`): a
 * fresh happy-dom and a fresh import of Preact, Dexie and the app per file
 * cost more than the tests themselves. Each file still starts from an empty
 * page, empty storage and real timers (`tests/unit/setup.ts`), and all run
 * in one time zone, Stockholm's, so a date format cached by one file reads
 * the same in the next.
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    // Vitest's default leaves one core free: a single worker on two cores.
    maxWorkers: 2,
    projects: [
      {
        plugins: [WxtVitest()],
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          environmentOptions: {
            // Fixture pages link their stylesheet; the tests read text, not layout.
            happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: true } },
          },
          env: { TZ: 'Europe/Stockholm' },
          isolate: false,
          setupFiles: ['tests/unit/setup.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // On a busy machine what a poll waits for may take a few seconds.
          expect: { poll: { timeout: 5_000 } },
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'firefox',
          include: ['tests/firefox/**/*.test.ts'],
          environment: 'node',
          // Puppeteer's actions do not wait for the page as Playwright's do; polls do.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
