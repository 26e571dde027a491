import { type ComponentChildren, createElement } from 'preact';
import { useCallback, useMemo } from 'preact/hooks';
import type { FeedbackItemRecord } from '../../model/records';
import { useServices } from '../services/context';
import { revealPassage } from '../services/reveal';
import { type DocumentSession, DocumentSessionContext } from './context';
import { useDocumentRecords } from './document-records';
import { useEditingState } from './editing';
import { usePagePassage } from './passage';
import { usePendingFocus } from './pending-focus';

/**
 * Holds the session of the document the panel is open on and gives it to
 * the components below. Its children are passed through untouched, so a
 * change (a draft stored twice a second while the teacher types) re-renders
 * only the components that read the session, not the whole panel.
 */
export function DocumentSessionProvider(props: { children: ComponentChildren }) {
  const { repos, page } = useServices();
  const records = useDocumentRecords(repos, page.document);
  const [passage, setPassage] = usePagePassage(page);
  const editing = useEditingState();
  const { setFocus } = editing;

  const show = useCallback(
    (item: FeedbackItemRecord) => {
      setFocus({ id: item.id, seq: 0 });
      void revealPassage(page, item);
    },
    [setFocus, page],
  );
  usePendingFocus(repos, page.document.key, records.items, show);

  const session = useMemo<DocumentSession>(
    () => ({ ...records, passage, setPassage, editing }),
    [records, passage, setPassage, editing],
  );
  return createElement(DocumentSessionContext.Provider, { value: session }, props.children);
}
