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

/** An element to measure, and how it is named and judged in the results. */
export interface TextToMeasure {
  element: Locator;
  what: string;
  needed: number;
}

/** The part under `box` of a screenshot of `screen`, addressed from the box's corner. */
function cropped(screen: Pixels, at: Box, box: Box): Pixels {
  const left = Math.max(0, Math.floor(box.x) - at.x);
  const top = Math.max(0, Math.floor(box.y) - at.y);
  return {
    width: Math.min(Math.ceil(box.width), screen.width - left),
    height: Math.min(Math.ceil(box.height), screen.height - top),
    png: screen.png,
    at: (x, y) => screen.at(left + x, top + y),
  };
}

/** Whether two boxes share any pixel. */
function overlap(one: Box, two: Box): boolean {
  return (
    one.x < two.x + two.width &&
    two.x < one.x + one.width &&
    one.y < two.y + two.height &&
    two.y < one.y + one.height
  );
}

/** Where a tagged element is in its frame, and whether it is drawn there uncovered. */
interface Placed {
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
  uncovered: boolean;
}

const TAG = 'data-contrast-item';

/**
 * Every tagged element of the frame, placed in one call: its box in the
 * frame, and whether its middle and corners are its own (not scrolled out
 * of its list, not under a sticky bar).
 */
function placeTagged(target: Page | Frame): Promise<Placed[]> {
  return target.locator(`[${TAG}]`).evaluateAll(
    (nodes, tag) =>
      nodes.map((node) => {
        const rect = node.getBoundingClientRect();
        const inset = Math.min(2, rect.width / 2, rect.height / 2);
        const points = [
          [rect.left + rect.width / 2, rect.top + rect.height / 2],
          [rect.left + inset, rect.top + inset],
          [rect.right - inset, rect.top + inset],
          [rect.left + inset, rect.bottom - inset],
          [rect.right - inset, rect.bottom - inset],
        ];
        const uncovered = points.every(([x, y]) => {
          const hit = node.ownerDocument.elementFromPoint(x ?? 0, y ?? 0);
          return !!hit && (node.contains(hit) || hit.contains(node));
        });
        const { left: x, top: y, width, height } = rect;
        return { index: Number(node.getAttribute(tag)), x, y, width, height, uncovered };
      }),
    TAG,
  );
}

/**
 * Splits `items` (all in `target`) into screenfuls: the first one left is
 * scrolled to the middle (see boxOf) and taken whatever covers it; every
 * other one then wholly in the window and drawn uncovered, and not
 * overlapping one already taken when `apart`, is taken with it. One pair of
 * screenshots per screenful instead of one per element.
 */
async function* screenfuls<T extends { element: Locator }>(
  page: Page,
  target: Page | Frame,
  items: readonly T[],
  margin: number,
  apart: boolean,
): AsyncGenerator<{ item: T; box: Box }[]> {
  const window = page.viewportSize() ?? { width: 1280, height: 900 };
  const grown = (box: Box): Box => ({
    x: box.x - margin,
    y: box.y - margin,
    width: box.width + 2 * margin,
    height: box.height + 2 * margin,
  });
  await Promise.all(
    items.map((item, index) =>
      item.element.evaluate((node, { tag, at }) => node.setAttribute(tag, at), {
        tag: TAG,
        at: `${index}`,
      }),
    ),
  );
  try {
    let left = items.map((item, index) => ({ item, index }));
    while (left.length > 0) {
      const [first, ...rest] = left;
      if (!first) return;
      const firstBox = await boxOf(first.item.element, margin);
      const placed = new Map((await placeTagged(target)).map((place) => [place.index, place]));
      const firstPlace = placed.get(first.index);
      const taken: { item: T; box: Box }[] = firstBox ? [{ item: first.item, box: firstBox }] : [];
      // From the frame's coordinates to the window's, by where the first one is in both.
      const offset =
        firstBox && firstPlace
          ? { x: firstBox.x + margin - firstPlace.x, y: firstBox.y + margin - firstPlace.y }
          : null;
      const later: typeof left = [];
      for (const entry of rest) {
        const place = placed.get(entry.index);
        const box =
          offset && place && place.width > 0 && place.height > 0 && place.uncovered
            ? grown({ ...place, x: place.x + offset.x, y: place.y + offset.y })
            : null;
        const fits =
          !!box &&
          box.x >= 0 &&
          box.y >= 0 &&
          box.x + box.width <= window.width &&
          box.y + box.height <= window.height &&
          !(apart && taken.some((other) => overlap(other.box, box)));
        if (box && fits) taken.push({ item: entry.item, box });
        else later.push(entry);
      }
      if (taken.length > 0) yield taken;
      left = later;
    }
  } finally {
    await target
      .locator(`[${TAG}]`)
      .evaluateAll((nodes, tag) => {
        for (const node of nodes) node.removeAttribute(tag);
      }, TAG)
      .catch(() => {});
  }
}

/** The smallest box around all of `boxes`. */
function around(boxes: readonly Box[]): Box {
  const x = Math.max(0, Math.floor(Math.min(...boxes.map((box) => box.x))));
  const y = Math.max(0, Math.floor(Math.min(...boxes.map((box) => box.y))));
  const right = Math.ceil(Math.max(...boxes.map((box) => box.x + box.width)));
  const bottom = Math.ceil(Math.max(...boxes.map((box) => box.y + box.height)));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * Measures elements' own texts against what is really painted behind them:
 * a screenshot as shown, and one with their texts made transparent, a
 * screenful of elements at a time. An element that changes nothing is
 * measured once more alone (a long list may have drawn its row afresh
 * meanwhile); if it still changes nothing, it paints no text of its own
 * and gets null.
 */
export async function measureTexts(
  page: Page,
  target: Page | Frame,
  items: readonly TextToMeasure[],
): Promise<Map<TextToMeasure, MeasuredPair | null>> {
  const measured = new Map<TextToMeasure, MeasuredPair | null>();
  for await (const batch of screenfuls(page, target, items, 0, true))
    for (const [item, pair] of await measureScreenful(page, batch)) measured.set(item, pair);
  for (const item of items) {
    if (measured.get(item)) continue;
    measured.set(item, null);
    for await (const alone of screenfuls(page, target, [item], 0, true))
      for (const [, pair] of await measureScreenful(page, alone)) measured.set(item, pair);
  }
  return measured;
}

/** One screenful of texts measured: shown, then transparent, then put back. */
async function measureScreenful(
  page: Page,
  batch: readonly { item: TextToMeasure; box: Box }[],
): Promise<[TextToMeasure, MeasuredPair | null][]> {
  const screen = around(batch.map(({ box }) => box));
  const shown = await pixelsIn(page, screen);
  const saved = await Promise.all(
    batch.map(({ item }) =>
      item.element.evaluate((node: HTMLElement) => {
        const before = node.getAttribute('style');
        node.style.setProperty('color', 'transparent', 'important');
        node.style.setProperty('-webkit-text-fill-color', 'transparent', 'important');
        node.style.setProperty('text-shadow', 'none', 'important');
        // SVG text is painted with fill. A stroke drawn under it (a halo) stays: it is what the text is read against.
        node.style.setProperty('fill', 'transparent', 'important');
        return before;
      }),
    ),
  );
  const bare = await pixelsIn(page, screen, shown);
  await Promise.all(
    batch.map(({ item }, index) =>
      item.element.evaluate((node: HTMLElement, before) => {
        if (before === null) node.removeAttribute('style');
        else node.setAttribute('style', before);
      }, saved[index] ?? null),
    ),
  );
  return batch.map(({ item, box }) => {
    const pair = changedPair(cropped(shown, screen, box), cropped(bare, screen, box));
    return [
      item,
      pair && {
        what: item.what,
        foreground: hexOf(pair.foreground),
        background: hexOf(pair.background),
        ratio: pair.ratio,
        needed: item.needed,
      },
    ];
  });
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
 * Measures form fields' edges: each field's border pixel at the middle of
 * each side against the page just outside it; the clearest side counts (a
 * field with one clear edge is found, WCAG 1.4.11 asks for the boundary to
 * be seen). One screenshot per screenful of fields.
 */
export async function measureBoundaries(
  page: Page,
  target: Page | Frame,
  fields: readonly { element: Locator; what: string }[],
): Promise<MeasuredPair[]> {
  const measured: MeasuredPair[] = [];
  for await (const batch of screenfuls(page, target, fields, 3, false)) {
    const screen = around(batch.map(({ box }) => box));
    const pixels = await pixelsIn(page, screen);
    for (const { item, box } of batch)
      measured.push(edgePair(cropped(pixels, screen, box), item.what));
  }
  return measured;
}

/** The clearest of a field's four edges in `pixels`, the field with 3 px around it. */
function edgePair(pixels: Pixels, what: string): MeasuredPair {
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
