import * as v from 'valibot';
import {
  BRIDGE_RESULTS,
  type BridgeFailure,
  type BridgeRequests,
  type BridgeRequestType,
  parseBridgeResponse,
  type RawRange,
  REQUEST_EVENT,
  RESPONSE_EVENT,
} from './bridge-protocol';

/** Why a bridge request failed: no answer in time, or the page world's failure. */
export type BridgeErrorKind = 'noAnswer' | BridgeFailure;

/** A failed bridge request; `kind` decides what the teacher is told. */
export class BridgeError extends Error {
  constructor(readonly kind: BridgeErrorKind) {
    super(`Google Docs bridge: ${kind}`);
  }
}

/** The content script's side of the bridge to Docs' annotated-text API. */
export interface DocsBridge {
  /** Docs' raw annotated text. */
  text(): Promise<string>;
  /** Docs' selection in raw offsets, or null. */
  selection(): Promise<RawRange | null>;
  /** Selects a raw range in Docs (Docs scrolls to it). */
  select(range: RawRange): Promise<void>;
}

/** How long to wait for the page world's answer: it is local, so a slow answer means none. */
const DEFAULT_TIMEOUT_MS = 1500;

function requestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Talks to the page-world script over CustomEvents on `doc`. Each request
 * gets a fresh random id and a timeout; an answer counts only if it names a
 * pending id and has exactly the shape its request type promises. Anything
 * else (forged, malformed, late, duplicate) is ignored.
 */
export function createDocsBridge(doc: Document, timeoutMs = DEFAULT_TIMEOUT_MS): DocsBridge {
  const pending = new Map<
    string,
    { type: BridgeRequestType; resolve(result: unknown): void; reject(error: BridgeError): void }
  >();

  doc.addEventListener(RESPONSE_EVENT, (event) => {
    const response = parseBridgeResponse((event as CustomEvent).detail);
    const waiting = response && pending.get(response.id);
    if (!response || !waiting) return;
    if (!response.ok) {
      pending.delete(response.id);
      waiting.reject(new BridgeError(response.failure));
      return;
    }
    const result = v.safeParse(BRIDGE_RESULTS[waiting.type], response.result);
    if (!result.success) return;
    pending.delete(response.id);
    waiting.resolve(result.output);
  });

  function request<K extends BridgeRequestType>(
    type: K,
    params: BridgeRequests[K]['params'],
  ): Promise<BridgeRequests[K]['result']> {
    const id = requestId();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new BridgeError('noAnswer'));
      }, timeoutMs);
      pending.set(id, {
        type,
        resolve: (result) => {
          clearTimeout(timer);
          resolve(result as BridgeRequests[K]['result']);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      doc.dispatchEvent(
        new CustomEvent(REQUEST_EVENT, { detail: JSON.stringify({ id, type, params }) }),
      );
    });
  }

  return {
    text: async () => (await request('text', null)).text,
    selection: async () => (await request('selection', null)).range,
    select: async (range) => {
      await request('select', { start: range.start, end: range.end });
    },
  };
}
