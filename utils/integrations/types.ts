import type { DocumentIdentity } from '../db/documents';
import type { Anchor } from '../model/anchor';
import type { FeedbackLevel } from '../model/feedback';

/** One saved item's passage, as the panel hands it to the page to find and mark. */
export interface PlacedItem {
  id: string;
  anchor: Anchor;
  /** The level of the item's main part; decides the highlight colour. */
  level: FeedbackLevel;
}

/** Whether an item's passage was found in the page's current text. */
export interface AnchorReport {
  id: string;
  status: 'anchored' | 'orphaned';
}

/** The highlight colours: the default set, or one that stays distinct for colour-blind readers. */
export type HighlightPalette = 'standard' | 'colourBlind';

/**
 * What the page should put into the document. Only the text travels: where a
 * rich-text field needs HTML, the page makes it from the text itself, so it
 * never inserts markup it was handed.
 */
export interface InsertRequest {
  /** The passage the comment belongs on (null: the whole document). */
  anchor: Anchor | null;
  text: string;
  /** Google Docs: also press Docs' own "Comment" button (a setting; off by default). */
  autoPost: boolean;
}

/**
 * What happened to an insert. Every outcome other than `inserted` and
 * `commentPosted` leaves the teacher to finish by hand, and the panel then
 * copies the feedback to the clipboard and says which keys to press.
 */
export type InsertOutcome =
  /** Typed into the page's focused (or last focused) comment field. */
  | { status: 'inserted' }
  /** Google Docs' comment box is open with the text in it; the teacher clicks "Comment". */
  | { status: 'commentReady' }
  /** Google Docs' comment was posted (the auto-post setting was on). */
  | { status: 'commentPosted' }
  /** Nothing could be inserted; `reason` says why, for the panel to explain. */
  | { status: 'fallback'; reason: InsertFallbackReason };

/** Why an insert fell back to the clipboard. */
export type InsertFallbackReason =
  /** No text field or contenteditable on the page had the teacher's cursor. */
  | 'noField'
  /**
   * Google Docs: our page-world bridge did not answer (not loaded, or
   * blocked), or Docs did not offer its annotated-text API at all.
   */
  | 'bridgeMissing'
  /** Google Docs refused our extension id for its annotated-text API. */
  | 'notAllowed'
  /** The passage could not be found in the document any more. */
  | 'passageNotFound'
  /** Google Docs' comment box did not appear or looked different than expected. */
  | 'commentBoxMissing';

/** Something the page noticed that the panel should react to. */
export interface IntegrationEvents {
  /** The page's text changed (single-page apps, student edits) and the passages were found again. */
  anchorsChanged(reports: AnchorReport[]): void;
  /** The teacher pointed at or clicked a highlighted passage. */
  highlightActivated(id: string, how: 'hover' | 'click'): void;
  /**
   * The teacher selected a passage where the DOM selection does not show it
   * (Google Docs' canvas). Watched only while a listener for it subscribes.
   */
  selectionChanged(anchor: Anchor): void;
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
  /** Removes every mark and observer (the panel closed); `place` starts them again. */
  clear(): void;
  /** Subscribes the page side to what the integration notices; returns an unsubscribe. */
  subscribe(listener: Partial<IntegrationEvents>): () => void;
}
