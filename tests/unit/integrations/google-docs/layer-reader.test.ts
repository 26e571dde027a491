import { afterEach, describe, expect, it } from 'vitest';
import {
  readLayer,
  readLayerSelection,
} from '../../../../utils/integrations/google-docs/layer-reader';
import { fixedMeasure } from './layer-fixtures';

const SVG = 'http://www.w3.org/2000/svg';

/** Gives `element` a fixed box on screen (happy-dom lays nothing out). */
function place(element: Element, left: number, top: number, width: number, height: number) {
  element.getBoundingClientRect = () => new DOMRect(left, top, width, height);
}

/** A page at `top` on screen, with one tile per entry of `tiles` (lines: [text, top within the page]). */
function addPage(top: number, tiles: [string, number][][]) {
  const page = document.createElement('div');
  page.className = 'kix-page-paginated';
  place(page, 100, top, 600, 800);
  for (const lines of tiles) {
    const tile = document.createElement('div');
    tile.className = 'kix-canvas-tile-content';
    const svg = document.createElementNS(SVG, 'svg');
    for (const [text, y] of lines) {
      const group = document.createElementNS(SVG, 'g');
      group.setAttribute('role', 'paragraph');
      const rect = document.createElementNS(SVG, 'rect');
      rect.setAttribute('aria-label', text);
      rect.setAttribute('data-font-css', '10px monospace');
      place(rect, 120, top + y, text.length * 10, 16);
      group.append(rect);
      svg.append(group);
    }
    tile.append(svg);
    page.append(tile);
  }
  document.body.append(page);
  return page;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('reading Docs’ accessibility layer from the page', () => {
  it('is null when Docs renders no layer (canvas only)', () => {
    const tile = document.createElement('canvas');
    tile.className = 'kix-canvas-tile-content';
    document.body.append(tile);
    expect(readLayer(document)).toBeNull();
  });

  it('reads the pages in order, once each line that two tiles draw, in page coordinates', () => {
    addPage(-200, [
      [
        ['Last line.', 500],
        ['Drawn by both tiles.', 400],
      ],
      [
        ['First line.', 10],
        ['Drawn by both tiles.', 400],
      ],
    ]);
    addPage(700, [[['Page two.', 10]]]);
    const layer = readLayer(document);
    expect(layer?.text).toBe('First line.\nDrawn by both tiles.\nLast line.\nPage two.\n');
    expect(layer?.fragments[3]).toMatchObject({ page: 1, x: 20, y: 10, font: '10px monospace' });
  });

  it('reads the selection Docs draws as the range of the layer’s text under it', () => {
    const page = addPage(0, [[['In my interviews, most said yes.', 10]]]);
    const selection = document.createElement('div');
    selection.className = 'kix-canvas-tile-selection';
    const svg = document.createElementNS(SVG, 'svg');
    const rect = document.createElementNS(SVG, 'rect');
    place(rect, 150, 8, 130, 20);
    svg.append(rect);
    selection.append(svg);
    page.append(selection);
    const layer = readLayer(document);
    if (!layer) throw new Error('no layer');
    const range = readLayerSelection(document, layer, fixedMeasure);
    expect(range && layer.text.slice(range.start, range.end)).toBe('my interviews');
  });
});
