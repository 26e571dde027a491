import { HANDOFF_SCHEMAS, NO_HANDOFFS, type PendingFocus } from '../model/handoffs';
import type { FeedforwardDatabase } from './database';
import { createKeyedValues } from './keyed-values';

/** What one page leaves for another to pick up once. */
export interface HandoffRepository {
  /** The follow-up the teacher clicked, until a panel on its document takes it; null when none. */
  pendingFocus(): Promise<PendingFocus | null>;
  /** A reminder was clicked: the panel on that document is to show that item. */
  setPendingFocus(focus: PendingFocus): Promise<void>;
  /**
   * The pending focus, if it is for `documentKey`, cleared in the same
   * transaction, so the item is shown once and by one panel only; null
   * (and left for its own panel) otherwise.
   */
  takePendingFocus(documentKey: string): Promise<PendingFocus | null>;
}

/** Hand-offs, stored in the settings table under their own keys. */
export function createHandoffRepository(db: FeedforwardDatabase): HandoffRepository {
  const values = createKeyedValues(db, HANDOFF_SCHEMAS, NO_HANDOFFS);
  return {
    pendingFocus: () => values.get('pendingFocus'),
    setPendingFocus: (focus) => values.set('pendingFocus', focus),
    takePendingFocus: (documentKey) =>
      db.transaction('rw', db.settings, async () => {
        const focus = await values.get('pendingFocus');
        if (focus?.documentKey !== documentKey) return null;
        await values.set('pendingFocus', null);
        return focus;
      }),
  };
}
