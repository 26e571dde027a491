import type { PageEvents, PanelRequests } from '../../../utils/messaging/protocol';
import type { DocumentIdentity } from '../../../utils/model/document';
import type { PageSelection } from '../../../utils/model/page';
import type { PageConnection } from '../../../utils/panel/adapters/page-connection';

// The page a panel is connected to, faked for the tests: what it answers,
// what it was asked, and the events it sends. Kept apart from ./fakes, which
// loads the whole panel, so a test of one component can use it too.

/** The document the fake page shows. */
export const ESSAY: DocumentIdentity = {
  key: 'gdoc:essay-1',
  url: 'https://docs.google.com/document/d/essay-1/edit',
  title: 'Essay on climate',
};

type RequestType = keyof PanelRequests & string;
type Handler<K extends RequestType> = (
  params: PanelRequests[K]['params'],
) => PanelRequests[K]['result'] | Promise<PanelRequests[K]['result']>;

/** A recorded request from the panel to its page. */
export interface RecordedRequest {
  type: RequestType;
  params: unknown;
}

/** A page the panel is connected to, which the test controls. */
export interface FakePage {
  connection: PageConnection;
  /** Every request the panel made, in order. */
  requests: RecordedRequest[];
  /** The parameters of every request of one type. */
  requestsOf<K extends RequestType>(type: K): PanelRequests[K]['params'][];
  /** What 'page/selection' answers. */
  selection: PageSelection | null;
  /** What 'page/scrollTo' answers. */
  found: boolean;
  /** The document the page shows now ('page/identify'); starts as the one of the handshake. */
  shows: DocumentIdentity;
  /** The page moves on to another document without reloading, as a single-page app does. */
  moveTo(document: DocumentIdentity): void;
  /** Replaces the answer to one request type (e.g. to make it reject). */
  handle<K extends RequestType>(type: K, handler: Handler<K>): void;
  /** The page tells the panel the teacher selected something. */
  pushSelection(selection: PageSelection | null): void;
  /** Sends any page event to the panel, as the content script would. */
  emit<K extends keyof PageEvents>(type: K, params: PageEvents[K]): void;
  /** The page went away (reload, extension update). */
  disconnect(): void;
}

export function createFakePage(
  options: { document?: DocumentIdentity; selection?: PageSelection | null } = {},
): FakePage {
  const eventListeners = new Set<{ type: keyof PageEvents; listener: (params: never) => void }>();
  const disconnectListeners: (() => void)[] = [];
  const handlers = new Map<RequestType, (params: unknown) => unknown>();

  const fake: FakePage = {
    requests: [],
    selection: options.selection ?? null,
    found: true,
    shows: options.document ?? ESSAY,
    moveTo(document) {
      fake.shows = document;
      fake.emit('page/documentChanged', document);
    },
    requestsOf<K extends RequestType>(type: K) {
      return fake.requests
        .filter((request) => request.type === type)
        .map((request) => request.params as PanelRequests[K]['params']);
    },
    handle(type, handler) {
      handlers.set(type, handler as (params: unknown) => unknown);
    },
    pushSelection(next) {
      fake.emit('page/selectionChanged', next);
    },
    emit(type, params) {
      for (const entry of eventListeners) {
        if (entry.type === type) entry.listener(params as never);
      }
    },
    disconnect() {
      for (const listener of disconnectListeners) listener();
    },
    connection: {
      document: options.document ?? ESSAY,
      request: (async (type: RequestType, params: unknown) => {
        fake.requests.push({ type, params });
        const handler = handlers.get(type);
        if (handler) return handler(params);
        if (type === 'page/selection') return fake.selection;
        if (type === 'page/identify') return fake.shows;
        if (type === 'page/scrollTo') return { found: fake.found };
        if (type === 'page/place') {
          const { items } = params as PanelRequests['page/place']['params'];
          return { reports: items.map((item) => ({ id: item.id, status: 'anchored' })) };
        }
        if (type.startsWith('host/')) return null;
        throw new Error(`unexpected request ${type}`);
      }) as PageConnection['request'],
      on(type, listener) {
        const entry = { type, listener: listener as (params: never) => void };
        eventListeners.add(entry);
        return () => eventListeners.delete(entry);
      },
      onDisconnect(listener) {
        disconnectListeners.push(listener);
      },
    },
  };
  return fake;
}
