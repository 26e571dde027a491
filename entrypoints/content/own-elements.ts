/** The elements this content script put on the page, known by identity. */
const own = new WeakSet<Element>();

/**
 * Records an element as ours. Identity, not a tag or attribute, because a
 * page can give its own elements any name we could pick.
 */
export function claimElement(element: Element): void {
  own.add(element);
}

/** True for an element we put on the page and anything inside it (a text node counts as its parent). */
export function isOwnNode(node: Node | null | undefined): boolean {
  for (let current = node ?? null; current; current = current.parentNode) {
    if (current.nodeType === Node.ELEMENT_NODE && own.has(current as Element)) return true;
  }
  return false;
}
