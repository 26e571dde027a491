import * as v from 'valibot';
import type { Browser } from 'wxt/browser';
import {
  checkReply,
  type EventSchemas,
  type ParamSchemas,
  parseMessage,
  type RequestMap,
  type ResultSchemas,
} from './messages';

type Port = Browser.runtime.Port;

/**
 * What travels on a panel ⇄ page port: requests one way; their replies (a
 * result or an error) and events the other. Each end checks what arrives
 * against the envelopes it expects and ignores anything else; the parameters,
 * results and event payloads inside are then checked against their own type's
 * schema. The page's end holds only the request envelope, which keeps the
 * content script small.
 */
const RequestIdSchema = v.pipe(v.number(), v.integer(), v.minValue(1));
const RequestWireSchema = v.strictObject({
  kind: v.literal('request'),
  id: RequestIdSchema,
  type: v.string(),
  params: v.unknown(),
});
const ReplyWireSchema = v.variant('ok', [
  v.strictObject({
    kind: v.literal('reply'),
    id: RequestIdSchema,
    ok: v.literal(true),
    result: v.unknown(),
  }),
  v.strictObject({
    kind: v.literal('reply'),
    id: RequestIdSchema,
    ok: v.literal(false),
    error: v.string(),
  }),
]);
const EventWireSchema = v.strictObject({
  kind: v.literal('event'),
  type: v.string(),
  params: v.unknown(),
});
const ToPanelWireSchema = v.union([ReplyWireSchema, EventWireSchema]);
type Wire =
  | v.InferOutput<typeof RequestWireSchema>
  | v.InferOutput<typeof ReplyWireSchema>
  | v.InferOutput<typeof EventWireSchema>;

/** The message if it passes the envelope schema, else null. */
function parseWire<T>(schema: v.GenericSchema<unknown, T>, message: unknown): T | null {
  const wire = v.safeParse(schema, message);
  return wire.success ? wire.output : null;
}

/** How long a request may wait for its reply before it fails with a clear error. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 5000;

/** The requesting end of a port (the panel). */
export interface PortClient<M extends RequestMap, E extends Record<string, unknown>> {
  request<K extends keyof M & string>(type: K, params: M[K]['params']): Promise<M[K]['result']>;
  onEvent(listener: (type: keyof E & string, params: E[keyof E]) => void): () => void;
  onDisconnect(listener: () => void): void;
}

/**
 * Turns a port into request/reply calls with timeouts. Replies are matched by
 * id and checked against their request type's schema: a malformed reply
 * fails its request with a MalformedReplyError instead of being trusted. A
 * closed port fails every pending request at once, so the panel never waits
 * forever on a page that went away. Events that fail their schema are dropped.
 */
export function createPortClient<M extends RequestMap, E extends Record<string, unknown>>(
  port: Port,
  schemas: { results: ResultSchemas<M>; events: EventSchemas<E> },
  timeoutMs: number | ((type: keyof M & string) => number) = DEFAULT_REQUEST_TIMEOUT_MS,
): PortClient<M, E> {
  const timeoutOf = typeof timeoutMs === 'number' ? () => timeoutMs : timeoutMs;
  let nextId = 1;
  let closed = false;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  const eventListeners = new Set<(type: keyof E & string, params: E[keyof E]) => void>();
  const disconnectListeners: (() => void)[] = [];

  port.onMessage.addListener((raw: unknown) => {
    const message = parseWire(ToPanelWireSchema, raw);
    if (message?.kind === 'reply') {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.ok) waiting?.resolve(message.result);
      else waiting?.reject(new Error(message.error));
    } else if (message?.kind === 'event') {
      const event = parseMessage(schemas.events, { type: message.type, params: message.params });
      if (!event) return;
      for (const listener of eventListeners) listener(event.type, event.params as E[keyof E]);
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
            try {
              resolve(checkReply(schemas.results[type], type, value));
            } catch (error) {
              reject(error);
            }
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

/** Handlers for every request type of a map: each gets the parameters its schema produced. */
export type RequestHandlers<M extends RequestMap> = {
  [K in keyof M]: (params: M[K]['parsed']) => M[K]['result'] | Promise<M[K]['result']>;
};

/** A request that passed its schema, as `accept` sees it. */
export interface ParsedRequest<M extends RequestMap> {
  type: keyof M & string;
  params: M[keyof M]['parsed'];
}

/** The answering end of a port (the content script). */
export interface PortServer<E extends Record<string, unknown>> {
  emit<K extends keyof E & string>(type: K, params: E[K]): void;
}

/**
 * Answers requests arriving on a port. Each is checked against its type's
 * schema in `params`; `accept` sees every well-formed request first and may
 * refuse it (the handshake uses this). A refused or malformed request gets an
 * error reply, and a handler's failure is sent back as an error instead of
 * leaving the caller waiting.
 */
export function servePort<M extends RequestMap, E extends Record<string, unknown>>(
  port: Port,
  params: ParamSchemas<M>,
  handlers: RequestHandlers<M>,
  accept: (request: ParsedRequest<M>) => boolean = () => true,
): PortServer<E> {
  const reply = (message: Wire) => {
    try {
      port.postMessage(message);
    } catch {
      // The panel went away while we worked; nobody is waiting for this reply.
    }
  };
  port.onMessage.addListener(async (raw: unknown) => {
    const message = parseWire(RequestWireSchema, raw);
    if (!message) return;
    const { type, params: carried } = message;
    const request = parseMessage(params, { type, params: carried }) as ParsedRequest<M> | null;
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
