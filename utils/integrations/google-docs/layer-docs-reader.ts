import { describeTextRange } from '../../anchoring/text-anchor';
import { ProbeFailure } from './docs-ladder';
import type { DocsReader } from './docs-reader';
import { canvasMeasure, readLayer, readLayerSelection, readSelectionRects } from './layer-reader';
import { type Measure, rectsForRange } from './layer-selection';
import { EDITOR_SCROLLER, PAGE } from './selectors';

/**
 * Scrolls Docs' editor so that the first rectangle of a passage is in the
 * middle of it; false when the page or the editor is not there.
 */
function scrollToRect(doc: Document, rect: { page: number; y: number }): boolean {
  const page = doc.querySelectorAll(PAGE)[rect.page];
  const editor = doc.querySelector(EDITOR_SCROLLER);
  if (!page || !editor) return false;
  const top = page.getBoundingClientRect().top + rect.y;
  const box = editor.getBoundingClientRect();
  editor.scrollBy({ top: top - box.top - box.height / 2 });
  return true;
}

/**
 * The middle way in, when Docs' API is missing but its accessibility layer
 * is drawn: the live text and the teacher's selection come from the layer;
 * a passage can be scrolled to but not selected (a comment then goes on
 * the teacher's own selection).
 */
export function createLayerReader(doc: Document): DocsReader {
  let measure: Measure | null = null;
  const measureText: Measure = (text, font) => {
    measure ??= canvasMeasure(doc);
    return measure(text, font);
  };
  return {
    mode: 'layer',
    async selectionKey() {
      return readSelectionRects(doc)
        .map(
          (rect) =>
            `${rect.page}:${Math.round(rect.x)},${Math.round(rect.y)},${Math.round(rect.width)}`,
        )
        .join(' ');
    },
    async read() {
      const layer = readLayer(doc);
      if (!layer?.text.trim()) throw new ProbeFailure('missing');
      return {
        text: layer.text,
        saved: false,
        async selection() {
          const range = readLayerSelection(doc, layer, measureText);
          return range && describeTextRange(layer.text, range.start, range.end);
        },
        async show(start, end) {
          const [first] = rectsForRange(layer, { start, end }, measureText);
          return first && scrollToRect(doc, first) ? 'shown' : 'no';
        },
      };
    },
  };
}
