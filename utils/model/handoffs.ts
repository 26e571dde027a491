import * as v from 'valibot';
import { IdSchema, UrlTextSchema } from './fields';

/**
 * Hand-offs between extension pages: something one page (or the background
 * worker) leaves for another to pick up once, not a preference. They are
 * stored in the settings table under their own keys (see setting-records.ts).
 */

/** A follow-up reminder the teacher clicked: the panel on that document shows the item. */
export const PendingFocusSchema = v.strictObject({ documentKey: UrlTextSchema, itemId: IdSchema });
export type PendingFocus = v.InferOutput<typeof PendingFocusSchema>;

/** The schema of each hand-off, by the key it is stored under; null means nothing is waiting. */
export const HANDOFF_SCHEMAS = {
  pendingFocus: v.nullable(PendingFocusSchema),
};

/** Every hand-off with its type. */
export type Handoffs = {
  [K in keyof typeof HANDOFF_SCHEMAS]: v.InferOutput<(typeof HANDOFF_SCHEMAS)[K]>;
};

/** Nothing is waiting on a fresh install. */
export const NO_HANDOFFS: Handoffs = { pendingFocus: null };
