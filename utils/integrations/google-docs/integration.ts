import { anchorAllInText, anchorInText, describeTextRange } from '../../anchoring/text-anchor';
import { pageIdentity } from '../../documents/page-identity';
import type { Anchor } from '../../model/anchor';
import type { InsertFallbackReason, InsertOutcome } from '../../model/insert';
import { type AnchorReport, type PlacedItem, sameReports } from '../../model/page';
import type { Integration, IntegrationEvents } from '../types';
import { type CleanText, cleanAnnotatedText } from './annotated-text';
import { BridgeError, type DocsBridge } from './bridge-client';
import type { RawRange } from './bridge-protocol';
import {
  type CommentBoxTimings,
  DEFAULT_COMMENT_BOX_TIMINGS,
  fillCommentInput,
  openCommentBox,
  postComment,
} from './comment-box';
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

/** The insert fallback a bridge failure stands for. */
function bridgeReason(error: unknown): InsertFallbackReason {
  return error instanceof BridgeError && error.kind === 'refused' ? 'notAllowed' : 'bridgeMissing';
}

/**
 * Google Docs draws its text on a canvas: the DOM holds none of it, so the
 * text and the selection come from Docs' annotated-text API through the
 * page-world bridge, and selectors are described and found over that text
 * with its control characters stripped. Passages cannot be highlighted
 * from outside the canvas (drawing over it would drift as Docs scrolls and
 * re-lays out), so `place` only reports which passages are found; `reveal`
 * selects the passage in Docs, which scrolls to it; `insert` puts the
 * feedback into Docs' own comment box on the passage.
 */
export function createGoogleDocsIntegration(
  doc: Document,
  bridge: DocsBridge,
  timings: DocsIntegrationTimings = DEFAULT_TIMINGS,
): Integration {
  const listeners = new Set<Partial<IntegrationEvents>>();
  let placed: PlacedItem[] = [];
  let reports: AnchorReport[] = [];
  let lastText: string | null = null;
  let recheck: ReturnType<typeof setInterval> | undefined;
  let selectionWatch: ReturnType<typeof setInterval> | undefined;
  let lastSelection = '';

  async function readText(): Promise<CleanText> {
    return cleanAnnotatedText(await bridge.text());
  }

  function findAll(text: string): AnchorReport[] {
    const matches = anchorAllInText(
      text,
      placed.map((item) => item.anchor),
    );
    return placed.map((item, index) => ({
      id: item.id,
      status: matches[index] ? 'anchored' : 'orphaned',
    }));
  }

  let checking = false;
  async function checkText(): Promise<void> {
    if (checking) return;
    checking = true;
    try {
      const { text } = await readText();
      if (text === lastText) return;
      lastText = text;
      const next = findAll(text);
      if (sameReports(next, reports)) return;
      reports = next;
      for (const listener of listeners) listener.anchorsChanged?.(next);
    } catch {
      // Docs did not answer this time; the next check tries again.
    } finally {
      checking = false;
    }
  }

  async function captureSelection(): Promise<Anchor | null> {
    try {
      const range = await bridge.selection();
      if (!range || range.start === range.end) return null;
      const clean = await readText();
      return describeTextRange(clean.text, clean.toClean(range.start), clean.toClean(range.end));
    } catch {
      return null;
    }
  }

  let watching = false;
  async function checkSelection(): Promise<void> {
    if (watching) return;
    watching = true;
    try {
      const range = await bridge.selection();
      const key = range && range.start !== range.end ? `${range.start}:${range.end}` : '';
      if (key === lastSelection) return;
      lastSelection = key;
      const anchor = key ? await captureSelection() : null;
      if (!anchor) return;
      for (const listener of listeners) listener.selectionChanged?.(anchor);
    } catch {
      // No answer now; the next poll asks again.
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

  /** Finds the passage in Docs' current text, as a raw range for Docs' selection. */
  async function locate(anchor: Anchor) {
    const clean = await readText();
    const match = anchorInText(clean.text, anchor);
    return match ? clean.toRawRange(match.start, match.end) : null;
  }

  /**
   * Where feedback on the whole document goes: a Docs comment needs a
   * passage, so the teacher's own selection if there is one, else the
   * document's first line (its title, as a rule).
   */
  async function wholeDocumentRange(): Promise<RawRange | null> {
    const selected = await bridge.selection();
    if (selected && selected.start !== selected.end) return selected;
    const clean = await readText();
    const first = /\S[^\n]*/.exec(clean.text);
    return first ? clean.toRawRange(first.index, first.index + first[0].trimEnd().length) : null;
  }

  async function insert(request: {
    anchor: Anchor | null;
    text: string;
    autoPost: boolean;
  }): Promise<InsertOutcome> {
    try {
      const range = request.anchor ? await locate(request.anchor) : await wholeDocumentRange();
      if (!range) return { status: 'fallback', reason: 'passageNotFound' };
      await bridge.select(range);
    } catch (error) {
      return { status: 'fallback', reason: bridgeReason(error) };
    }
    const input = await openCommentBox(doc, timings);
    if (!input || !fillCommentInput(input, request.text)) {
      return { status: 'fallback', reason: 'commentBoxMissing' };
    }
    if (request.autoPost && (await postComment(input, timings))) {
      return { status: 'commentPosted' };
    }
    return { status: 'commentReady' };
  }

  return {
    identify: () => pageIdentity(doc, doc.title.replace(TITLE_SUFFIX, '')),
    captureSelection,
    async place(items) {
      placed = items;
      try {
        const { text } = await readText();
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
        const range = await locate(anchor);
        if (!range) return false;
        await bridge.select(range);
        return true;
      } catch {
        return false;
      }
    },
    insert,
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
