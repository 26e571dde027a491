import { anchorAllInText, anchorInText } from '../../anchoring/text-anchor';
import { pageIdentity } from '../../documents/page-identity';
import type { Anchor } from '../../model/anchor';
import type { InsertFallbackReason, InsertOutcome } from '../../model/insert';
import { type AnchorReport, foundReport, type PlacedItem, sameReports } from '../../model/page';
import type { Integration, IntegrationEvents } from '../types';
import {
  type CommentBoxTimings,
  DEFAULT_COMMENT_BOX_TIMINGS,
  fillCommentInput,
  openCommentBox,
  postComment,
  postedComments,
  settleComment,
} from './comment-box';
import type { DocsLadder } from './docs-ladder';
import type { DocsSnapshot } from './docs-reader';
import { TITLE_SUFFIX } from './selectors';

/** How the integration paces itself; tests shorten these. */
export interface DocsIntegrationTimings extends CommentBoxTimings {
  /** How often the text is read again while items are placed (students and co-teachers edit). */
  recheckMs: number;
  /** How often Docs' selection is read while someone listens for it. */
  selectionPollMs: number;
}

const DEFAULT_TIMINGS: DocsIntegrationTimings = {
  ...DEFAULT_COMMENT_BOX_TIMINGS,
  recheckMs: 2000,
  selectionPollMs: 400,
};

/** Why nothing could be read: Docs refused our id, or nothing answered at all. */
function unreadableReason(ladder: DocsLadder): InsertFallbackReason {
  return ladder.access()?.api === 'refused' ? 'notAllowed' : 'bridgeMissing';
}

/** Puts `text` on the clipboard from the page (focused, as the teacher just acted in it). */
function copyInPage(doc: Document, text: string): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (!clipboard) return Promise.resolve(false);
  return clipboard.writeText(text).then(
    () => true,
    () => false,
  );
}

/** Whether two ranges share a character. */
function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Google Docs draws its text on a canvas: the DOM holds none of it, so the
 * text and the selection come through the best way in Docs offers now (see
 * `DocsLadder`), and selectors are described and found over that text with
 * its control characters stripped. Passages cannot be highlighted from
 * outside the canvas (drawing over it would drift as Docs scrolls and re-lays
 * out), so `place` only reports which passages are found; `reveal` selects
 * the passage in Docs or scrolls to it; `insert` puts the feedback into
 * Docs' own comment box, on the passage when Docs lets us select it, else
 * on the teacher's own selection, and confirms the comment was posted.
 */
export function createGoogleDocsIntegration(
  doc: Document,
  ladder: DocsLadder,
  timings: DocsIntegrationTimings = DEFAULT_TIMINGS,
): Integration {
  const listeners = new Set<Partial<IntegrationEvents>>();
  let placed: PlacedItem[] = [];
  let reports: AnchorReport[] = [];
  let lastText: string | null = null;
  let recheck: ReturnType<typeof setInterval> | undefined;
  let selectionWatch: ReturnType<typeof setInterval> | undefined;
  let lastSelection = '';

  function emit<K extends keyof IntegrationEvents>(
    name: K,
    ...args: Parameters<IntegrationEvents[K]>
  ): void {
    for (const listener of listeners) {
      (listener[name] as ((...values: typeof args) => void) | undefined)?.(...args);
    }
  }
  ladder.onChange((access) => emit('accessChanged', access));

  function findAll(text: string): AnchorReport[] {
    const matches = anchorAllInText(
      text,
      placed.map((item) => item.anchor),
    );
    return placed.map((item, index): AnchorReport => {
      const match = matches[index];
      return match
        ? foundReport(item.id, text.slice(match.start, match.end))
        : { id: item.id, status: 'orphaned' };
    });
  }

  let checking = false;
  async function checkText(): Promise<void> {
    if (checking) return;
    checking = true;
    try {
      const { text } = await ladder.read({ recheck: true });
      if (text === lastText) return;
      lastText = text;
      const next = findAll(text);
      if (sameReports(next, reports)) return;
      reports = next;
      emit('anchorsChanged', next);
    } catch {
      // Docs did not answer this time; the next check tries again.
    } finally {
      checking = false;
    }
  }

  async function captureSelection(): Promise<Anchor | null> {
    try {
      return await (await ladder.read()).selection();
    } catch {
      return null;
    }
  }

  let watching = false;
  async function checkSelection(): Promise<void> {
    if (watching) return;
    watching = true;
    try {
      const key = await ladder.selectionKey();
      if (key === lastSelection) return;
      lastSelection = key;
      const anchor = key ? await captureSelection() : null;
      if (anchor) emit('selectionChanged', anchor);
    } finally {
      watching = false;
    }
  }

  /** Docs' selection is read only while someone listens for it (the panel is open). */
  function updateSelectionWatch(): void {
    const wanted = [...listeners].some((listener) => listener.selectionChanged);
    if (wanted && !selectionWatch) {
      lastSelection = '';
      selectionWatch = setInterval(() => void checkSelection(), timings.selectionPollMs);
    } else if (!wanted && selectionWatch) {
      clearInterval(selectionWatch);
      selectionWatch = undefined;
    }
  }

  /** The passage's place in the current text, or null when it is not found there. */
  function locate(snapshot: DocsSnapshot, anchor: Anchor) {
    return anchorInText(snapshot.text, anchor);
  }

  /**
   * Makes Docs' selection the passage the comment belongs on: selects it
   * where Docs lets us; otherwise the teacher's own selection must be on it.
   * Feedback on the whole document goes on the teacher's selection if there
   * is one, else on the document's first line (its title, as a rule) where
   * Docs lets us select it. Where the selection cannot be read at all
   * (canvas only), the comment box itself tells: Docs opens none without a
   * selection.
   */
  async function aimAt(
    snapshot: DocsSnapshot,
    anchor: Anchor | null,
  ): Promise<InsertFallbackReason | null> {
    const canvas = ladder.access()?.mode === 'canvas';
    if (anchor) {
      const match = locate(snapshot, anchor);
      if (!match) return 'passageNotFound';
      if ((await snapshot.show(match.start, match.end)) === 'selected' || canvas) return null;
      const selected = await snapshot.selection();
      return selected && overlaps(match, selected.position) ? null : 'selectInDocs';
    }
    if (canvas || (await snapshot.selection())) return null;
    const first = /\S[^\n]*/.exec(snapshot.text);
    const end = first ? first.index + first[0].trimEnd().length : 0;
    return first && (await snapshot.show(first.index, end)) === 'selected' ? null : 'selectInDocs';
  }

  async function insert(request: {
    anchor: Anchor | null;
    text: string;
    autoPost: boolean;
  }): Promise<InsertOutcome> {
    try {
      const reason = await aimAt(await ladder.read(), request.anchor);
      if (reason) return { status: 'fallback', reason };
    } catch {
      return { status: 'fallback', reason: unreadableReason(ladder) };
    }
    const input = await openCommentBox(doc, timings);
    if (!input) {
      const canvas = ladder.access()?.mode === 'canvas';
      return { status: 'fallback', reason: canvas ? 'selectInDocs' : 'commentBoxMissing' };
    }
    if (!fillCommentInput(input, request.text)) {
      return { status: 'fallback', reason: 'commentBoxMissing' };
    }
    if (request.autoPost) {
      return (await postComment(input, request.text, timings))
        ? { status: 'commentPosted' }
        : { status: 'fallback', reason: 'commentNotPosted' };
    }
    const before = postedComments(doc);
    void settleComment(input, request.text, before, {
      ...timings,
      waitMs: timings.teacherPostMs,
    }).then(async (posted) => {
      // The teacher's last click was in Docs, so only this page may write to the clipboard now.
      const copied = posted ? false : await copyInPage(doc, request.text);
      emit('commentSettled', { posted, copied });
    });
    return { status: 'commentReady' };
  }

  return {
    identify: () => pageIdentity(doc, doc.title.replace(TITLE_SUFFIX, '')),
    captureSelection,
    async place(items) {
      placed = items;
      try {
        const { text } = await ladder.read({ recheck: true, fresh: true });
        lastText = text;
        reports = findAll(text);
      } catch {
        // Unknown rather than orphaned: Docs did not answer, the passages may well be there.
        lastText = null;
        reports = [];
      }
      clearInterval(recheck);
      recheck =
        items.length > 0 ? setInterval(() => void checkText(), timings.recheckMs) : undefined;
      return reports;
    },
    async reveal(anchor) {
      try {
        const snapshot = await ladder.read();
        const match = locate(snapshot, anchor);
        return match !== null && (await snapshot.show(match.start, match.end)) !== 'no';
      } catch {
        return false;
      }
    },
    insert,
    async access() {
      if (!ladder.access()) await ladder.read().catch(() => undefined);
      return ladder.access();
    },
    clear() {
      clearInterval(recheck);
      recheck = undefined;
      placed = [];
      reports = [];
      lastText = null;
    },
    subscribe(listener) {
      listeners.add(listener);
      updateSelectionWatch();
      return () => {
        listeners.delete(listener);
        updateSelectionWatch();
      };
    },
  };
}
