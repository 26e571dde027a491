/** Elements whose text is never part of what a reader sees as the document. */
const SKIPPED_ELEMENTS = new Set([
  'HEAD',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'CANVAS',
  'TEXTAREA',
  'SELECT',
  'INPUT',
]);

/**
 * Elements that start and end a line of their own. Between their text and
 * the text next to them the index puts a line break, so the end of one
 * paragraph, list item or table cell does not run into the next.
 */
const BLOCK_ELEMENTS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** What the index puts at a `<br>` or block boundary that has no white space of its own. */
const LINE_BREAK = '\n';

/** The text of a subtree as one string, with a way back from offsets to DOM positions. */
export interface TextIndex {
  /** What a reader sees, with a line break at block boundaries that have none in the source. */
  text: string;
  /**
   * Text nodes in document order with the offset where each starts in
   * `text`. Characters between two nodes are the added line breaks: they
   * belong to no node.
   */
  nodes: { node: Text; start: number }[];
}

/**
 * How the walk tells whether an element is rendered: the browser's own
 * `checkVisibility` (display: none on it, a closed `<details>`,
 * content-visibility: hidden, visibility: hidden) where the subtree is
 * rendered at all; otherwise (a detached subtree, a document without a
 * window) only the `hidden` attribute is trusted. `display: contents`
 * elements have no box of their own but show their children.
 */
function visibilityTest(root: Node): (element: Element) => boolean {
  const document = root.ownerDocument ?? (root as Document);
  const window = document.defaultView;
  const probe = root.nodeType === Node.ELEMENT_NODE ? (root as Element) : document.documentElement;
  const rendered =
    window &&
    probe?.isConnected &&
    typeof probe.checkVisibility === 'function' &&
    probe.checkVisibility();
  if (!rendered) return (element) => !element.hasAttribute('hidden');
  return (element) =>
    !element.hasAttribute('hidden') &&
    (element.checkVisibility({ visibilityProperty: true }) ||
      window.getComputedStyle(element).display === 'contents');
}

/**
 * Collects the text a reader sees under `root`: script, style, form fields,
 * embedded frames and hidden elements left out, a line break added at `<br>`
 * and between blocks (paragraphs, list items, table cells) where the source
 * has no white space. Offsets into this string are what
 * TextPositionSelector stores, so the same walk must be used to describe and
 * to re-anchor.
 */
export function buildTextIndex(root: Node): TextIndex {
  const isVisible = visibilityTest(root);
  const nodes: TextIndex['nodes'] = [];
  const parts: string[] = [];
  let length = 0;
  let lastCharacter = '';
  let breakPending = false;

  const addText = (node: Text) => {
    const data = node.data;
    if (data === '') return;
    if (breakPending && length > 0 && !/\s/.test(lastCharacter) && !/\s/.test(data[0] ?? '')) {
      parts.push(LINE_BREAK);
      length += LINE_BREAK.length;
    }
    breakPending = false;
    nodes.push({ node, start: length });
    parts.push(data);
    length += data.length;
    lastCharacter = data[data.length - 1] ?? '';
  };

  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      addText(node as Text);
      return;
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      const tag = element.tagName.toUpperCase();
      if (SKIPPED_ELEMENTS.has(tag) || !isVisible(element)) return;
      if (tag === 'BR') {
        breakPending = true;
        return;
      }
      const isBlock = BLOCK_ELEMENTS.has(tag);
      if (isBlock) breakPending = true;
      for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
      if (isBlock) breakPending = true;
      return;
    }
    if (node.nodeType === Node.DOCUMENT_NODE || node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
      for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    }
  };

  visit(root);
  return { text: parts.join(''), nodes };
}

/** Offset in `index.text` of a DOM boundary point (container + offset), as Range uses. */
export function offsetOfBoundary(index: TextIndex, container: Node, offset: number): number {
  if (container.nodeType === Node.TEXT_NODE) {
    const entry = index.nodes.find((candidate) => candidate.node === container);
    if (entry) return entry.start + Math.min(offset, entry.node.data.length);
  }
  // An element boundary (or text that is not indexed): the start of the
  // first indexed text node that follows that point in document order.
  const point = container.ownerDocument?.createRange() ?? new Range();
  point.setStart(container, offset);
  for (const entry of index.nodes) {
    if (point.comparePoint(entry.node, 0) >= 0) return entry.start;
  }
  return index.text.length;
}

/** End offset in `index.text` of an indexed node. */
function endOf(entry: TextIndex['nodes'][number]): number {
  return entry.start + entry.node.data.length;
}

/**
 * Position in `index.nodes` of the first node ending after `offset` (for a
 * range start) or at or after it (for a range end); `nodes.length` if none.
 */
function firstNodeReaching(index: TextIndex, offset: number, isEnd: boolean): number {
  let low = 0;
  let high = index.nodes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const nodeEnd = endOf(index.nodes[middle] as TextIndex['nodes'][number]);
    if (isEnd ? nodeEnd >= offset : nodeEnd > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * A DOM Range covering `[start, end)` of `index.text`, or null if out of
 * bounds or covering only added line breaks. A start in the gap between two
 * nodes moves forward into the next node and an end moves back into the
 * previous one, so the range holds exactly the text and never spills into a
 * neighbour.
 */
export function rangeFromOffsets(index: TextIndex, start: number, end: number): Range | null {
  if (start < 0 || end > index.text.length || start >= end) return null;
  const first = index.nodes[firstNodeReaching(index, start, false)];
  const endsIn = firstNodeReaching(index, end, true);
  const reachesInto = index.nodes[endsIn];
  const last = reachesInto && reachesInto.start < end ? reachesInto : index.nodes[endsIn - 1];
  if (!first || !last || first.start >= end || endOf(last) <= start) return null;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, Math.max(0, start - first.start));
  range.setEnd(last.node, Math.min(last.node.data.length, end - last.start));
  return range;
}
