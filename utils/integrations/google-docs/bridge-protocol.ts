import * as v from 'valibot';
import { parseMessage, type RequestTypes } from '../../messaging/messages';
import { CountSchema } from '../../model/fields';

/**
 * The narrow channel between our page-world script (which alone can call
 * Docs' annotated-text API) and the content script. Both sides exchange
 * CustomEvents on `document` whose detail is a JSON string (objects do not
 * cross between the page world and the isolated world), never
 * window.postMessage. Every message is checked against the schemas below on
 * arrival, with exactly the keys they name; anything else is ignored.
 * Anything in the page can read and forge these events, so the channel
 * carries only what Docs already offers every script in its page, and the
 * content script treats every answer as untrusted data.
 */

/** Content script → page world. */
export const REQUEST_EVENT = 'feedforward:docs-request';
/** Page world → content script. */
export const RESPONSE_EVENT = 'feedforward:docs-response';

/** Longest JSON detail either side accepts (a large essay's text fits many times over). */
export const MAX_MESSAGE_LENGTH = 8_000_000;

/** A selection in Docs' raw offsets: two whole offsets, in order, nothing else. */
export const RawRangeSchema = v.pipe(
  v.strictObject({ start: CountSchema, end: CountSchema }),
  v.check(({ start, end }) => start <= end, 'a range must not end before it starts'),
);
export type RawRange = v.InferOutput<typeof RawRangeSchema>;

const NONE = v.null();

/** The fixed set of requests: what each carries. */
const BRIDGE_REQUEST_PARAMS = {
  /** Docs' whole annotated text, control characters included. */
  text: NONE,
  /** Docs' current selection (null when Docs reports none). */
  selection: NONE,
  /** Selects a raw range in Docs, which scrolls to it. */
  select: RawRangeSchema,
};

/** What each request's answer must be; an answer of another shape is ignored. */
export const BRIDGE_RESULTS = {
  text: v.strictObject({ text: v.string() }),
  selection: v.strictObject({ range: v.nullable(RawRangeSchema) }),
  select: NONE,
};

/** The bridge's requests, with their parameters and results. */
export type BridgeRequests = RequestTypes<typeof BRIDGE_REQUEST_PARAMS, typeof BRIDGE_RESULTS>;
export type BridgeRequestType = keyof BridgeRequests;

/** A fresh random id per request, so an answer can be matched to it. */
const RequestIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9]{8,64}$/));

/**
 * Why the page world could not answer: Docs has not defined its API (not
 * loaded yet, or no annotated canvas for us), its API refused our id (it
 * threw), or it answered with something that is not the annotated text.
 */
const BridgeFailureSchema = v.picklist(['apiMissing', 'refused', 'junk']);
export type BridgeFailure = v.InferOutput<typeof BridgeFailureSchema>;

/** A detail either side accepts: a JSON string, not too long, of an object. */
const JsonDetailSchema = v.pipe(v.string(), v.maxLength(MAX_MESSAGE_LENGTH), v.parseJson());

const RequestEnvelopeSchema = v.pipe(
  JsonDetailSchema,
  v.strictObject({ id: RequestIdSchema, type: v.string(), params: v.unknown() }),
);

/** A request with a known type and well-formed parameters. */
export type BridgeRequest = {
  [K in BridgeRequestType]: { id: string; type: K; params: BridgeRequests[K]['parsed'] };
}[BridgeRequestType];

/** The page world's check of an incoming request: null for anything not exactly one of ours. */
export function parseBridgeRequest(detail: unknown): BridgeRequest | null {
  const envelope = v.safeParse(RequestEnvelopeSchema, detail);
  if (!envelope.success) return null;
  const { id, type, params } = envelope.output;
  const request = parseMessage(BRIDGE_REQUEST_PARAMS, { type, params });
  return request && ({ id, ...request } as BridgeRequest);
}

/** The page world's answer: a result (checked per request type by the content script) or a failure. */
const BridgeResponseSchema = v.pipe(
  JsonDetailSchema,
  v.union([
    v.strictObject({ id: RequestIdSchema, ok: v.literal(true), result: v.unknown() }),
    v.strictObject({ id: RequestIdSchema, ok: v.literal(false), failure: BridgeFailureSchema }),
  ]),
);
export type BridgeResponse = v.InferOutput<typeof BridgeResponseSchema>;

/** The content script's check of an answer's envelope (the result is checked per request type). */
export function parseBridgeResponse(detail: unknown): BridgeResponse | null {
  const response = v.safeParse(BridgeResponseSchema, detail);
  return response.success ? response.output : null;
}
