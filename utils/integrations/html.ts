import { anchor, describeRange } from '../anchoring/index';
import type { Anchor } from '../anchoring/types';
import { canonicalDocumentKey } from '../documents/key';
import { flashRange } from './flash-highlight';
import type { Integration } from './types';

/** Elements whose selection is the teacher typing, not choosing a passage of the student's text. */
function isInsideEditableField(node: Node | null): boolean {
  const element = node?.nodeType === Node.ELEMENT_NODE ? (node as Element) : node?.parentElement;
  return !!element?.closest('input, textarea, [contenteditable=""], [contenteditable="true"]');
}

/**
 * The generic integration for any HTML page: the document's text is its DOM
 * text, selections are DOM ranges.
 */
export function createHtmlIntegration(doc: Document): Integration {
  return {
    identify() {
      const href = doc.location?.href ?? '';
      return {
        key: canonicalDocumentKey(href) ?? href,
        url: href,
        title: doc.title.trim(),
      };
    },
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
      target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      flashRange(range);
      return true;
    },
    async place(items) {
      return items.map((item) => ({
        id: item.id,
        status: anchor(doc.body, item.anchor) ? 'anchored' : 'orphaned',
      }));
    },
    async insert() {
      return { status: 'fallback', reason: 'noField' };
    },
    clear() {},
    subscribe() {
      return () => {};
    },
  };
}
