import type { FeedbackItemRecord } from '../../utils/model/records';

/**
 * The drafts of a document that no open composer is writing: left behind
 * by a tab or panel that closed before saving. A draft whose composer is
 * still open (in another tab) is that tab's work in progress and is never
 * offered here, so it cannot be taken away from it.
 */
export function leftDrafts(
  drafts: readonly FeedbackItemRecord[],
  openComposers: ReadonlySet<string>,
  ownComposerId: string,
): FeedbackItemRecord[] {
  return drafts.filter(
    (draft) =>
      draft.composerId !== ownComposerId &&
      (draft.composerId === undefined || !openComposers.has(draft.composerId)),
  );
}
