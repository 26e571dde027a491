import { describe, expect, it } from 'vitest';
import {
  type PageRect,
  rectsForRange,
  selectedRange,
} from '../../../../utils/integrations/google-docs/layer-selection';
import { layerText } from '../../../../utils/integrations/google-docs/layer-text';
import { CHAR_WIDTH, fixedMeasure, fragment, LINE_HEIGHT } from './layer-fixtures';

const layer = layerText([
  { fragments: [fragment('Libraries matter.', 0, 0)] },
  {
    fragments: [
      fragment('In my interviews, most of the', 0, 1),
      fragment('people said yes.', 0, 2),
    ],
  },
  { fragments: [fragment('Second page.', 1, 0)] },
]);

/** The highlight Docs draws over characters `from..to` of a line starting at x 0. */
function highlight(page: number, line: number, from: number, to: number): PageRect {
  return {
    page,
    x: from * CHAR_WIDTH,
    y: line * LINE_HEIGHT - 2,
    width: (to - from) * CHAR_WIDTH,
    height: LINE_HEIGHT,
  };
}

const quote = (range: { start: number; end: number } | null) =>
  range && layer.text.slice(range.start, range.end);

describe('the passage under Docs’ selection rectangles', () => {
  it('is the characters of a fragment the rectangle covers', () => {
    expect(quote(selectedRange(layer, [highlight(0, 1, 3, 16)], fixedMeasure))).toBe(
      'my interviews',
    );
  });

  it('counts a character partly covered only when its middle is covered', () => {
    const rect = highlight(0, 1, 3, 16);
    // In by 0.4 of 'm' (its middle still covered), out by 0.6 of 's' (its middle not).
    const partial = { ...rect, x: rect.x + 0.4 * CHAR_WIDTH, width: rect.width - 1.0 * CHAR_WIDTH };
    expect(quote(selectedRange(layer, [partial], fixedMeasure))).toBe('my interview');
  });

  it('runs across lines and paragraphs, with the space of the wrap and the paragraph end', () => {
    const rects = [highlight(0, 0, 10, 17), highlight(0, 1, 0, 29), highlight(0, 2, 0, 6)];
    expect(quote(selectedRange(layer, rects, fixedMeasure))).toBe(
      'matter.\nIn my interviews, most of the people',
    );
  });

  it('leaves out the whitespace Docs highlights after a word', () => {
    expect(quote(selectedRange(layer, [highlight(0, 1, 0, 6)], fixedMeasure))).toBe('In my');
  });

  it('scales the measured widths to the drawn width of the fragment', () => {
    const wide = layerText([{ fragments: [{ ...fragment('abcd', 0, 0), width: 80 }] }]);
    const range = selectedRange(
      wide,
      [{ page: 0, x: 40, y: 0, width: 40, height: 16 }],
      fixedMeasure,
    );
    expect(range).toEqual({ start: 2, end: 4 });
  });

  it('is on the page of the rectangle only', () => {
    expect(quote(selectedRange(layer, [highlight(1, 0, 0, 6)], fixedMeasure))).toBe('Second');
  });

  it('is null when nothing, or only whitespace, is covered', () => {
    expect(selectedRange(layer, [], fixedMeasure)).toBeNull();
    expect(selectedRange(layer, [highlight(0, 9, 0, 10)], fixedMeasure)).toBeNull();
    expect(selectedRange(layer, [highlight(0, 1, 5, 6)], fixedMeasure)).toBeNull();
  });

  it('finds the rectangles a range is drawn in, one per fragment, which select it again', () => {
    const start = layer.text.indexOf('most of the');
    const end = layer.text.indexOf(' said');
    const rects = rectsForRange(layer, { start, end }, fixedMeasure);
    expect(rects).toEqual([
      { page: 0, x: 180, y: 20, width: 110, height: 16 },
      { page: 0, x: 0, y: 40, width: 60, height: 16 },
    ]);
    expect(selectedRange(layer, rects, fixedMeasure)).toEqual({ start, end });
  });
});
