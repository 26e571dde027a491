/**
 * Timing inside the panel frame, so that what is reported is when the panel
 * itself changed, not when the benchmark next looked.
 *
 * Two parts: the start-up moments the panel marks itself with User Timing
 * (`feedforward:connected`, `feedforward:composer-ready`,
 * `feedforward:items-listed`; see utils/panel/hooks/use-startup-mark.ts),
 * read once the open is over; and a clock sync between this Node process
 * and the frame, so those in-frame moments can be set against a click sent
 * from Node.
 */
import { performance } from 'node:perf_hooks';

/** Round trips used to learn a frame's clock offset; the fastest one is kept. */
const CLOCK_SAMPLES = 5;

/**
 * Waits (in the frame) until the panel has marked its composer ready and
 * its first saved item listed, and returns the frame's `performance.now()`
 * of each mark: connected, usable (composer), listed.
 */
export async function panelMarks(panel, timeout) {
  return panel.evaluate(
    async ({ timeout }) => {
      const names = {
        connected: 'feedforward:connected',
        usable: 'feedforward:composer-ready',
        listed: 'feedforward:items-listed',
      };
      const read = () =>
        Object.fromEntries(
          Object.entries(names).map(([key, name]) => [
            key,
            performance.getEntriesByName(name, 'mark')[0]?.startTime,
          ]),
        );
      const deadline = performance.now() + timeout;
      for (;;) {
        const marks = read();
        if (Object.values(marks).every((time) => time !== undefined)) return marks;
        if (performance.now() > deadline) {
          throw new Error(`start-up marks after ${timeout} ms: ${JSON.stringify(marks)}`);
        }
        await new Promise((done) => setTimeout(done, 20));
      }
    },
    { timeout },
  );
}

/**
 * How far the frame's `performance.now()` is ahead of this process's:
 * a frame time minus `offset` is the Node time of the same moment, to within
 * `uncertainty` (half the fastest of a few evaluate round trips). Both clocks
 * are monotonic; each frame has its own origin, so this is learned per frame.
 */
export async function frameClock(panel) {
  let best;
  for (let sample = 0; sample < CLOCK_SAMPLES; sample += 1) {
    const before = performance.now();
    const inFrame = await panel.evaluate(() => performance.now());
    const after = performance.now();
    if (!best || after - before < best.roundTrip) {
      best = { offset: inFrame - (before + after) / 2, roundTrip: after - before };
    }
  }
  return { offset: best.offset, uncertainty: best.roundTrip / 2 };
}
