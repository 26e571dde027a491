import { useLayoutEffect, useState } from 'preact/hooks';
import type { Anchor } from '../../model/anchor';
import type { PageSelection } from '../../model/page';
import type { PageConnection } from '../adapters/page-connection';

/**
 * The passage selected in the page: the selection when the panel opened,
 * then every new one the teacher makes — only those made in this session's
 * document, so a passage of the next student in a single-page app never
 * lands in feedback on the previous one. Clearing it, or moving it (a
 * resumed draft, an item opened for editing), is the session's to do.
 */
export function usePagePassage(
  page: Pick<PageConnection, 'request' | 'on' | 'document'>,
): [Anchor | null, (update: (current: Anchor | null) => Anchor | null) => void] {
  const [passage, setPassage] = useState<Anchor | null>(null);
  // Listening starts as the panel is rendered, not a frame later: a selection
  // the teacher makes in that frame is not left to the opening-time request.
  useLayoutEffect(() => {
    const ours = (selection: PageSelection | null): selection is PageSelection =>
      selection !== null && selection.documentKey === page.document.key;
    // The selection at opening time, unless a newer one arrived before the answer.
    let newerSeen = false;
    page
      .request('page/selection', null)
      .then((selection) => {
        if (ours(selection) && !newerSeen) setPassage(selection.anchor);
      })
      .catch(() => {});
    return page.on('page/selectionChanged', (selection) => {
      if (!ours(selection)) return;
      newerSeen = true;
      setPassage(selection.anchor);
    });
  }, [page]);
  return [passage, setPassage];
}
