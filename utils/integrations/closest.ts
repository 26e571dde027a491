/**
 * The nearest element at or above a node (a text node counts as its
 * parent) that matches `selector`. Selections, mutations and hit tests
 * hand over text nodes, while "is this inside X?" is a question about elements.
 */
export function closestElement(node: Node | null | undefined, selector: string): Element | null {
  const element = node?.nodeType === Node.ELEMENT_NODE ? (node as Element) : node?.parentElement;
  return element?.closest(selector) ?? null;
}
