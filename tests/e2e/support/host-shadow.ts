import type { CDPSession, Page } from 'playwright-core';
import { type DomNode, findHostNode } from './panel-host';

/** An element inside the panel host's closed shadow root, reached through DevTools. */
export interface ShadowElement {
  attribute(name: string): Promise<string | null>;
  /** Centre of the element in page coordinates, for real mouse clicks and drags. */
  centre(): Promise<{ x: number; y: number }>;
  focus(): Promise<void>;
  /** Whether the element has the page's keyboard focus (the host is the page's active element). */
  hasFocus(): Promise<boolean>;
  /** Computed styles of the element, by CSS property name. */
  style(names: string[]): Promise<Record<string, string>>;
}

async function shadowRootNode(session: CDPSession): Promise<DomNode> {
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  const shadow = findHostNode(root)?.shadowRoots?.[0];
  if (!shadow) throw new Error('no panel host shadow root');
  return shadow;
}

async function query(session: CDPSession, selector: string): Promise<number> {
  const shadow = await shadowRootNode(session);
  const { nodeId } = await session.send('DOM.querySelector', { nodeId: shadow.nodeId, selector });
  if (!nodeId) throw new Error(`nothing matches ${selector} in the panel host`);
  return nodeId;
}

/** Calls `declaration` (a function's source) with the DevTools node as `this`, and returns its value. */
async function callOn<T>(session: CDPSession, nodeId: number, declaration: string): Promise<T> {
  const { object } = await session.send('DOM.resolveNode', { nodeId });
  if (!object.objectId) throw new Error('the node has no object');
  const { result } = await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: declaration,
    returnByValue: true,
  });
  return result.value as T;
}

/**
 * The markup of the host's shadow root (its style and controls, with their
 * current attributes), for checks that need the controls in a tree they can
 * walk: a copy in an open shadow root leaves the product's root closed.
 */
export async function shadowMarkup(page: Page): Promise<string> {
  const session = await page.context().newCDPSession(page);
  try {
    const shadow = await shadowRootNode(session);
    return await callOn<string>(session, shadow.nodeId, 'function () { return this.innerHTML; }');
  } finally {
    await session.detach();
  }
}

/**
 * The host's shadow root is closed, so neither the page nor Playwright's
 * locators can see into it; the DevTools protocol can, as a browser's own
 * accessibility tools can. Each call looks the element up afresh.
 */
export async function shadowElement(page: Page, selector: string): Promise<ShadowElement> {
  const session = await page.context().newCDPSession(page);
  return {
    async attribute(name) {
      const { attributes } = await session.send('DOM.getAttributes', {
        nodeId: await query(session, selector),
      });
      const index = attributes.indexOf(name);
      return index % 2 === 0 && index !== -1 ? (attributes[index + 1] ?? null) : null;
    },
    async centre() {
      const { model } = await session.send('DOM.getBoxModel', {
        nodeId: await query(session, selector),
      });
      const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
      return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
    },
    async focus() {
      await session.send('DOM.focus', { nodeId: await query(session, selector) });
    },
    async hasFocus() {
      return callOn<boolean>(
        session,
        await query(session, selector),
        'function () { const root = this.getRootNode(); return root.activeElement === this && document.activeElement === root.host && document.hasFocus(); }',
      );
    },
    async style(names) {
      const values = await callOn<string[]>(
        session,
        await query(session, selector),
        `function () { const style = getComputedStyle(this); return ${JSON.stringify(names)}.map((name) => style.getPropertyValue(name)); }`,
      );
      return Object.fromEntries(names.map((name, index) => [name, values[index] ?? '']));
    },
  };
}
