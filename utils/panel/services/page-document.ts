import type { DocumentIdentity } from '../../model/document';
import type { PageConnection } from '../adapters/page-connection';

/**
 * The document the page shows now, when it is not the one the panel's
 * composer writes for; null when it is, or when the page cannot say (a
 * panel whose page went away still saves to the document it was written
 * on). Asked before every save, because an item's document is decided
 * from the page as it is when it is saved: a single-page app may have moved
 * to the next student a moment before, and then the save must be refused,
 * never filed under the wrong student.
 */
export async function documentShownInstead(
  page: Pick<PageConnection, 'request' | 'document'>,
): Promise<DocumentIdentity | null> {
  const shown = await page.request('page/identify', null).catch(() => null);
  return shown && shown.key !== page.document.key ? shown : null;
}
