import { useMemo, useState } from 'preact/hooks';
import type { FeedbackItemRecord } from '../../model/records';
import type { EditingState, FocusRequest } from './context';

/**
 * The editing state the composer and the list share: which item is being
 * edited, whether the composer is empty, the last deleted item (for Undo)
 * and the item to bring into view. Its setters are stable, so components
 * can hand them to effects.
 */
export function useEditingState(): EditingState {
  const [editRequest, setEditRequest] = useState<FeedbackItemRecord | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [composerEmpty, setComposerEmpty] = useState(true);
  const [deleted, setDeleted] = useState<FeedbackItemRecord | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  return useMemo(
    () => ({
      editRequest,
      // A copy, so asking again for the same item loads it again.
      requestEdit: (item: FeedbackItemRecord) => setEditRequest({ ...item }),
      editingId,
      setEditingId,
      composerEmpty,
      setComposerEmpty,
      deleted,
      setDeleted,
      focus,
      setFocus,
    }),
    [editRequest, editingId, composerEmpty, deleted, focus],
  );
}
