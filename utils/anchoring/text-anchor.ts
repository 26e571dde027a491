import { type NormalizedText, normalizeForMatching, toNormalizedOffset } from './normalize';
import { findQuote } from './quote-match';
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

/** Finds one passage in a text whose normalized copy is made at most once, when first needed. */
function anchorWith(
  text: string,
  normalizedText: () => NormalizedText,
  selectors: Anchor,
): TextMatch | null {
  const { quote, position } = selectors;
  if (text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, method: 'position' };
  }
  const exact = normalizeForMatching(quote.exact).text;
  if (exact.trim() === '') return null;
  const normalized = normalizedText();
  const found = findQuote(normalized.text, {
    exact,
    prefix: normalizeForMatching(quote.prefix).text,
    suffix: normalizeForMatching(quote.suffix).text,
    hint: toNormalizedOffset(normalized, position.start),
  });
  if (!found) return null;
  const start = normalized.toOriginal[found.start] ?? text.length;
  const end = normalized.toOriginal[found.end] ?? text.length;
  return { start, end, method: found.errors === 0 ? 'quote' : 'fuzzy' };
}

/**
 * Finds the passage again in `text`. In order: the stored position, if it
 * still holds the exact quote; else the quote itself, compared with white
 * space, invisible characters, curly quotes and Unicode composition evened
 * out (see `normalizeForMatching`), verbatim or, failing that, with edits
 * (see `findQuote`: context and nearness to the old position decide between
 * candidates, weak lookalikes are refused). Offsets are into `text` as given.
 * Returns null when the passage is gone: the caller shows the item as
 * orphaned, it is never dropped.
 */
export function anchorInText(text: string, selectors: Anchor): TextMatch | null {
  return anchorAllInText(text, [selectors])[0] ?? null;
}

/**
 * `anchorInText` for all of a document's items at once: the normalized copy
 * of the text, the costly part on a long document, is made once for all of
 * them, and only if some passage has left its stored position.
 */
export function anchorAllInText(text: string, selectorsList: Anchor[]): (TextMatch | null)[] {
  let normalized: NormalizedText | undefined;
  const normalizedText = () => {
    normalized ??= normalizeForMatching(text);
    return normalized;
  };
  return selectorsList.map((selectors) => anchorWith(text, normalizedText, selectors));
}
