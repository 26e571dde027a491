import { type ComposerState, composerToParts } from '../../utils/feedback/composer';
import type { FeedbackItemRecord } from '../../utils/model/records';
import { isQuotaExceeded } from '../../utils/storage/quota-error';

/**
 * Where the composer's text stands with storage, as the status line and the
 * quota notice tell the teacher; kept apart from the hook that changes it so
 * every step from one state to the next can be read in one place.
 */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'draft' }
  | { kind: 'error'; message: string }
  /** Storage is full: the text stays, and the write is tried again once space is freed. */
  | { kind: 'quota'; during: 'save' | 'draft' };

/** What the teacher decided about the golden rules for this item, stored with it. */
export interface ReviewDecisions {
  checklist: Record<string, boolean>;
  dismissed: string[];
  followUpAt?: number;
}

/** A new item starts with nothing ticked, dismissed or planned. */
export const NO_DECISIONS: ReviewDecisions = { checklist: {}, dismissed: [] };

/** The decisions stored with a draft or item, so resuming or editing it brings them back. */
export function decisionsOf(
  item: Pick<FeedbackItemRecord, 'checklist' | 'dismissedFindings' | 'followUpAt'>,
): ReviewDecisions {
  return {
    checklist: item.checklist ?? {},
    dismissed: item.dismissedFindings ?? [],
    followUpAt: item.followUpAt,
  };
}

/** Whether the composer holds any written text (a criterion link alone is not feedback yet). */
export function hasText(state: ComposerState): boolean {
  return composerToParts(state).some((part) => part.text.trim() !== '');
}

/** An error's own words for the teacher, without the "Error:" a stack would add. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * After a draft write: "Draft saved." only where nothing more important is
 * shown, and it ends a wait for space that only a draft was waiting for.
 * Nothing is said when there was nothing to write (`written` false).
 */
export function afterDraftWritten(state: SaveState, written: boolean): SaveState {
  const replaceable = state.kind === 'idle' || (state.kind === 'quota' && state.during === 'draft');
  return replaceable && written ? { kind: 'draft' } : state;
}

/**
 * After a draft write failed: a full disk is said as such — and a save
 * already waiting for space stays the thing to retry — any other failure
 * in the teacher's words (`message`).
 */
export function afterDraftFailed(state: SaveState, error: unknown, message: string): SaveState {
  if (!isQuotaExceeded(error)) return { kind: 'error', message };
  return state.kind === 'quota' ? state : { kind: 'quota', during: 'draft' };
}

/**
 * When the teacher changes the text the last outcome is out of date — except
 * a save under way, and a full disk, which typing does not fix: its notice
 * stays until a write succeeds.
 */
export function afterEditing(state: SaveState): SaveState {
  return state.kind === 'saving' || state.kind === 'quota' ? state : { kind: 'idle' };
}
