import type { DocumentIdentity } from '../model/document';
import { MAX_SHORT_TEXT } from '../model/fields';
import { canonicalDocumentKey } from './key';

/**
 * Which document the page shows, told the same way by every integration so
 * a student text is stored under one key whichever site shows it. Only the
 * title is the site's to tidy (Google Docs appends its own name); a page
 * whose address has no canonical key is kept under the address itself. A
 * title longer than a stored title may be is cut, so the panel, which checks
 * the identity on arrival, never turns a page away for its title.
 */
export function pageIdentity(doc: Document, title: string): DocumentIdentity {
  const href = doc.location?.href ?? '';
  return {
    key: canonicalDocumentKey(href) ?? href,
    url: href,
    title: title.trim().slice(0, MAX_SHORT_TEXT),
  };
}
