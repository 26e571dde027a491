import type { DocumentIdentity } from '../db/documents';
import { canonicalDocumentKey } from './key';

/**
 * Which document the page shows, told the same way by every integration so
 * a student text is stored under one key whichever site shows it. Only the
 * title is the site's to tidy (Google Docs appends its own name); a page
 * whose address has no canonical key is kept under the address itself.
 */
export function pageIdentity(doc: Document, title: string): DocumentIdentity {
  const href = doc.location?.href ?? '';
  return { key: canonicalDocumentKey(href) ?? href, url: href, title: title.trim() };
}
