import * as v from 'valibot';
import { KeptDraftSchema } from '../model/kept-draft';
import type { RequestTypes } from './messages';

/**
 * Extension page (the panel frame) → background worker: the one request a
 * page cannot do itself. Kept apart from `protocol.ts` so the content
 * script, which never sends it, does not carry its schemas.
 */
export const WORKER_REQUEST_PARAMS = {
  /** Store this draft: the panel's frame is going and its own write would die with it. */
  'draft/keep': KeptDraftSchema,
};

/** Extension page → background worker: what each reply must be. */
export const WORKER_REPLIES = {
  'draft/keep': v.null(),
};

/** Extension page → background worker requests, their parameters and replies. */
export type WorkerRequests = RequestTypes<typeof WORKER_REQUEST_PARAMS, typeof WORKER_REPLIES>;
