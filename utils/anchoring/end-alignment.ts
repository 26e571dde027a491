import search from 'approx-string-match';
import type { NormalizedText } from './normalize';
import type { QuoteQuery } from './quote-match';

/** A found passage as offsets into the normalized text: `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Longest run of characters without white space that still counts as the one
 * word that replaced the passage's first or last word (Swedish and Norwegian
 * compounds run long: "inlämningsuppgifterna").
 */
const MAX_WORD_LENGTH = 40;
/** Fewer characters than this may take a word's place even with a space in them ("i dag"). */
const FEW_CHARACTERS = 8;
/** Shorter stored context than this cannot tell where the passage ended. */
const MIN_CONTEXT_LENGTH = 8;
/** Share of the stored context that may differ where it is found again. */
const CONTEXT_ERROR_RATE = 1 / 4;

/** A run of letters and digits: what is compared when the end words of quote and match are. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** The suffix up to the end of its first word: what must follow the passage verbatim. */
const LEADING_EDGE = /^[^\p{L}\p{N}\p{M}]*[\p{L}\p{N}\p{M}]*/u;
/** The prefix from the start of its last word: what must precede the passage verbatim. */
const TRAILING_EDGE = /[\p{L}\p{N}\p{M}]*[^\p{L}\p{N}\p{M}]*$/u;
/** A line break, or a sentence's closing mark followed by white space. */
const SENTENCE_BREAK = /\n|[.!?…]["'”’»)\]]*\s/u;

function firstWord(text: string): string {
  return text.match(WORD)?.[0] ?? '';
}

function lastWord(text: string): string {
  return text.match(WORD)?.at(-1) ?? '';
}

/**
 * Where the stored suffix now begins, near `end`: where it still stands
 * verbatim (the usual case, and the quick one), else the place it agrees
 * best with (the nearest one among equals), provided it agrees well enough
 * and begins with the same word; null when the context is gone or too short
 * to say.
 */
function suffixStart(text: string, suffix: string, span: Span): number | null {
  const edge = suffix.match(LEADING_EDGE)?.[0] ?? '';
  if (suffix.trim().length < MIN_CONTEXT_LENGTH || edge.trim() === '') return null;
  const maxErrors = Math.floor(suffix.length * CONTEXT_ERROR_RATE);
  const from = Math.max(span.start + 1, span.end - MAX_WORD_LENGTH);
  const to = Math.min(text.length, span.end + MAX_WORD_LENGTH + suffix.length + maxErrors);
  if (from >= to) return null;
  const window = text.slice(from, to);
  const verbatim = window.indexOf(suffix);
  if (verbatim !== -1) return from + verbatim;
  let nearest: number | null = null;
  for (const match of search(window, suffix, maxErrors)) {
    const at = from + match.start;
    if (!text.startsWith(edge, at)) continue;
    if (nearest === null || Math.abs(at - span.end) < Math.abs(nearest - span.end)) nearest = at;
  }
  return nearest;
}

/** `suffixStart` mirrored: where the stored prefix now ends, near `start`. */
function prefixEnd(text: string, prefix: string, span: Span): number | null {
  const edge = prefix.match(TRAILING_EDGE)?.[0] ?? '';
  if (prefix.trim().length < MIN_CONTEXT_LENGTH || edge.trim() === '') return null;
  const maxErrors = Math.floor(prefix.length * CONTEXT_ERROR_RATE);
  const from = Math.max(0, span.start - MAX_WORD_LENGTH - prefix.length - maxErrors);
  const to = Math.min(span.end - 1, span.start + MAX_WORD_LENGTH);
  if (from >= to) return null;
  const window = text.slice(from, to);
  const verbatim = window.lastIndexOf(prefix);
  if (verbatim !== -1) return from + verbatim + prefix.length;
  let nearest: number | null = null;
  for (const match of search(window, prefix, maxErrors)) {
    const at = from + match.end;
    if (!text.startsWith(edge, at - edge.length)) continue;
    if (nearest === null || Math.abs(at - span.start) < Math.abs(nearest - span.start)) {
      nearest = at;
    }
  }
  return nearest;
}

/**
 * Whether an end may move over the original text `between` it and where the
 * context now is. Outwards, that text must be able to be the word the
 * student put in place of the passage's end word: one word (or a few
 * characters), never running over the end of a sentence or a paragraph.
 * Inwards, the match had taken in part of the context, at most a word's
 * length of it (even across a sentence break: that is what goes).
 */
function mayMoveOver(between: string, outwards: boolean): boolean {
  if (!outwards) return between.length <= MAX_WORD_LENGTH;
  if (SENTENCE_BREAK.test(between)) return false;
  const word = between.trim();
  return between.length < FEW_CHARACTERS || (!/\s/u.test(word) && word.length <= MAX_WORD_LENGTH);
}

/** The original text between two offsets of the normalized copy, in either order. */
function originalBetween(original: string, normalized: NormalizedText, a: number, b: number) {
  const { toOriginal } = normalized;
  const from = toOriginal[Math.min(a, b)] ?? original.length;
  const to = toOriginal[Math.max(a, b)] ?? original.length;
  return original.slice(from, to);
}

/**
 * `[start, end)` without white space at an end where the stored quote has
 * none: a fuzzy match may take in the space before a word it dropped, and a
 * passage that ends or begins with a stray space reads as cut off.
 */
function withoutStraySpace(text: string, span: Span, exact: string): Span {
  let { start, end } = span;
  if (!/^\s/u.test(exact)) while (start < end && /\s/u.test(text[start] ?? '')) start += 1;
  if (!/\s$/u.test(exact)) while (end > start && /\s/u.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}

/**
 * Lines up the ends of a fuzzy match with the stored context. An edit-distance
 * search cannot tell a replaced first or last word from a deleted one: for
 * "… rättar sina fel" now reading "… rättar sina misstag innan" it may stop
 * after "sina", or take in the word before a replaced first word. When the
 * found end word is not the quote's, the end moves to where the stored
 * suffix (the start to where the stored prefix) now begins, if the text it
 * passes over is a single word or a few characters without a sentence or
 * paragraph break. Without usable context an end stays where it was. Offsets
 * are in the normalized text; `original` is the text it was made from, where
 * line breaks still show.
 */
export function alignEnds(
  original: string,
  normalized: NormalizedText,
  query: QuoteQuery,
  found: Span,
): Span {
  const text = normalized.text;
  let { start, end } = found;
  if (lastWord(text.slice(start, end)) !== lastWord(query.exact)) {
    const to = suffixStart(text, query.suffix, { start, end });
    if (to !== null && mayMoveOver(originalBetween(original, normalized, end, to), to > end)) {
      end = to;
    }
  }
  if (firstWord(text.slice(start, end)) !== firstWord(query.exact)) {
    const from = prefixEnd(text, query.prefix, { start, end });
    if (
      from !== null &&
      mayMoveOver(originalBetween(original, normalized, from, start), from < start)
    ) {
      start = from;
    }
  }
  const aligned = withoutStraySpace(text, { start, end }, query.exact);
  return firstWord(text.slice(aligned.start, aligned.end)) === '' ? found : aligned;
}
