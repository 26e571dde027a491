import * as v from 'valibot';
import { DocumentIdentitySchema } from './document';
import { listOf } from './fields';
import { FeedbackItemRecordSchema, FeedbackPartSchema } from './records';

/**
 * A draft handed to the background worker by a panel whose frame is being
 * torn down (the tab closes, the page removes the panel): a dying frame's
 * own database write is aborted with it, the worker's is not. It names the
 * document by its identity, since the document may not be stored yet.
 */
export const KeptDraftSchema = v.strictObject({
  document: DocumentIdentitySchema,
  draft: v.strictObject({
    ...v.pick(FeedbackItemRecordSchema, [
      'anchor',
      'draftOf',
      'draftOfRevision',
      'composerId',
      'checklist',
      'dismissedFindings',
      'followUpAt',
    ]).entries,
    parts: listOf(v.omit(FeedbackPartSchema, ['id'])),
  }),
});
export type KeptDraft = v.InferOutput<typeof KeptDraftSchema>;
