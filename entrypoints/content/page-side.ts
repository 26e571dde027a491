import { browser } from 'wxt/browser';
import { browserMessage } from '../../utils/i18n/browser-messages';
import type { Integration } from '../../utils/integrations/index';
import { parseMessage } from '../../utils/messaging/messages';
import { type PortServer, type RequestHandlers, servePort } from '../../utils/messaging/port-rpc';
import {
  isOwnExtensionContext,
  PANEL_PORT_NAME,
  PANEL_REQUEST_PARAMS,
  type PageEvents,
  type PanelRequests,
  RUNTIME_REQUEST_PARAMS,
  type RuntimeRequests,
} from '../../utils/messaging/protocol';
import { requestRuntime } from '../../utils/messaging/runtime-client';
import type { AnchorReport } from '../../utils/model/page';
import type { HostLabels, OpeningLayout } from '../../utils/model/panel-host';
import { watchDocument } from './document-watch';
import { createPageRoom } from './page-room';
import { mountPanelHost, type PanelHost } from './panel-host';

const SELECTION_DEBOUNCE_MS = 120;

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function browserLabels(): HostLabels {
  return {
    hostRegion: browserMessage('extName'),
    hostResize: browserMessage('hostResize'),
    hostExpand: browserMessage('hostExpand'),
    hostFrameTitle: browserMessage('hostFrameTitle'),
    hostCovered: browserMessage('hostCovered'),
  };
}

function sendToBackground<K extends keyof RuntimeRequests & string>(
  type: K,
  params: RuntimeRequests[K]['params'],
): Promise<RuntimeRequests[K]['result']> {
  return requestRuntime((message) => browser.runtime.sendMessage(message), type, params);
}

/**
 * Everything the content script does: mount the panel on demand, answer the
 * panel's requests through the page integration, and tell the panel when
 * the teacher selects a passage. The panel is only trusted after it proves,
 * with the token in its URL, that it is the frame mounted here.
 */
export function startPageSide(doc: Document, integration: Integration): void {
  let host: PanelHost | null = null;
  const token = randomToken();
  const panels = new Set<PortServer<PageEvents>>();

  /** Tells every connected panel of this tab what the page noticed. */
  function broadcast<K extends keyof PageEvents>(type: K, params: PageEvents[K]): void {
    for (const panel of panels) panel.emit(type, params);
  }

  /** What the panel last asked to mark, so marks come back when a hidden panel is shown again. */
  let placement: PanelRequests['page/place']['parsed'] | null = null;

  /** The page moved to another document: the old one's marks go, and the panels follow. */
  const documentWatch = watchDocument(
    doc.defaultView ?? window,
    () => integration.identify(),
    (identity) => {
      placement = null;
      integration.clear();
      broadcast('page/documentChanged', identity);
    },
  );

  /** The teacher's selection, named with the document it was made in. */
  async function captureSelection() {
    const { key } = documentWatch.current();
    const anchor = await integration.captureSelection();
    return anchor ? { anchor, documentKey: key } : null;
  }

  /** The integration's reports, followed by those of the items that could not be read. */
  function withUnreadable(reports: AnchorReport[]): AnchorReport[] {
    return placement ? [...reports, ...placement.unreadable] : reports;
  }

  async function place(params: PanelRequests['page/place']['parsed']): Promise<AnchorReport[]> {
    placement = params;
    const reports = await integration.place(params.items, params.palette);
    return [...reports, ...params.unreadable];
  }

  /** Marks only while the panel is visible: a closed panel leaves the document as it was. */
  function showMarks(visible: boolean): void {
    if (!visible) {
      integration.clear();
      return;
    }
    if (!placement) return;
    void place(placement).then((reports) => {
      broadcast('page/anchorsChanged', { reports });
    });
  }

  function mount(layout: OpeningLayout): PanelHost {
    const panelUrl = `${browser.runtime.getURL('/panel.html')}#${token}`;
    return mountPanelHost({
      doc,
      panelUrl,
      layout,
      room: createPageRoom(doc),
      labels: browserLabels(),
      onLayoutChange: (next) => void sendToBackground('layout/save', next).catch(() => {}),
    });
  }

  async function toggle(
    via: 'button' | 'shortcut',
    layout: OpeningLayout,
  ): Promise<{ open: boolean }> {
    // The page may have removed the host; the toolbar button must still open a panel.
    if (host && !host.element.isConnected) {
      host.destroy();
      host = null;
    }
    if (!host) {
      host = mount(layout);
      const mounted = host;
      // Let the closed position render once so the panel slides in.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      mounted.setOpen(true);
      return { open: true };
    }
    // The shortcut pressed in the page: to the open panel, not away from it.
    if (via === 'shortcut' && host.isOpen() && doc.activeElement !== host.element) {
      host.focus();
      return { open: true };
    }
    host.setOpen(!host.isOpen());
    showMarks(host.isOpen());
    return { open: host.isOpen() };
  }

  // Answered through sendResponse: the content script uses the browser's own API
  // (see wxt.config.ts), where a listener keeps the channel open by returning true.
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    if (!isOwnExtensionContext(sender, browser.runtime.id)) return undefined;
    const request = parseMessage(RUNTIME_REQUEST_PARAMS, raw);
    if (request?.type !== 'host/toggle') return undefined;
    void toggle(request.params.via, request.params.layout).then(sendResponse);
    return true;
  });

  const handlers: RequestHandlers<PanelRequests> = {
    'page/hello': () => documentWatch.current(),
    'page/identify': () => documentWatch.current(),
    'page/selection': () => captureSelection(),
    'page/scrollTo': async ({ anchor }) => ({ found: await integration.reveal(anchor) }),
    'page/place': async (params) => ({ reports: await place(params) }),
    'page/insert': (request) => integration.insert(request),
    'page/access': () => integration.access(),
    'host/close': () => {
      host?.setOpen(false);
      showMarks(false);
      return null;
    },
    'host/setCollapsed': ({ collapsed }) => {
      host?.setCollapsed(collapsed);
      return null;
    },
    'host/localize': (labels) => {
      host?.localize(labels);
      return null;
    },
    'host/placement': ({ placement }) =>
      host?.setPlacement(placement) ?? { actual: placement, problem: null },
  };

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PANEL_PORT_NAME || port.sender?.id !== browser.runtime.id) {
      port.disconnect();
      return;
    }
    let trusted = false;
    const server = servePort<PanelRequests, PageEvents>(
      port,
      PANEL_REQUEST_PARAMS,
      handlers,
      (request) => {
        if (trusted) return true;
        // The handshake: only a hello carrying this page's token opens the port.
        const params = request.params as PanelRequests['page/hello']['parsed'];
        if (request.type === 'page/hello' && params.token === token) {
          trusted = true;
          panels.add(server);
          watchSelection(true);
          documentWatch.start();
          return true;
        }
        queueMicrotask(() => port.disconnect());
        return false;
      },
    );
    port.onDisconnect.addListener(() => {
      panels.delete(server);
      if (panels.size === 0) {
        placement = null;
        integration.clear();
        watchSelection(false);
        documentWatch.stop();
      }
    });
  });

  integration.subscribe({
    anchorsChanged: (reports) => {
      broadcast('page/anchorsChanged', { reports: withUnreadable(reports) });
    },
    highlightActivated: (id, how) => {
      broadcast('page/highlightActivated', { id, how });
    },
    accessChanged: (access) => broadcast('page/accessChanged', access),
    commentSettled: (outcome) => broadcast('page/commentSettled', outcome),
  });

  /** Selections the DOM does not show (Docs' canvas) are watched only while a panel is connected. */
  let stopSelectionWatch: (() => void) | null = null;
  function watchSelection(wanted: boolean): void {
    if (wanted && !stopSelectionWatch) {
      stopSelectionWatch = integration.subscribe({
        selectionChanged: (anchor) => {
          const { key } = documentWatch.current();
          broadcast('page/selectionChanged', { anchor, documentKey: key });
        },
      });
    } else if (!wanted && stopSelectionWatch) {
      stopSelectionWatch();
      stopSelectionWatch = null;
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  doc.addEventListener('selectionchange', () => {
    if (panels.size === 0) return;
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const selection = await captureSelection().catch(() => null);
      if (!selection) return;
      broadcast('page/selectionChanged', selection);
    }, SELECTION_DEBOUNCE_MS);
  });
}
