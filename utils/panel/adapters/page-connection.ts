import { browser } from 'wxt/browser';
import {
  connectThroughBackground,
  isFramedWithoutTabs,
} from '../../messaging/firefox-framed-panel';
import {
  createPortClient,
  DEFAULT_REQUEST_TIMEOUT_MS,
  type PortClient,
} from '../../messaging/port-rpc';
import {
  PAGE_EVENTS,
  PANEL_PORT_NAME,
  PANEL_REPLIES,
  type PageEvents,
  type PanelRequests,
} from '../../messaging/protocol';
import type { DocumentIdentity } from '../../model/document';

/**
 * Inserting into Google Docs waits for Docs' own comment box step by step
 * (each step with its own time limit on the page side), so it gets longer.
 */
const INSERT_TIMEOUT_MS = 15_000;

/** The panel's link to the page it was opened on. */
export interface PageConnection {
  /** The document the page shows, as the page described it during the handshake. */
  document: DocumentIdentity;
  request: PortClient<PanelRequests, PageEvents>['request'];
  /** Listens to one kind of page event; returns an unsubscribe. */
  on<K extends keyof PageEvents>(type: K, listener: (params: PageEvents[K]) => void): () => void;
  onDisconnect(listener: () => void): void;
}

/** The outcome of the handshake: a working connection, or why the panel must stay empty. */
export type ConnectResult =
  | { status: 'connected'; connection: PageConnection }
  | { status: 'refused' };

/** A port straight to the content script in the top frame of the panel's own tab. */
async function connectToOwnTab() {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id === undefined) return undefined;
  return browser.tabs.connect(tab.id, { frameId: 0, name: PANEL_PORT_NAME });
}

/**
 * Opens the panel's port to the content script of its own tab and proves,
 * with the token the content script put in this frame's URL, that this frame
 * is the one it mounted (in Firefox, through the background: see
 * firefox-framed-panel.ts). A frame that some page made itself (by learning the
 * panel's URL) cannot pass, and then the panel shows no data at all.
 */
export async function connectToPage(): Promise<ConnectResult> {
  const token = location.hash.slice(1);
  const framedByTopPage = window.parent !== window && window.parent === window.top;
  if (!token || !framedByTopPage) return { status: 'refused' };
  const port = isFramedWithoutTabs() ? connectThroughBackground() : await connectToOwnTab();
  if (!port) return { status: 'refused' };

  const client = createPortClient<PanelRequests, PageEvents>(
    port,
    { results: PANEL_REPLIES, events: PAGE_EVENTS },
    (type) => (type === 'page/insert' ? INSERT_TIMEOUT_MS : DEFAULT_REQUEST_TIMEOUT_MS),
  );
  try {
    const document = await client.request('page/hello', { token });
    return {
      status: 'connected',
      connection: {
        document,
        request: client.request,
        on: (wanted, listener) =>
          client.onEvent((type, params) => {
            if (type === wanted) listener(params as never);
          }),
        onDisconnect: client.onDisconnect,
      },
    };
  } catch {
    port.disconnect();
    return { status: 'refused' };
  }
}
