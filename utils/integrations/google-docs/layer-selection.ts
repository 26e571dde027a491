import type { LayerText, PlacedFragment } from './layer-text';

/**
 * Docs draws the teacher's selection as rectangles over the text (in
 * `.kix-canvas-tile-selection`), never as a DOM selection. Which characters
 * they cover is estimated by measuring the fragment's text in its font:
 * the measured widths are scaled to the fragment's drawn width, and a
 * character counts as selected when its middle lies inside a rectangle.
 */

/** A rectangle in the coordinates of a page, as the layer's fragments. */
export interface PageRect {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The width of `text` drawn in the CSS `font` (canvas `measureText` in a browser). */
export type Measure = (text: string, font: string) => number;

/** Where, from the fragment's left edge, each character boundary `0..length` is drawn. */
function boundaries(fragment: PlacedFragment, measure: Measure): number[] {
  const full = measure(fragment.text, fragment.font);
  const scale = full > 0 ? fragment.width / full : 0;
  return Array.from({ length: fragment.text.length + 1 }, (_, index) =>
    index === fragment.text.length
      ? fragment.width
      : measure(fragment.text.slice(0, index), fragment.font) * scale,
  );
}

function overlaps(a: PageRect, b: PageRect): boolean {
  return (
    a.page === b.page &&
    a.x < b.x + b.width &&
    b.x < a.x + a.width &&
    a.y < b.y + b.height &&
    b.y < a.y + a.height
  );
}

/** The characters of `fragment` whose middles lie within `[left, right)` from its left edge, as text offsets. */
function coveredCharacters(
  fragment: PlacedFragment,
  left: number,
  right: number,
  measure: Measure,
): { start: number; end: number } | null {
  const edges = boundaries(fragment, measure);
  let start = -1;
  let end = -1;
  for (let index = 0; index < fragment.text.length; index += 1) {
    const middle = ((edges[index] as number) + (edges[index + 1] as number)) / 2;
    if (middle >= left && middle < right) {
      if (start === -1) start = index;
      end = index + 1;
    }
  }
  return start === -1 ? null : { start: fragment.start + start, end: fragment.start + end };
}

/**
 * The range of the layer's text under the selection rectangles, from the
 * first covered character to the last, without whitespace at either end
 * (Docs' highlight takes in the space after a word, which no quote wants).
 * Null when the rectangles cover no character.
 */
export function selectedRange(
  layer: LayerText,
  selection: PageRect[],
  measure: Measure,
): { start: number; end: number } | null {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const fragment of layer.fragments) {
    for (const rect of selection) {
      if (!overlaps(fragment, rect)) continue;
      const covered = coveredCharacters(
        fragment,
        rect.x - fragment.x,
        rect.x + rect.width - fragment.x,
        measure,
      );
      if (!covered) continue;
      start = Math.min(start, covered.start);
      end = Math.max(end, covered.end);
    }
  }
  if (start >= end) return null;
  while (start < end && /\s/.test(layer.text[start] as string)) start += 1;
  while (end > start && /\s/.test(layer.text[end - 1] as string)) end -= 1;
  return start < end ? { start, end } : null;
}

/**
 * The rectangles on the page that the text `[start, end)` is drawn in, one
 * per fragment it touches, so the extension can point at a passage (or
 * check that it is in view) without Docs' API.
 */
export function rectsForRange(
  layer: LayerText,
  range: { start: number; end: number },
  measure: Measure,
): PageRect[] {
  const rects: PageRect[] = [];
  for (const fragment of layer.fragments) {
    const from = Math.max(range.start, fragment.start);
    const to = Math.min(range.end, fragment.end);
    if (from >= to) continue;
    const edges = boundaries(fragment, measure);
    const left = edges[from - fragment.start] as number;
    const right = edges[to - fragment.start] as number;
    rects.push({
      page: fragment.page,
      x: fragment.x + left,
      y: fragment.y,
      width: right - left,
      height: fragment.height,
    });
  }
  return rects;
}
