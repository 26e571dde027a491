/**
 * Timing inside the panel frame, so that what is reported is when the panel
 * itself changed, not when Playwright next looked. (Playwright's
 * `waitForSelector` re-checks after 0, 20, 50, 100, 100, 500 ms, so a wait
 * with it can end up to 100 ms after the element appeared.)
 *
 * Two parts: a script run at the start of every panel document that notes,
 * with a MutationObserver, the `performance.now()` at which `.panel` (the
 * panel connected), the composer's first field (ready to type in) and the
 * first saved item appear; and a clock
 * sync between this Node process and a frame, so those in-frame moments can
 * be set against a click sent from Node.
 */
import { performance } from 'node:perf_hooks';

/** The global the init script keeps its marks in (in the panel page's own window). */
const MARKS = '__feedforwardBench';
/** Round trips used to learn a frame's clock offset; the fastest one is kept. */
const CLOCK_SAMPLES = 5;

/**
 * Runs at the start of every document of the browser context (Playwright
 * init script); does nothing outside the panel page. Self-contained, as it
 * is serialised into the page. The test reads `document.URL`, not
 * `location`: touching `location` alone adds 3.5 KB to the essay page's
 * heap, which the benchmark reports.
 */
function recordPanelMarks(name) {
  const url = document.URL;
  if (!url.startsWith('chrome-extension:') || !url.includes('/panel.html')) return;
  const marks = { connected: undefined, usable: undefined, listed: undefined };
  marks.whenListed = new Promise((resolve) => {
    const check = () => {
      if (marks.connected === undefined && document.querySelector('.panel')) {
        marks.connected = performance.now();
      }
      if (marks.usable === undefined && document.querySelector('.composer-field textarea')) {
        marks.usable = performance.now();
      }
      if (marks.listed === undefined && document.querySelector('[data-testid=feedback-item]')) {
        marks.listed = performance.now();
      }
      if (marks.usable !== undefined && marks.listed !== undefined) {
        observer.disconnect();
        resolve();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class', 'role'],
    });
  });
  globalThis[name] = marks;
}

/** Makes every panel page opened in `context` record its marks. */
export async function installPanelMarks(context) {
  await context.addInitScript(recordPanelMarks, MARKS);
}

/**
 * Waits (in the frame, event-driven) until the panel shows its composer and
 * the document's saved items, and returns the frame's `performance.now()` at
 * which the panel connected, the composer appeared and the first item did.
 */
export async function panelMarks(frame, timeout) {
  return frame.evaluate(
    async ({ name, timeout }) => {
      const marks = globalThis[name];
      if (!marks) throw new Error('the panel page has no bench marks (init script did not run)');
      let timer;
      const expired = new Promise((_, fail) => {
        timer = setTimeout(
          () => fail(new Error(`no composer and saved items after ${timeout} ms`)),
          timeout,
        );
      });
      await Promise.race([marks.whenListed, expired]).finally(() => clearTimeout(timer));
      return { connected: marks.connected, usable: marks.usable, listed: marks.listed };
    },
    { name: MARKS, timeout },
  );
}

/**
 * How far the frame's `performance.now()` is ahead of this process's:
 * a frame time minus `offset` is the Node time of the same moment, to within
 * `uncertainty` (half the fastest of a few evaluate round trips). Both clocks
 * are monotonic; each frame has its own origin, so this is learned per frame.
 */
export async function frameClock(frame) {
  let best;
  for (let sample = 0; sample < CLOCK_SAMPLES; sample += 1) {
    const before = performance.now();
    const inFrame = await frame.evaluate(() => performance.now());
    const after = performance.now();
    if (!best || after - before < best.roundTrip) {
      best = { offset: inFrame - (before + after) / 2, roundTrip: after - before };
    }
  }
  return { offset: best.offset, uncertainty: best.roundTrip / 2 };
}
