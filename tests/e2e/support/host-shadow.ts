import type { CDPSession, Page } from 'playwright-core';
import { type DomNode, findHostNode } from './panel-host';

/** An element inside the panel host's closed shadow root, reached through DevTools. */
export interface ShadowElement {
  attribute(name: string): Promise<string | null>;
  /** Centre of the element in page coordinates, for real mouse clicks and drags. */
  centre(): Promise<{ x: number; y: number }>;
  focus(): Promise<void>;
}

async function query(session: CDPSession, selector: string): Promise<number> {
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  const shadow = findHostNode(root)?.shadowRoots?.[0];
  if (!shadow) throw new Error('no panel host shadow root');
  const { nodeId } = await session.send('DOM.querySelector', { nodeId: shadow.nodeId, selector });
  if (!nodeId) throw new Error(`nothing matches ${selector} in the panel host`);
  return nodeId;
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
  };
}
