import { useEffect } from 'preact/hooks';
import type { Repositories } from '../../db/index';
import type { FeedbackItemRecord } from '../../model/records';
import { useLiveQuery } from '../hooks/use-live-query';

/**
 * A follow-up reminder the teacher clicked (left by the background worker):
 * once this document's items are read, the panel on that document takes
 * the hand-off and `show`s the item, once.
 */
export function usePendingFocus(
  repos: Pick<Repositories, 'handoffs'>,
  documentKey: string,
  items: readonly FeedbackItemRecord[] | undefined,
  show: (item: FeedbackItemRecord) => void,
): void {
  const pending = useLiveQuery(() => repos.handoffs.pendingFocus(), [repos]).data;
  useEffect(() => {
    if (pending?.documentKey !== documentKey || !items) return;
    void repos.handoffs.takePendingFocus(documentKey).then((taken) => {
      const item = taken && items.find((candidate) => candidate.id === taken.itemId);
      if (item) show(item);
    });
  }, [pending, documentKey, items, repos, show]);
}
