import type { Browser } from 'wxt/browser';
import type { RequestMap } from './protocol';

type Port = Browser.runtime.Port;

/** What travels on a panel ⇄ page port. */
type Wire =
  | { kind: 'request'; id: number; type: string; params: unknown }
  | { kind: 'reply'; id: number; ok: true; result: unknown }
  | { kind: 'reply'; id: number; ok: false; error: string }
  | { kind: 'event'; type: string; params: unknown };

/** How long a request may wait for its reply before it fails with a clear error. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 5000;

/** The requesting end of a port (the panel). */
export interface PortClient<M extends RequestMap, E extends Record<string, unknown>> {
  request<K extends keyof M & string>(type: K, params: M[K]['params']): Promise<M[K]['result']>;
  onEvent(listener: (type: keyof E & string, params: E[keyof E]) => void): () => void;
  onDisconnect(listener: () => void): void;
}

function isWire(value: unknown): value is Wire {
  return typeof value === 'object' && value !== null && 'kind' in value;
}

/**
 * Turns a port into request/reply calls with timeouts. Replies are matched by
 * id; a closed port fails every pending request at once, so the panel never
 * waits forever on a page that went away. Events are passed through
 * `parseEvent`, which drops anything malformed.
 */
export function createPortClient<M extends RequestMap, E extends Record<string, unknown>>(
  port: Port,
  parseEvent: (raw: unknown) => { type: keyof E & string; params: E[keyof E] } | null,
  timeoutMs: number | ((type: keyof M & string) => number) = DEFAULT_REQUEST_TIMEOUT_MS,
): PortClient<M, E> {
  const timeoutOf = typeof timeoutMs === 'number' ? () => timeoutMs : timeoutMs;
  let nextId = 1;
  let closed = false;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  const eventListeners = new Set<(type: keyof E & string, params: E[keyof E]) => void>();
  const disconnectListeners: (() => void)[] = [];

  port.onMessage.addListener((message: unknown) => {
    if (!isWire(message)) return;
    if (message.kind === 'reply') {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.ok) waiting?.resolve(message.result);
      else waiting?.reject(new Error(message.error));
    } else if (message.kind === 'event') {
      const event = parseEvent(message);
      if (event) for (const listener of eventListeners) listener(event.type, event.params);
    }
  });
  port.onDisconnect.addListener(() => {
    closed = true;
    for (const waiting of pending.values()) waiting.reject(new Error('disconnected'));
    pending.clear();
    for (const listener of disconnectListeners) listener();
  });

  return {
    request(type, params) {
      if (closed) return Promise.reject(new Error('disconnected'));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error('timeout'));
        }, timeoutOf(type));
        pending.set(id, {
          resolve: (value) => {
            clearTimeout(timer);
            resolve(value as M[typeof type]['result']);
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        });
        port.postMessage({ kind: 'request', id, type, params } satisfies Wire);
      });
    },
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    onDisconnect(listener) {
      disconnectListeners.push(listener);
    },
  };
}

/** Handlers for every request type of a map. */
export type RequestHandlers<M extends RequestMap> = {
  [K in keyof M]: (params: M[K]['params']) => M[K]['result'] | Promise<M[K]['result']>;
};

/** The answering end of a port (the content script). */
export interface PortServer<E extends Record<string, unknown>> {
  emit<K extends keyof E & string>(type: K, params: E[K]): void;
}

/**
 * Answers requests arriving on a port. `accept` sees every well-formed request
 * first and may refuse it (the handshake uses this); a refused or malformed
 * request gets an error reply, and a handler's failure is sent back as an
 * error instead of leaving the caller waiting.
 */
export function servePort<M extends RequestMap, E extends Record<string, unknown>>(
  port: Port,
  parseRequest: (raw: unknown) => { type: keyof M; params: unknown } | null,
  handlers: RequestHandlers<M>,
  accept: (request: { type: keyof M; params: unknown }) => boolean = () => true,
): PortServer<E> {
  const reply = (message: Wire) => {
    try {
      port.postMessage(message);
    } catch {
      // The panel went away while we worked; nobody is waiting for this reply.
    }
  };
  port.onMessage.addListener(async (message: unknown) => {
    if (!isWire(message) || message.kind !== 'request') return;
    const request = parseRequest(message);
    if (!request || !accept(request)) {
      reply({ kind: 'reply', id: message.id, ok: false, error: 'refused' });
      return;
    }
    try {
      const handler = handlers[request.type] as (params: unknown) => unknown;
      const result = await handler(request.params);
      reply({ kind: 'reply', id: message.id, ok: true, result });
    } catch (error) {
      reply({ kind: 'reply', id: message.id, ok: false, error: String(error) });
    }
  });
  return {
    emit: (type, params) => reply({ kind: 'event', type, params }),
  };
}
