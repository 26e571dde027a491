/** Elements whose text is never part of what a reader sees as the document. */
const SKIPPED_ELEMENTS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'SVG',
  'CANVAS',
  'TEXTAREA',
  'SELECT',
]);

/** The text of a subtree as one string, with a way back from offsets to DOM positions. */
export interface TextIndex {
  text: string;
  /** Text nodes in document order with the offset where each starts in `text`. */
  nodes: { node: Text; start: number }[];
}

function isSkipped(node: Node): boolean {
  return (
    node.nodeType === Node.ELEMENT_NODE &&
    SKIPPED_ELEMENTS.has((node as Element).tagName.toUpperCase())
  );
}

/**
 * Collects the visible-document text under `root` (script, style, form fields
 * and embedded frames left out). Offsets into this string are what
 * TextPositionSelector stores, so the same walk must be used to describe and
 * to re-anchor.
 */
export function buildTextIndex(root: Node): TextIndex {
  const owner = root.ownerDocument ?? (root as Document);
  const walker = owner.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (isSkipped(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: TextIndex['nodes'] = [];
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const text = node as Text;
    nodes.push({ node: text, start: length });
    parts.push(text.data);
    length += text.data.length;
  }
  return { text: parts.join(''), nodes };
}

/** Offset in `index.text` of a DOM boundary point (container + offset), as Range uses. */
export function offsetOfBoundary(index: TextIndex, container: Node, offset: number): number {
  if (container.nodeType === Node.TEXT_NODE) {
    const entry = index.nodes.find((candidate) => candidate.node === container);
    if (entry) return entry.start + Math.min(offset, entry.node.data.length);
  }
  // An element boundary: the position before its child at `offset`, i.e. the
  // first indexed text node that follows that point in document order.
  const point = container.ownerDocument?.createRange() ?? new Range();
  point.setStart(container, offset);
  for (const entry of index.nodes) {
    if (point.comparePoint(entry.node, 0) >= 0) return entry.start;
  }
  return index.text.length;
}

/** A DOM Range covering `[start, end)` of `index.text`, or null if out of bounds. */
export function rangeFromOffsets(index: TextIndex, start: number, end: number): Range | null {
  if (start < 0 || end > index.text.length || start >= end) return null;
  const startPoint = locate(index, start, false);
  const endPoint = locate(index, end, true);
  if (!startPoint || !endPoint) return null;
  const range = startPoint.node.ownerDocument.createRange();
  range.setStart(startPoint.node, startPoint.offset);
  range.setEnd(endPoint.node, endPoint.offset);
  return range;
}

/**
 * The text node and offset for a text offset. At a boundary between two
 * nodes, a range start goes into the following node and a range end stays in
 * the preceding one, so the range never spills into a neighbour.
 */
function locate(
  index: TextIndex,
  offset: number,
  isEnd: boolean,
): { node: Text; offset: number } | null {
  for (const entry of index.nodes) {
    const nodeEnd = entry.start + entry.node.data.length;
    const inside = isEnd
      ? offset > entry.start && offset <= nodeEnd
      : offset >= entry.start && offset < nodeEnd;
    if (inside) return { node: entry.node, offset: offset - entry.start };
  }
  return null;
}
