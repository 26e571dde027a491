/** The DOM point under screen coordinates, in whichever form this browser offers. */
function pointAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null })
    .caretRangeFromPoint;
  const range = legacy?.call(doc, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * Lets the teacher reach an item from its passage: pointing at a highlight
 * reports a hover, clicking one (without selecting text) reports a click.
 * Highlights painted with the Highlight API are not elements and get no
 * events, so the point under the pointer is looked up instead. Pointer
 * moves are sampled once per frame so busy pages stay smooth.
 */
export function watchHighlightPointer(
  doc: Document,
  itemAt: (node: Node, offset: number) => string | null,
  report: (id: string, how: 'hover' | 'click') => void,
): () => void {
  let frame = 0;
  let hovered: string | null = null;
  let lastMove: MouseEvent | null = null;
  const view = doc.defaultView;

  const onMove = (event: MouseEvent) => {
    lastMove = event;
    if (frame || !view) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      if (!lastMove) return;
      const point = pointAt(doc, lastMove.clientX, lastMove.clientY);
      const id = point ? itemAt(point.node, point.offset) : null;
      if (id !== hovered && id) report(id, 'hover');
      hovered = id;
    });
  };
  const onClick = (event: MouseEvent) => {
    // A drag that selected text is the teacher choosing a passage, not opening an item.
    if (doc.getSelection()?.isCollapsed === false) return;
    const point = pointAt(doc, event.clientX, event.clientY);
    const id = point ? itemAt(point.node, point.offset) : null;
    if (id) report(id, 'click');
  };

  doc.addEventListener('mousemove', onMove, { passive: true });
  doc.addEventListener('click', onClick, true);
  return () => {
    doc.removeEventListener('mousemove', onMove);
    doc.removeEventListener('click', onClick, true);
    if (frame && view) view.cancelAnimationFrame(frame);
  };
}
