import type { CDPSession, Frame, Page } from 'playwright-core';

/** One node of Chromium's accessibility tree: what a screen reader is given. */
export interface AxNode {
  role: string;
  name: string;
  /** The node's value (a separator's position, a field's text), if it has one. */
  value: string | undefined;
  properties: Record<string, unknown>;
  ignored: boolean;
}

interface RawAxNode {
  ignored: boolean;
  role?: { value?: unknown };
  name?: { value?: unknown };
  value?: { value?: unknown };
  properties?: { name: string; value: { value?: unknown } }[];
}

/**
 * The accessibility tree of a page or of the panel's frame, read through the
 * DevTools protocol as assistive technology reads it: it includes what is in
 * closed shadow roots, which no script of the page can see.
 */
export async function accessibilityTree(
  page: Page,
  target: Page | Frame = page,
): Promise<AxNode[]> {
  const session: CDPSession = await page.context().newCDPSession(target);
  try {
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
      nodes: RawAxNode[];
    };
    return nodes.map((node) => ({
      role: String(node.role?.value ?? ''),
      name: String(node.name?.value ?? ''),
      value: node.value?.value === undefined ? undefined : String(node.value.value),
      properties: Object.fromEntries(
        (node.properties ?? []).map((property) => [property.name, property.value.value]),
      ),
      ignored: node.ignored,
    }));
  } finally {
    await session.detach();
  }
}

/** The nodes a screen reader is given with `role` (and `name`, when given). */
export function withRole(nodes: AxNode[], role: string, name?: string | RegExp): AxNode[] {
  return nodes.filter(
    (node) =>
      !node.ignored &&
      node.role === role &&
      (name === undefined ||
        (typeof name === 'string' ? node.name === name : name.test(node.name))),
  );
}
