import type { Anchor } from '../model/anchor';
import { anchorAllInText, describeTextRange } from './text-anchor';
import { buildTextIndex, offsetOfBoundary, rangeFromOffsets } from './text-index';

export type { Anchor, TextPositionSelector, TextQuoteSelector } from '../model/anchor';
export { anchorAllInText, anchorInText, describeTextRange, type TextMatch } from './text-anchor';

/**
 * Describes a selected range as W3C selectors over the text of `root`: the
 * exact quote with 32 characters of context each side, and its position.
 * Returns null for an empty or whitespace-only selection.
 */
export function describeRange(root: Node, range: Range): Anchor | null {
  const index = buildTextIndex(root);
  const start = offsetOfBoundary(index, range.startContainer, range.startOffset);
  const end = offsetOfBoundary(index, range.endContainer, range.endOffset);
  return describeTextRange(index.text, start, end);
}

/**
 * Finds the passage again under `root` (see `anchorInText` for the order of
 * attempts) and returns it as a DOM Range, or null when it is gone.
 */
export function anchor(root: Node, selectors: Anchor): Range | null {
  return anchorAll(root, [selectors])[0] ?? null;
}

/**
 * Finds all of a document's passages at once, in the order given, each as a
 * Range or null when it is gone. The page re-places every item whenever its
 * text changes; reading the DOM text (and normalizing it, if any passage
 * moved) once for all of them is what keeps that fast on long documents.
 */
export function anchorAll(root: Node, selectorsList: Anchor[]): (Range | null)[] {
  return findPassages(root, selectorsList).map((found) => found?.range ?? null);
}

/** A passage found in the page: where it is, and the text it covers now. */
export interface FoundPassage {
  range: Range;
  /** The passage's current text, in the form a quote is described in (see `describeRange`). */
  text: string;
}

/**
 * Like `anchorAll`, and with each found passage's current text, read from
 * the same text the passage was found in, so the panel can compare it with
 * the stored quote and see what the student changed.
 */
export function findPassages(root: Node, selectorsList: Anchor[]): (FoundPassage | null)[] {
  const index = buildTextIndex(root);
  return anchorAllInText(index.text, selectorsList).map((match) => {
    const range = match && rangeFromOffsets(index, match.start, match.end);
    return match && range ? { range, text: index.text.slice(match.start, match.end) } : null;
  });
}
