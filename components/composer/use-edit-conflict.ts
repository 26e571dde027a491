import { useState } from 'preact/hooks';
import type { FeedbackItemRecord } from '../../utils/model/records';
import { revisionOf } from '../../utils/model/revision';

/**
 * What the composer knows about the item it edits having changed elsewhere,
 * and the teacher's three ways out once both versions are shown.
 */
export interface EditConflict {
  /**
   * The edited item as another tab left it, while it moved on since the
   * edit began: the stored version, or null when it was deleted; undefined
   * while nothing happened elsewhere.
   */
  changedElsewhere: FeedbackItemRecord | null | undefined;
  /** Both versions are shown: theirs (null when deleted), to choose between. */
  shown: { theirs: FeedbackItemRecord | null } | null;
  open(theirs: FeedbackItemRecord | null): void;
  close(): void;
  /** Save the composer over theirs (only when theirs still exists). */
  keepMine(): void;
  /** Drop the edit; the other tab's version stays. */
  keepTheirs(): void;
  /** Save the composer as a new item beside theirs. */
  keepBoth(): void;
}

/**
 * Watches the edited item in the document's live list (another tab's save
 * reaches it at once) and holds the comparison the teacher opens, or that a
 * refused save opens. Nothing is decided for the teacher: a save made on an
 * older revision is never applied until they choose.
 */
export function useEditConflict(options: {
  editingId: string | null;
  /** The edited item's revision when the edit began. */
  editBase: number | undefined;
  items: FeedbackItemRecord[] | undefined;
  saving: boolean;
  onKeepMine(theirs: FeedbackItemRecord): void;
  onKeepTheirs(): void;
  onKeepBoth(): void;
}): EditConflict {
  const { editingId, editBase, items, saving } = options;
  const [shown, setShown] = useState<{ theirs: FeedbackItemRecord | null } | null>(null);
  const stored = editingId && items ? items.find((item) => item.id === editingId) : undefined;
  const movedOn =
    editingId !== null &&
    editBase !== undefined &&
    items !== undefined &&
    !saving &&
    (stored === undefined || revisionOf(stored) > editBase);
  return {
    changedElsewhere: movedOn ? (stored ?? null) : undefined,
    shown,
    open: (theirs) => setShown({ theirs }),
    close: () => setShown(null),
    keepMine() {
      if (shown?.theirs) options.onKeepMine(shown.theirs);
    },
    keepTheirs: options.onKeepTheirs,
    keepBoth: options.onKeepBoth,
  };
}
