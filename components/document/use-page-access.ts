import { useEffect, useState } from 'preact/hooks';
import type { DocsAccess } from '../../utils/model/page-access';
import type { PageConnection } from '../../utils/panel/adapters/page-connection';

/**
 * Which way into a Google Docs document works (null on other pages, and
 * until the page has answered), kept current as Docs changes what it offers.
 */
export function usePageAccess(page: Pick<PageConnection, 'request' | 'on'>): DocsAccess | null {
  const [access, setAccess] = useState<DocsAccess | null>(null);
  useEffect(() => {
    let live = true;
    const off = page.on('page/accessChanged', setAccess);
    page.request('page/access', null).then(
      (answer) => {
        if (live) setAccess((now) => now ?? answer);
      },
      () => {},
    );
    return () => {
      live = false;
      off();
    };
  }, [page]);
  return access;
}
