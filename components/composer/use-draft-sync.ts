import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type ComposerState, composerToParts } from '../../utils/feedback/composer';
import { useI18n } from '../../utils/i18n/context';
import type { Anchor } from '../../utils/model/anchor';
import type { DocumentIdentity } from '../../utils/model/document';
import type { KeptDraft } from '../../utils/model/kept-draft';
import type { DocumentRecord, FeedbackItemRecord } from '../../utils/model/records';
import { useServices } from '../../utils/panel/services/context';
import { leftDrafts } from './left-drafts';
import {
  afterDraftFailed,
  afterDraftWritten,
  hasText,
  type ReviewDecisions,
  reasonOf,
  type SaveState,
} from './session-state';

const DRAFT_DELAY_MS = 500;

/** Everything a draft stores: what the composer holds, where, and what was decided. */
export interface DraftSnapshot {
  state: ComposerState;
  passage: Anchor | null;
  /** The saved item this draft edits, if it is an edit… */
  editingId: string | null;
  /** …and its revision when the edit began, so a resumed edit is still checked against it. */
  editBase?: number;
  decisions: ReviewDecisions;
}

/**
 * Whether drafts are written: not before the stored one was read (it would
 * be written over), and not after reading it failed (`held`) until the
 * teacher changes the composer — the draft they cannot see is still theirs.
 */
type Phase = 'loading' | 'ready' | 'held';

/** What the session can ask of its drafts. */
export interface DraftSync {
  /** This composer's id: its drafts are its own, and its save removes only them. */
  composerId: string;
  /** Drafts left by closed panels, offered when there is more than one to resume. */
  offers: FeedbackItemRecord[];
  /** Takes over one offered draft (its text goes into the composer). */
  resumeOffer(draft: FeedbackItemRecord): Promise<void>;
  /** Deletes one offered draft. */
  discardOffer(draft: FeedbackItemRecord): Promise<void>;
  /** The teacher changed the composer: after a failed load, drafts are written again. */
  release(): void;
  /** A save takes over: a pending draft write is dropped. */
  cancel(): void;
  /** Writes the draft at once (a retry once space was freed). */
  writeNow(): void;
}

/**
 * The composer's own draft, so everything typed survives a closed tab and
 * no other tab's save can remove it: when the panel opens, a draft left on
 * this document by a closed panel is handed to `onResume` (several are
 * offered, see `offers`); after that, what the composer holds is written half a second after
 * the last change, and at once when the composer goes; when the panel's
 * frame is hidden or torn down (tab closed, panel removed by the page) the
 * background worker writes it, since a write of the dying frame would be
 * aborted with it. An emptied
 * composer (not editing a saved item) leaves no draft. How each write went
 * is reported through `onStatus`.
 */
export function useDraftSync(options: {
  document: DocumentRecord | null | undefined;
  /** The document as the page named it, for a draft handed over before it is stored. */
  identity: DocumentIdentity;
  ensureDocument(): Promise<DocumentRecord>;
  /** What the composer holds now; a new snapshot restarts the half-second wait. */
  snapshot: DraftSnapshot;
  onResume(draft: FeedbackItemRecord): void;
  onStatus(update: (state: SaveState) => SaveState): void;
}): DraftSync {
  const { repos, keeper, presence } = useServices();
  const { t } = useI18n();
  const { document: record, identity, ensureDocument, snapshot, onResume, onStatus } = options;
  const [phase, setPhase] = useState<Phase>('loading');
  const latest = useRef(snapshot);
  latest.current = snapshot;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /**
   * The snapshot last taken care of (waited for, written or given up by a
   * save). A newer one is unwritten even before its wait started: the
   * composer can go in the same moment the teacher typed.
   */
  const handled = useRef(snapshot);
  const phaseNow = useRef(phase);
  phaseNow.current = phase;
  const documentId = record?.id;
  const composerId = useMemo(() => crypto.randomUUID(), []);
  const [offers, setOffers] = useState<FeedbackItemRecord[]>([]);

  // Open for as long as this composer lives, so no other tab takes its draft.
  useEffect(() => presence.announce(composerId), [presence, composerId]);

  const adopt = useCallback(
    async (draft: FeedbackItemRecord) => {
      const adopted = await repos.feedback.adoptDraft(draft.id, composerId);
      if (adopted) onResume(adopted);
    },
    [repos, composerId, onResume],
  );

  // Drafts left on this document by closed panels: one is resumed, several are offered.
  useEffect(() => {
    if (record === undefined || phase !== 'loading') return;
    if (record === null) {
      setPhase('ready');
      return;
    }
    Promise.all([repos.feedback.listDrafts(record.id), presence.open()])
      .then(([drafts, open]) => {
        const left = leftDrafts(drafts, open, composerId);
        if (left.length === 1 && left[0]) return adopt(left[0]);
        setOffers(left);
      })
      .then(
        () => setPhase('ready'),
        (error) => {
          setPhase('held');
          const message = t('composerDraftLoadFailed', { reason: reasonOf(error) });
          onStatus(() => ({ kind: 'error', message }));
        },
      );
  }, [record, phase, repos, presence, composerId, adopt, onStatus, t]);

  /** What a draft write stores now, or null when the composer holds nothing to keep. */
  const draftNow = useCallback((): KeptDraft['draft'] | null => {
    const { state, passage, editingId, editBase, decisions } = latest.current;
    if (!hasText(state) && editingId === null) return null;
    return {
      composerId,
      anchor: passage,
      parts: composerToParts(state),
      draftOf: editingId ?? undefined,
      draftOfRevision: editingId === null ? undefined : editBase,
      checklist: decisions.checklist,
      dismissedFindings: decisions.dismissed,
      followUpAt: decisions.followUpAt,
    };
  }, [composerId]);

  const write = useCallback(async () => {
    const draft = draftNow();
    if (!draft) {
      if (documentId) await repos.feedback.discardDraft(documentId, composerId);
      return false;
    }
    const stored = await ensureDocument();
    await repos.feedback.putDraft({ ...draft, documentId: stored.id });
    return true;
  }, [draftNow, documentId, composerId, repos, ensureDocument]);

  /** Reports how a draft write went, as the composer's status. */
  const report = useCallback(
    (written: Promise<boolean>) =>
      written.then(
        (done) => onStatus((state) => afterDraftWritten(state, done)),
        (error) => {
          const message = t('composerDraftFailed', { reason: String(error) });
          onStatus((state) => afterDraftFailed(state, error, message));
        },
      ),
    [onStatus, t],
  );

  const writeNow = useCallback(() => void report(write()), [report, write]);

  /** The frame may be going: the background worker writes, since this frame's write could die with it. */
  const keepNow = useCallback(() => {
    const draft = draftNow();
    if (draft) void report(keeper.keep({ document: identity, draft }).then(() => true));
  }, [draftNow, report, keeper, identity]);

  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    handled.current = latest.current;
  }, []);

  // Each new snapshot restarts the wait; the write reads the latest one when it runs.
  useEffect(() => {
    if (phase !== 'ready') return;
    cancel();
    handled.current = snapshot;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      writeNow();
    }, DRAFT_DELAY_MS);
  }, [snapshot, phase]);

  // Closing the tab or the panel, or the composer going (the page moved on to
  // another document): write a pending draft at once, to its own document.
  useEffect(() => {
    const flush = (how: () => void) => {
      const unwritten = phaseNow.current === 'ready' && latest.current !== handled.current;
      if (timer.current === undefined && !unwritten) return;
      cancel();
      how();
    };
    // A closing tab gives its extension frame `beforeunload` but, in Chromium, no
    // `pagehide` that gets a message out; a frame the page removes gets `pagehide`.
    const onPageHide = () => flush(keepNow);
    const onVisibility = () => document.visibilityState === 'hidden' && flush(keepNow);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onPageHide);
      document.removeEventListener('visibilitychange', onVisibility);
      flush(writeNow);
    };
  }, [writeNow, keepNow, cancel]);

  const release = useCallback(() => setPhase((now) => (now === 'held' ? 'ready' : now)), []);
  const withoutOffer = (draft: FeedbackItemRecord) =>
    setOffers((now) => now.filter((offer) => offer.id !== draft.id));
  const resumeOffer = async (draft: FeedbackItemRecord) => {
    withoutOffer(draft);
    await adopt(draft);
  };
  const discardOffer = async (draft: FeedbackItemRecord) => {
    withoutOffer(draft);
    await repos.feedback.remove(draft.id);
  };
  return { composerId, offers, resumeOffer, discardOffer, release, cancel, writeNow };
}
