import { anchor, describeRange, findPassages } from '../anchoring/index';
import { pageIdentity } from '../documents/page-identity';
import type { Anchor } from '../model/anchor';
import {
  type AnchorReport,
  foundReport,
  type HighlightPalette,
  type PlacedItem,
  sameReports,
} from '../model/page';
import { closestElement } from './closest';
import { flashRange } from './flash-highlight';
import { watchHighlightPointer } from './highlight-pointer';
import { createHighlighter, FALLBACK_MARK_ATTRIBUTE, type Mark } from './highlights';
import { createCursorInserter } from './insert-at-cursor';
import { watchTextChanges } from './text-watch';
import type { Integration, IntegrationEvents } from './types';

/** Elements whose selection is the teacher typing, not choosing a passage of the student's text. */
function isInsideEditableField(node: Node | null): boolean {
  return (
    closestElement(node, 'input, textarea, [contenteditable=""], [contenteditable="true"]') !== null
  );
}

/**
 * The generic integration for any HTML page: the document's text is its DOM
 * text, selections are DOM ranges, passages are painted with the Highlight
 * API, and feedback is typed into whichever comment field the teacher was
 * in. `isOwnElement` tells our own panel host apart from the page.
 */
export function createHtmlIntegration(
  doc: Document,
  isOwnElement: (node: Node) => boolean = () => false,
): Integration {
  const highlighter = createHighlighter(doc);
  const inserter = createCursorInserter(doc, isOwnElement);
  const listeners = new Set<Partial<IntegrationEvents>>();
  let placed: { items: PlacedItem[]; palette: HighlightPalette } | null = null;
  let lastReports: AnchorReport[] = [];
  let stopPointer: (() => void) | null = null;

  const isOurs = (node: Node): boolean =>
    isOwnElement(node) || closestElement(node, `[${FALLBACK_MARK_ATTRIBUTE}]`) !== null;

  let textWatch: ReturnType<typeof watchTextChanges> | null = null;

  /** Finds every placed passage in the current text and paints the found ones. */
  function render(): AnchorReport[] {
    if (!placed) return [];
    const { items, palette } = placed;
    const paint = () => {
      highlighter.clear();
      const found = findPassages(
        doc.body,
        items.map((item) => item.anchor),
      );
      const marks: Mark[] = [];
      const reports = items.map((item, index): AnchorReport => {
        const passage = found[index];
        if (!passage) return { id: item.id, status: 'orphaned' };
        marks.push({ id: item.id, range: passage.range, level: item.level });
        return foundReport(item.id, passage.text);
      });
      highlighter.show(marks, palette);
      return reports;
    };
    const reports = textWatch ? textWatch.pause(paint) : paint();
    lastReports = reports;
    return reports;
  }

  function onTextChanged() {
    const previous = lastReports;
    const reports = render();
    if (sameReports(previous, reports)) return;
    for (const listener of listeners) listener.anchorsChanged?.(reports);
  }

  function start() {
    textWatch ??= watchTextChanges(doc.body, isOurs, onTextChanged);
    stopPointer ??= watchHighlightPointer(doc, highlighter.itemAt, (id, how) => {
      for (const listener of listeners) listener.highlightActivated?.(id, how);
    });
  }

  return {
    identify: () => pageIdentity(doc, doc.title),
    // An ordinary page's text is its DOM: there is no way in to report.
    access: async () => null,
    async captureSelection(): Promise<Anchor | null> {
      const selection = doc.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
      const range = selection.getRangeAt(0);
      if (isInsideEditableField(range.commonAncestorContainer)) return null;
      return describeRange(doc.body, range);
    },
    async reveal(selectors) {
      const range = anchor(doc.body, selectors);
      if (!range) return false;
      const target = range.startContainer.parentElement;
      const still = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      target?.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
      flashRange(range);
      return true;
    },
    async place(items, palette) {
      placed = { items, palette };
      start();
      return render();
    },
    async insert(request) {
      return inserter.insert(request.text)
        ? { status: 'inserted' }
        : { status: 'fallback', reason: 'noField' };
    },
    clear() {
      placed = null;
      lastReports = [];
      textWatch?.stop();
      textWatch = null;
      stopPointer?.();
      stopPointer = null;
      highlighter.clear();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
