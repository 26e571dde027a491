import { type Anchor, CONTEXT_LENGTH } from '../model/anchor';
import { alignEnds } from './end-alignment';
import { type NormalizedText, normalizeForMatching, toNormalizedOffset } from './normalize';
import { findQuote } from './quote-match';

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

/**
 * Finds one passage in a text whose normalized copy is made at most once,
 * when first needed. `shift` is how far the passages before this one have
 * moved: where the quote is looked for first and what counts as near.
 */
function anchorWith(
  text: string,
  normalizedText: () => NormalizedText,
  selectors: Anchor,
  shift: number,
): TextMatch | null {
  const { quote, position } = selectors;
  if (text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, method: 'position' };
  }
  const exact = normalizeForMatching(quote.exact).text;
  if (exact.trim() === '') return null;
  const normalized = normalizedText();
  const query = {
    exact,
    prefix: normalizeForMatching(quote.prefix).text,
    suffix: normalizeForMatching(quote.suffix).text,
    hint: toNormalizedOffset(normalized, Math.max(0, position.start + shift)),
  };
  const found = findQuote(normalized.text, query);
  if (!found) return null;
  const span = found.errors === 0 ? found : alignEnds(text, normalized, query, found);
  const start = normalized.toOriginal[span.start] ?? text.length;
  const end = normalized.toOriginal[span.end] ?? text.length;
  return { start, end, method: found.errors === 0 ? 'quote' : 'fuzzy' };
}

/**
 * Finds the passage again in `text`. In order: the stored position, if it
 * still holds the exact quote; else the quote itself, compared with white
 * space, invisible characters, curly quotes and Unicode composition evened
 * out (see `normalizeForMatching`), verbatim or, failing that, with edits
 * (see `findQuote`: context and nearness to the old position decide between
 * candidates, weak lookalikes are refused), a fuzzy match's ends then lined
 * up with the stored context so a replaced first or last word is included
 * (see `alignEnds`). Offsets are into `text` as given.
 * Returns null when the passage is gone: the caller shows the item as
 * orphaned, it is never dropped.
 */
export function anchorInText(text: string, selectors: Anchor): TextMatch | null {
  return anchorAllInText(text, [selectors])[0] ?? null;
}

/**
 * `anchorInText` for all of a document's items at once: the normalized copy
 * of the text, the costly part on a long document, is made once for all of
 * them, and only if some passage has left its stored position. Items are
 * taken in document order, and each is first looked for as far from its
 * stored position as the one before it moved: text added early in a
 * document moves everything after it alike.
 */
export function anchorAllInText(text: string, selectorsList: Anchor[]): (TextMatch | null)[] {
  let normalized: NormalizedText | undefined;
  const normalizedText = () => {
    normalized ??= normalizeForMatching(text);
    return normalized;
  };
  const inDocumentOrder = selectorsList
    .map((selectors, index) => ({ selectors, index }))
    .sort((a, b) => a.selectors.position.start - b.selectors.position.start);
  const matches: (TextMatch | null)[] = selectorsList.map(() => null);
  let shift = 0;
  for (const { selectors, index } of inDocumentOrder) {
    const match = anchorWith(text, normalizedText, selectors, shift);
    if (match) shift = match.start - selectors.position.start;
    matches[index] = match;
  }
  return matches;
}
