/**
 * W3C Web Annotation selectors. Stored with every feedback item so the passage
 * can be found again after reloads and student edits, and readable by any
 * other annotation tool a school might move to.
 */

/** The quoted passage with up to 32 characters of context on each side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Character offsets of the passage in the document's text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Both selectors together: position is tried first, the quote is the fallback. */
export interface Anchor {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** How many characters of context a quote keeps on each side. */
export const CONTEXT_LENGTH = 32;
