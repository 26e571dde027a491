import { type Anchor, CONTEXT_LENGTH } from './types';

/** Where a passage was found in a text, and which selector found it. */
export interface TextMatch {
  start: number;
  end: number;
  method: 'position' | 'quote' | 'fuzzy';
}

/**
 * Describes `[start, end)` of a document's text as selectors. The text may
 * come from the DOM or from Google Docs' annotated text; both re-anchor with
 * `anchorInText`. Returns null for an empty or whitespace-only passage.
 */
export function describeTextRange(text: string, start: number, end: number): Anchor | null {
  const exact = text.slice(start, end);
  if (start >= end || exact.trim() === '') return null;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
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
 * Finds the passage again in `text`: the stored position if it still holds
 * the exact quote, else the occurrence of the quote whose surrounding text
 * best matches the stored prefix and suffix (ties go to the one nearest the
 * old position). Returns null when the quote no longer occurs (the caller
 * shows the item as orphaned; it is never dropped).
 */
export function anchorInText(text: string, selectors: Anchor): TextMatch | null {
  const { quote, position } = selectors;
  if (text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, method: 'position' };
  }
  let best: { start: number; score: number; distance: number } | null = null;
  for (
    let start = text.indexOf(quote.exact);
    start !== -1;
    start = text.indexOf(quote.exact, start + 1)
  ) {
    const before = text.slice(Math.max(0, start - quote.prefix.length), start);
    const after = text.slice(
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
  return best ? { start: best.start, end: best.start + quote.exact.length, method: 'quote' } : null;
}
