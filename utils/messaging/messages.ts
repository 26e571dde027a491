import * as v from 'valibot';

/**
 * The machinery every message of the protocol goes through: a message is a
 * type and its parameters, each type has one schema for what it carries and
 * one for its reply, and nothing is acted on or trusted before its schema
 * accepted it. The schemas themselves are in `protocol.ts`.
 */

/** Per message type, what a sender sends (`params`), what a receiver gets (`parsed`), the reply. */
export type RequestMap = Record<string, { params: unknown; parsed: unknown; result: unknown }>;

/** Per message type, the schema of what it carries. */
type SchemaMap = Record<string, v.GenericSchema>;

/** The request map a pair of schema maps describes: the types come from the schemas. */
export type RequestTypes<P extends SchemaMap, R extends { [K in keyof P]: v.GenericSchema }> = {
  [K in keyof P & string]: {
    params: v.InferInput<P[K]>;
    parsed: v.InferOutput<P[K]>;
    result: v.InferOutput<R[K]>;
  };
};

/** Per request type, the schema its parameters must pass on arrival. */
export type ParamSchemas<M extends RequestMap> = {
  [K in keyof M]: v.GenericSchema<M[K]['params'], M[K]['parsed']>;
};

/** Per request type, the schema its reply must pass on arrival. */
export type ResultSchemas<M extends RequestMap> = {
  [K in keyof M]: v.GenericSchema<unknown, M[K]['result']>;
};

/** Per event type, the schema its payload must pass on arrival. */
export type EventSchemas<E extends Record<string, unknown>> = {
  [K in keyof E]: v.GenericSchema<unknown, E[K]>;
};

/** A message of one of the map's types, with the parameters its schema produced. */
export type MessageOf<S extends SchemaMap> = {
  [K in keyof S & string]: { type: K; params: v.InferOutput<S[K]> };
}[keyof S & string];

/** Every message's envelope: a type name and whatever it carries, nothing else. */
const MessageSchema = v.strictObject({ type: v.string(), params: v.unknown() });

/**
 * The message if its type is one of `schemas` and its parameters pass that
 * type's schema, else null. Built-in object properties (`toString`,
 * `__proto__`) are never taken for a type, and a message with fields the
 * envelope does not have is refused, as every object in the protocol is.
 */
export function parseMessage<S extends SchemaMap>(schemas: S, raw: unknown): MessageOf<S> | null {
  const message = v.safeParse(MessageSchema, raw);
  if (!message.success || !Object.hasOwn(schemas, message.output.type)) return null;
  const type = message.output.type;
  const params = v.safeParse(schemas[type] as v.GenericSchema, message.output.params);
  return params.success ? ({ type, params: params.output } as MessageOf<S>) : null;
}

/** A reply that does not have the shape its request promises: never trusted, never used. */
export class MalformedReplyError extends Error {
  constructor(type: string) {
    super(`The reply to ${type} was malformed.`);
  }
}

/** The reply, checked against the schema of its request type; throws MalformedReplyError. */
export function checkReply<T>(schema: v.GenericSchema<unknown, T>, type: string, raw: unknown): T {
  const result = v.safeParse(schema, raw);
  if (!result.success) throw new MalformedReplyError(type);
  return result.output;
}
