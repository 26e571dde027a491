import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startPageSide } from '../../../entrypoints/content/page-side';
import type { Integration, IntegrationEvents } from '../../../utils/integrations/types';
import { PANEL_PORT_NAME } from '../../../utils/messaging/protocol';
import type { Anchor } from '../../../utils/model/anchor';
import { connectedPorts, type FakePort } from '../messaging/ports';

type Port = Browser.runtime.Port;

/** The token the content script puts in the panel's URL, with randomness made predictable. */
const TOKEN = '00'.repeat(16);

const READABLE: Anchor = {
  quote: { type: 'TextQuoteSelector', exact: 'the war ended', prefix: 'In 1945 ', suffix: '' },
  position: { type: 'TextPositionSelector', start: 8, end: 21 },
};
/** Restored from an old backup: the position ends before it starts. */
const DAMAGED = { ...READABLE, position: { type: 'TextPositionSelector', start: 21, end: 8 } };

/** An integration that finds every passage it is given, and records what it was given. */
function fakeIntegration() {
  const placed: unknown[][] = [];
  const listeners = new Set<Partial<IntegrationEvents>>();
  const integration: Integration = {
    identify: () => ({ key: 'doc', url: 'https://school.example/doc', title: 'Essay' }),
    captureSelection: async () => null,
    async place(items) {
      placed.push(items);
      return items.map((item) => ({ id: item.id, status: 'anchored' as const }));
    },
    reveal: async () => true,
    insert: async () => ({ status: 'inserted' }),
    access: async () => null,
    clear() {},
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { integration, placed, listeners };
}

let connect: (port: Port) => void;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(crypto, 'getRandomValues').mockImplementation((array) => array);
  // The fake browser does not implement ports: record the listener the content script registers.
  Object.assign(fakeBrowser.runtime, {
    onConnect: { addListener: (listener: (port: Port) => void) => (connect = listener) },
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The panel's end of a port to the content script, after the handshake. */
async function connectedPanel(): Promise<{
  panelEnd: FakePort;
  ask(type: string, params: unknown): Promise<unknown>;
}> {
  const [panelPort, pagePort, panelEnd] = connectedPorts(PANEL_PORT_NAME, {
    id: fakeBrowser.runtime.id,
  });
  connect(pagePort);
  let nextId = 1;
  const ask = (type: string, params: unknown) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      panelPort.onMessage.addListener((message: { kind: string; id?: number }) => {
        if (message.kind === 'reply' && message.id === id) resolve(message);
      });
      panelPort.postMessage({ kind: 'request', id, type, params });
    });
  await ask('page/hello', { token: TOKEN });
  return { panelEnd, ask };
}

describe('placing a document’s saved passages', () => {
  it('places every readable item and reports a damaged one, instead of refusing them all', async () => {
    const { integration, placed } = fakeIntegration();
    startPageSide(document, integration);
    const { ask } = await connectedPanel();

    const reply = await ask('page/place', {
      items: [
        { id: 'good', anchor: READABLE, level: 'task' },
        { id: 'damaged', anchor: DAMAGED, level: 'process' },
        { id: 'unknown-level', anchor: READABLE, level: 'vibes' },
      ],
      palette: 'standard',
    });

    expect(placed).toEqual([[{ id: 'good', anchor: READABLE, level: 'task' }]]);
    expect(reply).toMatchObject({
      ok: true,
      result: {
        reports: [
          { id: 'good', status: 'anchored' },
          { id: 'damaged', status: 'invalid' },
          { id: 'unknown-level', status: 'invalid' },
        ],
      },
    });
  });

  it('keeps reporting the damaged items when the page’s text changes', async () => {
    const { integration, listeners } = fakeIntegration();
    startPageSide(document, integration);
    const { panelEnd, ask } = await connectedPanel();
    await ask('page/place', {
      items: [
        { id: 'good', anchor: READABLE, level: 'task' },
        { id: 'damaged', anchor: DAMAGED, level: 'task' },
      ],
      palette: 'standard',
    });

    const events: unknown[] = [];
    panelEnd.onMessage.addListener((message) => events.push(message));
    for (const listener of listeners)
      listener.anchorsChanged?.([{ id: 'good', status: 'orphaned' }]);
    await new Promise((resolve) => setTimeout(resolve, 10));

    expect(events).toEqual([
      {
        kind: 'event',
        type: 'page/anchorsChanged',
        params: {
          reports: [
            { id: 'good', status: 'orphaned' },
            { id: 'damaged', status: 'invalid' },
          ],
        },
      },
    ]);
  });
});
