/**
 * How tests find the panel host on a page: the one place that knows how the
 * host is marked, so every test follows when the host changes.
 */
export const PANEL_HOST_SELECTOR = '[data-feedforward-panel]';

/** The attribute behind PANEL_HOST_SELECTOR, for DevTools DOM nodes (flat name/value lists). */
const PANEL_HOST_ATTRIBUTE = 'data-feedforward-panel';

/** A node of the DevTools protocol's DOM tree. */
export interface DomNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** The panel host in a DevTools DOM tree (fetched with pierce), if the page has one. */
export function findHostNode(node: DomNode): DomNode | undefined {
  const names = (node.attributes ?? []).filter((_, index) => index % 2 === 0);
  if (names.includes(PANEL_HOST_ATTRIBUTE)) return node;
  for (const child of node.children ?? []) {
    const found = findHostNode(child);
    if (found) return found;
  }
  return undefined;
}
