import { useEffect, useState } from 'preact/hooks';
import type { Anchor } from '../../model/anchor';
import type { PageConnection } from '../adapters/page-connection';

/**
 * The passage selected in the page: the selection when the panel opened,
 * then every new one the teacher makes. Clearing it, or moving it (a
 * resumed draft, an item opened for editing), is the session's to do.
 */
export function usePagePassage(
  page: Pick<PageConnection, 'request' | 'on'>,
): [Anchor | null, (update: (current: Anchor | null) => Anchor | null) => void] {
  const [passage, setPassage] = useState<Anchor | null>(null);
  useEffect(() => {
    // The selection at opening time, unless a newer one arrived before the answer.
    let newerSeen = false;
    page
      .request('page/selection', null)
      .then((selection) => {
        if (selection && !newerSeen) setPassage(selection.anchor);
      })
      .catch(() => {});
    return page.on('page/selectionChanged', (selection) => {
      if (!selection) return;
      newerSeen = true;
      setPassage(selection.anchor);
    });
  }, [page]);
  return [passage, setPassage];
}
