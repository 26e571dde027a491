import type { Anchor } from '../../model/anchor';
import type { DocsMode } from '../../model/page-access';

/**
 * One reading of a Google Docs document through one of the ways in (see
 * `DocsMode`): its text with Docs' control characters stripped (anchors
 * are stored over that), and what can be done with a passage of it. A
 * snapshot is read afresh for every use, because Docs' objects go stale as
 * soon as anyone types.
 */
export interface DocsSnapshot {
  /** The clean text. */
  text: string;
  /** True when the text is the document as last saved, not as it is on screen now. */
  saved: boolean;
  /** The teacher's current selection in Docs, described over `text`; null when there is none to read. */
  selection(): Promise<Anchor | null>;
  /**
   * Brings the clean range `[start, end)` into view: `selected` when Docs
   * now has it selected (a comment will go on it), `shown` when it was only
   * scrolled to, `no` when this way in cannot do either.
   */
  show(start: number, end: number): Promise<'selected' | 'shown' | 'no'>;
}

/** A way into the document's text; `read` throws when it stops answering. */
export interface DocsReader {
  mode: DocsMode;
  /** `fresh`: the teacher is looking now, so no copy kept from a moment ago will do. */
  read(options?: { fresh?: boolean }): Promise<DocsSnapshot>;
  /**
   * A cheap token of the teacher's current selection ('' for none), asked
   * every few hundred milliseconds while the panel is open so the whole
   * text is read only when the selection really changed.
   */
  selectionKey(): Promise<string>;
}
