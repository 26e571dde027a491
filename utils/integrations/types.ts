import type { Anchor } from '../anchoring/types';
import type { DocumentIdentity } from '../db/documents';

/**
 * Everything the extension does to a host page goes through one of these, so
 * site-specific knowledge (Google Docs' canvas and private hooks, LMS comment
 * fields) stays in one file per site and the rest of the code is the same
 * everywhere.
 */
export interface Integration {
  /** Which document this is (canonical key, URL, title). */
  identify(): DocumentIdentity;
  /** The teacher's current selection as selectors, or null when nothing is selected. */
  captureSelection(): Anchor | null;
  /** Scrolls to the passage and briefly marks it; false when the passage is not found. */
  reveal(anchor: Anchor): boolean;
}
