import type * as v from 'valibot';
import { checkReply } from './messages';
import { RUNTIME_REPLIES, type RuntimeRequests } from './protocol';

/**
 * Sends one background ⇄ content script request through `send`
 * (`runtime.sendMessage` or `tabs.sendMessage`) and checks the reply against
 * the protocol before anyone uses it: a malformed reply rejects with a
 * MalformedReplyError, so the sender can tell it from "nobody answered".
 */
export async function requestRuntime<K extends keyof RuntimeRequests & string>(
  send: (message: { type: K; params: RuntimeRequests[K]['params'] }) => Promise<unknown>,
  type: K,
  params: RuntimeRequests[K]['params'],
): Promise<RuntimeRequests[K]['result']> {
  const reply = await send({ type, params });
  const schema = RUNTIME_REPLIES[type] as v.GenericSchema<unknown, RuntimeRequests[K]['result']>;
  return checkReply(schema, type, reply);
}
