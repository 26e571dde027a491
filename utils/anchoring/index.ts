import { buildTextIndex, offsetOfBoundary, rangeFromOffsets } from './text-index';
import { type Anchor, CONTEXT_LENGTH } from './types';

export type { Anchor, TextPositionSelector, TextQuoteSelector } from './types';

/**
 * Describes a selected range as W3C selectors over the text of `root`: the
 * exact quote with 32 characters of context each side, and its position.
 * Returns null for an empty or whitespace-only selection.
 */
export function describeRange(root: Node, range: Range): Anchor | null {
  const index = buildTextIndex(root);
  const start = offsetOfBoundary(index, range.startContainer, range.startOffset);
  const end = offsetOfBoundary(index, range.endContainer, range.endOffset);
  const exact = index.text.slice(start, end);
  if (start >= end || exact.trim() === '') return null;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: index.text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: index.text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Number of characters that agree, walking from the end of `a` and the end of `b` backwards. */
function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * Finds the passage again: the stored position if it still holds the exact
 * quote, else the occurrence of the quote whose surrounding text best matches
 * the stored prefix and suffix (ties go to the one nearest the old position).
 * Returns null when the quote no longer occurs (the caller shows the item as
 * orphaned; it is never dropped).
 */
export function anchor(root: Node, selectors: Anchor): Range | null {
  const index = buildTextIndex(root);
  const { quote, position } = selectors;
  if (index.text.slice(position.start, position.end) === quote.exact) {
    return rangeFromOffsets(index, position.start, position.end);
  }
  let best: { start: number; score: number; distance: number } | null = null;
  for (
    let start = index.text.indexOf(quote.exact);
    start !== -1;
    start = index.text.indexOf(quote.exact, start + 1)
  ) {
    const before = index.text.slice(Math.max(0, start - quote.prefix.length), start);
    const after = index.text.slice(
      start + quote.exact.length,
      start + quote.exact.length + quote.suffix.length,
    );
    const score =
      commonSuffixLength(before, quote.prefix) + commonPrefixLength(after, quote.suffix);
    const distance = Math.abs(start - position.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start, score, distance };
    }
  }
  return best ? rangeFromOffsets(index, best.start, best.start + quote.exact.length) : null;
}
