import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { contrastRatio, hexOf, type Rgb } from './contrast';
import { type Box, type Pixels, pixelsIn } from './pixels';

const require = createRequire(import.meta.url);

/** One pair of colours read off the screen, with the ratio WCAG asks of it. */
export interface MeasuredPair {
  /** Which element, and what of it was measured. */
  what: string;
  foreground: string;
  background: string;
  ratio: number;
  needed: number;
  /** What else falls short, e.g. a focus ring too small to be seen. */
  shortfall?: string;
}

/** A pair below its threshold, in one line a person can act on. */
export function describePair(pair: MeasuredPair): string {
  return `${pair.what}: ${pair.foreground} on ${pair.background} is ${pair.ratio.toFixed(2)}:1, needs ${pair.needed}:1${pair.shortfall ? `; ${pair.shortfall}` : ''}`;
}

/** The pairs that fall short of their thresholds. */
export function failing(pairs: readonly MeasuredPair[]): string[] {
  return pairs.filter((pair) => pair.ratio < pair.needed || pair.shortfall).map(describePair);
}

/** A colour-contrast check axe could not decide, with the threshold axe would apply. */
export interface UndecidedContrast {
  selector: string;
  /** axe's reason, e.g. "bgOverlap", "bgGradient", "pseudoContent". */
  reason: string;
  needed: number;
}

/**
 * The colour-contrast checks axe leaves "incomplete" in `selector`: text
 * over gradients, overlapping boxes, pseudo-elements or transparency, whose
 * colours axe cannot work out from styles. These are measured on screen.
 */
export async function undecidedContrast(
  target: Page | Frame,
  selector: string,
): Promise<UndecidedContrast[]> {
  await target.evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return target.evaluate(async (context) => {
    type Node = {
      target: string[];
      any: { data?: { messageKey?: string; expectedContrastRatio?: string } | null }[];
    };
    const axe = (
      globalThis as unknown as {
        axe: {
          run(c: string, o: object): Promise<{ incomplete: { id: string; nodes: Node[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(context, {
      runOnly: { type: 'rule', values: ['color-contrast'] },
    });
    return result.incomplete.flatMap((rule) =>
      rule.nodes.map((node) => {
        const data = node.any[0]?.data ?? {};
        return {
          selector: node.target.join(' '),
          reason: data.messageKey ?? 'unknown',
          needed: Number.parseFloat(data.expectedContrastRatio ?? '4.5') || 4.5,
        };
      }),
    );
  }, selector);
}

function differs(one: Rgb, two: Rgb): boolean {
  return Math.abs(one[0] - two[0]) + Math.abs(one[1] - two[1]) + Math.abs(one[2] - two[2]) > 12;
}

/**
 * The element's box (and `margin` around it, for a focus ring) in the top
 * page's coordinates. It is scrolled to the middle first: at an edge, a
 * sticky header or the window's edge would hide part of what is measured.
 */
async function boxOf(element: Locator, margin = 0): Promise<Box | null> {
  await element.evaluate((node) => node.scrollIntoView({ block: 'center', inline: 'center' }));
  const box = await element.boundingBox();
  if (!box || box.width === 0 || box.height === 0) return null;
  return {
    x: box.x - margin,
    y: box.y - margin,
    width: box.width + 2 * margin,
    height: box.height + 2 * margin,
  };
}

/**
 * Compares two screenshots of one box: where they differ, the darkest-to-
 * lightest change there is the pair of colours. The strongest-changed pixel
 * gives the foreground (anti-aliased edges only weaken it), and it is set
 * against every background colour it was drawn over, the weakest counting.
 */
function changedPair(
  withIt: Pixels,
  without: Pixels,
): { foreground: Rgb; background: Rgb; ratio: number } | null {
  let strongest: { foreground: Rgb; ratio: number } | null = null;
  const backgrounds = new Map<string, Rgb>();
  for (let y = 0; y < withIt.height; y += 1) {
    for (let x = 0; x < withIt.width; x += 1) {
      const shown = withIt.at(x, y);
      const behind = without.at(x, y);
      if (!differs(shown, behind)) continue;
      backgrounds.set(hexOf(behind), behind);
      const ratio = contrastRatio(shown, behind);
      if (!strongest || ratio > strongest.ratio) strongest = { foreground: shown, ratio };
    }
  }
  if (!strongest) return null;
  let weakest: { background: Rgb; ratio: number } | null = null;
  for (const background of backgrounds.values()) {
    const ratio = contrastRatio(strongest.foreground, background);
    // A background pixel that is itself near the foreground is the text's own edge, not what is behind it.
    if (ratio < 1.15) continue;
    if (!weakest || ratio < weakest.ratio) weakest = { background, ratio };
  }
  return weakest && { foreground: strongest.foreground, ...weakest };
}

/**
 * Measures an element's own text against what is really painted behind it:
 * a screenshot as shown, and one with its text made transparent. Returns
 * null when the element paints no text of its own.
 */
export async function measureText(
  page: Page,
  element: Locator,
  what: string,
  needed: number,
): Promise<MeasuredPair | null> {
  const box = await boxOf(element);
  if (!box) return null;
  const shown = await pixelsIn(page, box);
  const saved = await element.evaluate((node: HTMLElement) => {
    const before = node.getAttribute('style');
    node.style.setProperty('color', 'transparent', 'important');
    node.style.setProperty('-webkit-text-fill-color', 'transparent', 'important');
    node.style.setProperty('text-shadow', 'none', 'important');
    // SVG text is painted with fill. A stroke drawn under it (a halo) stays: it is what the text is read against.
    node.style.setProperty('fill', 'transparent', 'important');
    return before;
  });
  const bare = await pixelsIn(page, box, shown);
  await element.evaluate((node: HTMLElement, before) => {
    if (before === null) node.removeAttribute('style');
    else node.setAttribute('style', before);
  }, saved);
  const pair = changedPair(shown, bare);
  return (
    pair && {
      what,
      foreground: hexOf(pair.foreground),
      background: hexOf(pair.background),
      ratio: pair.ratio,
      needed,
    }
  );
}

/** The colour pair met most often among `changes` (each a pair of after and before). */
function commonest(changes: readonly [Rgb, Rgb][]): [Rgb, Rgb] | null {
  const counts = new Map<string, { pair: [Rgb, Rgb]; count: number }>();
  for (const pair of changes) {
    const key = `${hexOf(pair[0])}${hexOf(pair[1])}`;
    const entry = counts.get(key) ?? { pair, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  let best: { pair: [Rgb, Rgb]; count: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.pair ?? null;
}

/**
 * Measures a control's focus indicator as WCAG 2.2 describes it: the pixels
 * that change when the control takes keyboard focus must change by at least
 * 3:1 over an area at least as large as a 2 px thick line around the
 * control. The pair reported is the commonest such change; when the area is
 * too small, the commonest change of all, marked as falling short.
 * Returns null when focus changes nothing on screen.
 */
export async function measureFocus(
  page: Page,
  element: Locator,
  what: string,
): Promise<MeasuredPair | null> {
  await element.evaluate((node: HTMLElement) => node.blur());
  const box = await boxOf(element, 8);
  if (!box) return null;
  const before = await pixelsIn(page, box);
  // A key press first, so the browser treats the focus as keyboard focus (:focus-visible);
  // on a busy machine the focus may land late, so it is given until the control shows it.
  await expect
    .poll(async () => {
      await page.keyboard.press('Shift');
      await element.focus();
      return element.evaluate((node) => node.matches(':focus-visible'));
    })
    .toBe(true);
  const after = await pixelsIn(page, box, before);
  await element.evaluate((node: HTMLElement) => node.blur());
  const changed: [Rgb, Rgb][] = [];
  for (let y = 0; y < after.height; y += 1) {
    for (let x = 0; x < after.width; x += 1) {
      const pair: [Rgb, Rgb] = [after.at(x, y), before.at(x, y)];
      if (differs(...pair)) changed.push(pair);
    }
  }
  const strong = changed.filter((pair) => contrastRatio(...pair) >= 3);
  // The perimeter of the control's rounded box: each rounded corner is (8 − 2π)·r shorter than a square one.
  const radius = await element.evaluate((node) =>
    Math.min(
      Number.parseFloat(getComputedStyle(node).borderTopLeftRadius) || 0,
      node.getBoundingClientRect().height / 2,
    ),
  );
  const perimeter = 2 * (box.width - 16 + box.height - 16) - (8 - 2 * Math.PI) * radius;
  const needed = Math.floor(2 * perimeter);
  const enough = strong.length >= needed;
  const pair = commonest(enough ? strong : changed);
  return (
    pair && {
      what: `${what} (focus; ${strong.length} px changed by 3:1, ${needed} needed)`,
      foreground: hexOf(pair[0]),
      background: hexOf(pair[1]),
      ratio: contrastRatio(...pair),
      needed: 3,
      ...(enough ? {} : { shortfall: 'too little of the ring changes by 3:1' }),
    }
  );
}

/**
 * Measures a form field's edge: its border pixel at the middle of each side
 * against the page just outside it; the clearest side counts (a field with
 * one clear edge is found, WCAG 1.4.11 asks for the boundary to be seen).
 */
export async function measureBoundary(
  page: Page,
  element: Locator,
  what: string,
): Promise<MeasuredPair | null> {
  const box = await boxOf(element, 3);
  if (!box) return null;
  const pixels = await pixelsIn(page, box);
  const midX = Math.floor(pixels.width / 2);
  const midY = Math.floor(pixels.height / 2);
  const last = { x: pixels.width - 1, y: pixels.height - 1 };
  // The box may start between pixels: its edge is the clearest of the pixels 2–5 inside the sample outside.
  const clearest = (outside: Rgb, inside: (step: number) => Rgb): [Rgb, Rgb] => {
    let best = inside(2);
    for (const step of [3, 4, 5]) {
      if (contrastRatio(inside(step), outside) > contrastRatio(best, outside)) best = inside(step);
    }
    return [best, outside];
  };
  const sides: [Rgb, Rgb][] = [
    clearest(pixels.at(0, midY), (step) => pixels.at(step, midY)),
    clearest(pixels.at(last.x, midY), (step) => pixels.at(last.x - step, midY)),
    clearest(pixels.at(midX, 0), (step) => pixels.at(midX, step)),
    clearest(pixels.at(midX, last.y), (step) => pixels.at(midX, last.y - step)),
  ];
  const [edge, outside] = sides.reduce((best, side) =>
    contrastRatio(side[0], side[1]) > contrastRatio(best[0], best[1]) ? side : best,
  );
  return {
    what: `${what} (edge)`,
    foreground: hexOf(edge),
    background: hexOf(outside),
    ratio: contrastRatio(edge, outside),
    needed: 3,
  };
}
