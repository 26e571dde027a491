/**
 * The narrow channel between our page-world script (which alone can call
 * Docs' annotated-text API) and the content script. Both sides exchange
 * CustomEvents on `document` whose detail is a JSON string (objects do not
 * cross between the page world and the isolated world), never
 * window.postMessage. Every message is checked field by field on arrival;
 * anything else is ignored. Anything in the page can read and forge these
 * events, so the channel carries only what Docs already offers every script
 * in its page, and the content script treats every answer as untrusted data.
 */

/** Content script → page world. */
export const REQUEST_EVENT = 'feedforward:docs-request';
/** Page world → content script. */
export const RESPONSE_EVENT = 'feedforward:docs-response';

/** Longest JSON detail either side accepts (a large essay's text fits many times over). */
export const MAX_MESSAGE_LENGTH = 8_000_000;

/** A selection in Docs' raw offsets. */
export interface RawRange {
  start: number;
  end: number;
}

/** The fixed set of requests, with their parameters and results. */
export type BridgeRequests = {
  /** Docs' whole annotated text, control characters included. */
  text: { params: null; result: { text: string } };
  /** Docs' current selection (null when Docs reports none). */
  selection: { params: null; result: { range: RawRange | null } };
  /** Selects a raw range in Docs, which scrolls to it. */
  select: { params: RawRange; result: null };
};

export type BridgeRequestType = keyof BridgeRequests;

/**
 * Why the page world could not answer: Docs has not defined its API (not
 * loaded yet, or no annotated canvas for us), or its API refused our id.
 */
export type BridgeFailure = 'apiMissing' | 'refused';

export interface BridgeRequest<K extends BridgeRequestType = BridgeRequestType> {
  id: string;
  type: K;
  params: BridgeRequests[K]['params'];
}

export type BridgeResponse =
  | { id: string; ok: true; result: unknown }
  | { id: string; ok: false; failure: BridgeFailure };

const REQUEST_ID = /^[A-Za-z0-9]{8,64}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOnlyKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Checks a range's shape: two non-negative integers, in order, nothing else. */
export function isRawRange(value: unknown): value is RawRange {
  return (
    isRecord(value) &&
    hasOnlyKeys(value, ['start', 'end']) &&
    isOffset(value.start) &&
    isOffset(value.end) &&
    value.start <= value.end
  );
}

/** Parses a JSON detail, or null when it is not a string, too long or not JSON. */
function parseDetail(detail: unknown): Record<string, unknown> | null {
  if (typeof detail !== 'string' || detail.length > MAX_MESSAGE_LENGTH) return null;
  try {
    const parsed: unknown = JSON.parse(detail);
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** The page world's check of an incoming request: null for anything not exactly one of ours. */
export function parseBridgeRequest(detail: unknown): BridgeRequest | null {
  const message = parseDetail(detail);
  if (!message || !hasOnlyKeys(message, ['id', 'type', 'params'])) return null;
  const { id, type, params } = message;
  if (typeof id !== 'string' || !REQUEST_ID.test(id)) return null;
  if ((type === 'text' || type === 'selection') && params === null) return { id, type, params };
  if (type === 'select' && isRawRange(params)) return { id, type, params };
  return null;
}

/** The content script's check of an answer's envelope (the result is checked per request type). */
export function parseBridgeResponse(detail: unknown): BridgeResponse | null {
  const message = parseDetail(detail);
  if (!message || typeof message.id !== 'string' || !REQUEST_ID.test(message.id)) return null;
  if (message.ok === true && hasOnlyKeys(message, ['id', 'ok', 'result'])) {
    return { id: message.id, ok: true, result: message.result };
  }
  if (
    message.ok === false &&
    hasOnlyKeys(message, ['id', 'ok', 'failure']) &&
    (message.failure === 'apiMissing' || message.failure === 'refused')
  ) {
    return { id: message.id, ok: false, failure: message.failure };
  }
  return null;
}

/** Per request type, whether an answer's result has the promised shape. */
export const RESULT_CHECKS: { [K in BridgeRequestType]: (result: unknown) => boolean } = {
  text: (result) =>
    isRecord(result) && hasOnlyKeys(result, ['text']) && typeof result.text === 'string',
  selection: (result) =>
    isRecord(result) &&
    hasOnlyKeys(result, ['range']) &&
    (result.range === null || isRawRange(result.range)),
  select: (result) => result === null,
};
