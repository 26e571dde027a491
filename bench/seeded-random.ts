/**
 * Deterministic pseudo-random numbers in [0, 1) (mulberry32), for generated
 * test and benchmark data: the same seed makes the same documents, banks and
 * damaged files on every run and machine, so results can be compared and a
 * failure reproduced. Plain code without Node APIs, so pages bundled for the
 * browser can use it too.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
