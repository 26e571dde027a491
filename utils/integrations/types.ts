import type { Anchor } from '../model/anchor';
import type { DocumentIdentity } from '../model/document';
import type { InsertOutcome, InsertRequest } from '../model/insert';
import type {
  AnchorReport,
  HighlightActivation,
  HighlightPalette,
  PlacedItem,
} from '../model/page';
import type { DocsAccess } from '../model/page-access';

/** Something the page noticed that the panel should react to. */
export interface IntegrationEvents {
  /** The page's text changed (single-page apps, student edits) and the passages were found again. */
  anchorsChanged(reports: AnchorReport[]): void;
  /** The teacher pointed at or clicked a highlighted passage. */
  highlightActivated(id: string, how: HighlightActivation['how']): void;
  /**
   * The teacher selected a passage where the DOM selection does not show it
   * (Google Docs' canvas). Watched only while a listener for it subscribes.
   */
  selectionChanged(anchor: Anchor): void;
  /** Google Docs: the way into the document's text changed (see `DocsAccess`). */
  accessChanged(access: DocsAccess): void;
  /**
   * Google Docs: the comment box an insert filled was let go of — `posted`
   * when a new comment with the feedback appeared, false when the teacher
   * cancelled or the comment never showed (then `copied` says whether the
   * page put the feedback on the clipboard).
   */
  commentSettled(outcome: { posted: boolean; copied: boolean }): void;
}

/**
 * Everything the extension does to a host page goes through one of these, so
 * site-specific knowledge (Google Docs' canvas and private hooks, LMS comment
 * fields) stays in one file per site and the rest of the code is the same
 * everywhere. Methods are async because some pages (Google Docs) answer
 * only through a bridge into the page's own world.
 */
export interface Integration {
  /** Which document this is (canonical key, URL, title). */
  identify(): DocumentIdentity;
  /** The teacher's current selection as selectors, or null when nothing is selected. */
  captureSelection(): Promise<Anchor | null>;
  /**
   * Finds every item's passage in the current text, marks the found ones
   * where the page allows it (replacing earlier marks), and says which were
   * found. Called again by the integration itself when the text changes.
   */
  place(items: PlacedItem[], palette: HighlightPalette): Promise<AnchorReport[]>;
  /** Scrolls to the passage and briefly marks it; false when the passage is not found. */
  reveal(anchor: Anchor): Promise<boolean>;
  /** Puts feedback into the document (a Docs comment, the focused field) or says why not. */
  insert(request: InsertRequest): Promise<InsertOutcome>;
  /**
   * Google Docs: which way into the text works now and how each probe went
   * (detected on first use); null on every other page.
   */
  access(): Promise<DocsAccess | null>;
  /** Removes every mark and observer (the panel closed); `place` starts them again. */
  clear(): void;
  /** Subscribes the page side to what the integration notices; returns an unsubscribe. */
  subscribe(listener: Partial<IntegrationEvents>): () => void;
}
