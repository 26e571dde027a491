import * as v from 'valibot';
import { ShortTextSchema, UrlTextSchema } from './fields';

/**
 * What the page tells the panel about the document it shows, in the handshake.
 * Bounded like the stored document it becomes, so a page cannot hand the panel
 * an identity that the database or a backup would later refuse.
 */
export const DocumentIdentitySchema = v.strictObject({
  /** The canonical key the document's feedback is stored under. */
  key: UrlTextSchema,
  url: UrlTextSchema,
  title: ShortTextSchema,
});
export type DocumentIdentity = v.InferOutput<typeof DocumentIdentitySchema>;
