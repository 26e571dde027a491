import type * as v from 'valibot';
import { browser } from 'wxt/browser';
import { checkReply } from '../../messaging/messages';
import { WORKER_REPLIES, type WorkerRequests } from '../../messaging/worker-protocol';
import type { KeptDraft } from '../../model/kept-draft';

/** Hands a draft to someone who outlives the panel's frame (a fake in tests). */
export interface DraftKeeper {
  keep(kept: KeptDraft): Promise<void>;
}

/**
 * The background worker keeps the draft. A frame the page removed, or a tab
 * being closed, still sends its message (it leaves at once), while its own
 * IndexedDB write would be aborted as the frame goes, taking the last
 * half-second of typing with it.
 */
export function createWorkerDraftKeeper(): DraftKeeper {
  return {
    async keep(kept) {
      const message: { type: 'draft/keep'; params: WorkerRequests['draft/keep']['params'] } = {
        type: 'draft/keep',
        params: kept,
      };
      const reply = await browser.runtime.sendMessage(message);
      const schema = WORKER_REPLIES['draft/keep'] as v.GenericSchema<unknown, null>;
      checkReply(schema, 'draft/keep', reply);
    },
  };
}
