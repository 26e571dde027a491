import { type Measure, type PageRect, selectedRange } from './layer-selection';
import { type LayerParagraph, type LayerText, layerText } from './layer-text';
import { LAYER_FRAGMENT, LAYER_PARAGRAPH, LAYER_SVG, PAGE, SELECTION_RECTS } from './selectors';

/**
 * Reads Docs' accessibility layer out of the page (the pure work is in
 * layer-text.ts and layer-selection.ts). Geometry is taken with
 * getBoundingClientRect, which includes any SVG transform, and made
 * relative to the fragment's page, so fragments of overlapping tiles line
 * up and the result does not depend on how far the editor is scrolled.
 */

/** Where something is drawn, relative to the top left of its page, with the page's index. */
function pageRectOf(element: Element, pages: Element[]): PageRect {
  const page = element.closest(PAGE);
  const index = page ? pages.indexOf(page) : 0;
  const origin = page?.getBoundingClientRect() ?? { left: 0, top: 0 };
  const box = element.getBoundingClientRect();
  return {
    page: Math.max(0, index),
    x: box.left - origin.left,
    y: box.top - origin.top,
    width: box.width,
    height: box.height,
  };
}

/** The layer's text and fragments; null when Docs renders no accessibility layer. */
export function readLayer(doc: Document): LayerText | null {
  const svgs = [...doc.querySelectorAll(LAYER_SVG)];
  if (svgs.length === 0) return null;
  const pages = [...doc.querySelectorAll(PAGE)];
  const paragraphs: LayerParagraph[] = svgs.flatMap((svg) =>
    [...svg.querySelectorAll(LAYER_PARAGRAPH)].map((group) => ({
      fragments: [...group.querySelectorAll(LAYER_FRAGMENT)].map((rect) => ({
        ...pageRectOf(rect, pages),
        text: rect.getAttribute('aria-label') ?? '',
        font: rect.getAttribute('data-font-css') ?? '',
      })),
    })),
  );
  return layerText(paragraphs);
}

/** The rectangles Docs draws over the selection, in page coordinates. */
export function readSelectionRects(doc: Document): PageRect[] {
  const pages = [...doc.querySelectorAll(PAGE)];
  return [...doc.querySelectorAll(SELECTION_RECTS)]
    .map((rect) => pageRectOf(rect, pages))
    .filter((rect) => rect.width > 0 && rect.height > 0);
}

/** The selected range of `layer`'s text, from the selection Docs draws; null when nothing is selected. */
export function readLayerSelection(
  doc: Document,
  layer: LayerText,
  measure: Measure,
): { start: number; end: number } | null {
  return selectedRange(layer, readSelectionRects(doc), measure);
}

/**
 * Measures text as Docs draws it: a canvas context set to the fragment's
 * CSS font. Without a 2D context (no canvas support) every character
 * counts as one unit, which still splits a fragment in proportion.
 */
export function canvasMeasure(doc: Document): Measure {
  const context = doc.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length;
  const fallbackFont = context.font;
  return (text, font) => {
    context.font = font || fallbackFont;
    return context.measureText(text).width;
  };
}
