import type { RefObject } from 'preact';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import {
  type ComposerAction,
  type ComposerState,
  composerFromParts,
  composerReducer,
  composerToParts,
  emptyComposer,
  remainderAfterSave,
} from '../../utils/feedback/composer';
import { useI18n } from '../../utils/i18n/context';
import type { FeedbackItemRecord } from '../../utils/model/records';
import { revisionOf, StaleRevisionError } from '../../utils/model/revision';
import { useServices } from '../../utils/panel/services/context';
import { documentShownInstead } from '../../utils/panel/services/page-document';
import { useDocumentSession } from '../../utils/panel/session/context';
import { isQuotaExceeded } from '../../utils/storage/quota-error';
import { useRetryWhenSpaceFreed } from '../storage/use-retry-when-space-freed';
import {
  afterEditing,
  decisionsOf,
  hasText,
  NO_DECISIONS,
  type ReviewDecisions,
  reasonOf,
  type SaveState,
} from './session-state';
import type { ReviewTrailSource } from './use-composer-review';
import { type DraftSync, useDraftSync } from './use-draft-sync';
import { type EditConflict, useEditConflict } from './use-edit-conflict';

/** One piece of feedback being written, as the composer's layout shows and changes it. */
export interface ComposerSession {
  state: ComposerState;
  /** A change the teacher made; every text edit goes through the composer reducer. */
  change(action: ComposerAction): void;
  /** The saved item being edited, or null for new feedback. */
  editingId: string | null;
  decisions: ReviewDecisions;
  decide(update: (current: ReviewDecisions) => ReviewDecisions): void;
  saveState: SaveState;
  save(): Promise<void>;
  /** Tries the write that failed for lack of space again (it also happens by itself). */
  retry(): void;
  stopEditing(): void;
  /** The edited item changed in another tab: what the teacher is told and can choose. */
  conflict: EditConflict;
  /** Drafts left by closed panels, when there is more than one to choose from. */
  leftDrafts: Pick<DraftSync, 'offers' | 'resumeOffer' | 'discardOffer'>;
}

/**
 * The life of one piece of feedback, from the first keystroke to the saved
 * item, kept out of the composer's layout (as an annotation editor hands its
 * drafts to a store and its saving to a service): the draft (see
 * `useDraftSync`), an edit of a saved item, the teacher's review decisions,
 * and saving — which keeps what was typed meanwhile, releases the passage
 * and schedules the follow-up reminder. A save or draft refused for lack of
 * space is tried again once space is freed, and the text is never lost.
 * The document, its passage and the edit asked for come from the
 * document's session, which also learns what is being edited and whether
 * the composer is empty. `reviewTrail` is the review of what is written
 * (made after the session, hence a ref): its trail is saved with the item.
 */
export function useComposerSession(
  reviewTrail?: RefObject<ReviewTrailSource | null>,
): ComposerSession {
  const { repos, reminders, page } = useServices();
  const { t } = useI18n();
  const [state, dispatch] = useReducer(composerReducer, undefined, emptyComposer);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [decisions, setDecisions] = useState<ReviewDecisions>(NO_DECISIONS);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  /** The revision of the edited item when the edit began. */
  const [editBase, setEditBase] = useState<number | undefined>(undefined);
  /** A save is running (also a quiet one, which does not show as saving). */
  const inFlight = useRef(false);
  const {
    document: record,
    items,
    passage,
    setPassage: onPassage,
    ensureDocument,
    editing,
  } = useDocumentSession();
  const {
    editRequest,
    setEditingId: onEditing,
    setComposerEmpty: onEmptyChange,
    setFocus: showItem,
  } = editing;
  const latestState = useRef(state);
  latestState.current = state;

  const snapshot = useMemo(
    () => ({ state, passage, editingId, editBase, decisions }),
    [state, passage, editingId, editBase, decisions],
  );
  const resume = useCallback(
    (draft: FeedbackItemRecord) => {
      dispatch({ type: 'load', state: composerFromParts(draft.parts) });
      setDecisions(decisionsOf(draft));
      if (draft.anchor) onPassage(() => draft.anchor);
      setEditingId(draft.draftOf ?? null);
      setEditBase(draft.draftOf ? draft.draftOfRevision : undefined);
    },
    [onPassage],
  );
  const drafts = useDraftSync({
    document: record,
    identity: page.document,
    ensureDocument,
    snapshot,
    onResume: resume,
    onStatus: setSaveState,
  });
  const { release } = drafts;

  // An edit asked for from the list: load the saved item.
  useEffect(() => {
    if (!editRequest) return;
    dispatch({ type: 'load', state: composerFromParts(editRequest.parts) });
    setDecisions(decisionsOf(editRequest));
    onPassage(() => editRequest.anchor);
    setEditingId(editRequest.id);
    setEditBase(revisionOf(editRequest));
    reviewTrail?.current?.resetTrail();
    release();
  }, [editRequest, onPassage, release, reviewTrail]);

  useEffect(() => onEditing(editingId), [editingId, onEditing]);
  const empty = !hasText(state) && editingId === null;
  useEffect(() => onEmptyChange(empty), [empty, onEmptyChange]);

  const change = (action: ComposerAction) => {
    release();
    setSaveState(afterEditing);
    dispatch(action);
  };

  /**
   * Saves the composer as an edit of `target.draftOf` made from revision
   * `target.base`, or as a new item. A `quiet` try (waiting for space) shows
   * nothing while it runs, so the full-disk notice stays put until it works.
   */
  const saveAs = async (target: { draftOf?: string; base?: number }, quiet = false) => {
    if (saveState.kind === 'saving' || inFlight.current) return;
    const submitted = state;
    if (!hasText(submitted)) {
      setSaveState({ kind: 'error', message: t('composerEmpty') });
      return;
    }
    inFlight.current = true;
    try {
      await saveChecked(target, submitted, quiet);
    } finally {
      inFlight.current = false;
    }
  };

  const saveChecked = async (
    target: { draftOf?: string; base?: number },
    submitted: ComposerState,
    quiet: boolean,
  ) => {
    if (!quiet) setSaveState({ kind: 'saving' });
    const shownInstead = await documentShownInstead(page);
    if (shownInstead) {
      drafts.writeNow();
      const untitled = t('documentUntitled');
      const written = page.document.title || untitled;
      const shown = shownInstead.title || untitled;
      setSaveState({ kind: 'error', message: t('composerDocumentMoved', { written, shown }) });
      return;
    }
    drafts.cancel();
    try {
      const document = await ensureDocument();
      const saved = passage;
      const savedItem = await repos.feedback.commit({
        documentId: document.id,
        composerId: drafts.composerId,
        anchor: saved,
        parts: composerToParts(submitted).filter((part) => part.text.trim() !== ''),
        draftOf: target.draftOf,
        draftOfRevision: target.base,
        checklist: decisions.checklist,
        dismissedFindings: decisions.dismissed,
        followUpAt: decisions.followUpAt,
        reviewTrail: reviewTrail?.current?.trailAtSave(submitted),
      });
      reviewTrail?.current?.resetTrail();
      if (decisions.followUpAt !== undefined) reminders.schedule(decisions.followUpAt);
      setDecisions(NO_DECISIONS);
      // Anything typed or selected while saving belongs to the next item: keep it (and its draft).
      dispatch({ type: 'load', state: remainderAfterSave(latestState.current, submitted) });
      onPassage((current) => (current === saved ? null : current));
      setEditingId(null);
      setEditBase(undefined);
      conflict.close();
      setSaveState({ kind: 'saved' });
      // The item just saved is shown and focused, its Insert one key away.
      showItem({ id: savedItem.id, seq: Date.now() });
    } catch (error) {
      if (error instanceof StaleRevisionError) {
        conflict.open(error.current ?? null);
        setSaveState({ kind: 'idle' });
        return;
      }
      if (isQuotaExceeded(error)) {
        setSaveState((now) => (now.kind === 'quota' ? now : { kind: 'quota', during: 'save' }));
        return;
      }
      setSaveState({
        kind: 'error',
        message: t('composerSaveFailed', { reason: reasonOf(error) }),
      });
    }
  };

  const save = () => saveAs({ draftOf: editingId ?? undefined, base: editBase });

  /** Tries the write that failed for lack of space again; `quietly` when no one asked. */
  const retry = (quietly = false) => {
    if (saveState.kind !== 'quota') return;
    if (saveState.during === 'save')
      void saveAs({ draftOf: editingId ?? undefined, base: editBase }, quietly);
    else drafts.writeNow();
  };
  useRetryWhenSpaceFreed(saveState.kind === 'quota', () => retry(true));

  const stopEditing = () => {
    reviewTrail?.current?.resetTrail();
    dispatch({ type: 'clear' });
    setDecisions(NO_DECISIONS);
    onPassage(() => null);
    setEditingId(null);
    setEditBase(undefined);
    conflict.close();
    setSaveState({ kind: 'idle' });
  };

  const conflict = useEditConflict({
    editingId,
    editBase,
    items,
    saving: saveState.kind === 'saving',
    onKeepMine: (theirs) => void saveAs({ draftOf: theirs.id, base: revisionOf(theirs) }),
    onKeepTheirs: () => stopEditing(),
    onKeepBoth: () => void saveAs({}),
  });

  return {
    state,
    change,
    editingId,
    decisions,
    decide: setDecisions,
    saveState,
    save,
    retry,
    stopEditing,
    conflict,
    leftDrafts: drafts,
  };
}
