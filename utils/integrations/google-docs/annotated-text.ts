/**
 * Google Docs' annotated text is the document as one string with control
 * characters for structure: U+0003 before the body, U+001C between sections
 * and cells, U+0010/U+0011/U+0012 around tables and rows, U+000B for a line
 * break inside a paragraph (taken from public sources, see selectors.ts).
 * Selectors are stored over the clean text, so a quote never carries those
 * characters and stays readable to the teacher; Docs' own selection works in
 * raw offsets, so every offset is translated both ways.
 *
 * Every C0 control character except tab and newline is dropped, not only
 * the listed ones, so one Docs adds later cannot leak into a stored quote.
 * Line and page breaks become a newline (one character for one), because
 * they separate words just as a paragraph end does.
 */

/** Control characters Docs uses to break a line or a page: kept, as a newline. */
const BREAKS = new Set(['\u000b', '\u000c']);

function isDropped(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 && char !== '\n' && char !== '\t' && !BREAKS.has(char);
}

/** The clean text with the way back to Docs' raw offsets. */
export interface CleanText {
  /** Docs' text without its control characters. */
  text: string;
  /** The raw text as Docs returned it. */
  raw: string;
  /** The clean offset of a raw boundary offset (a selection end from Docs). */
  toClean(rawOffset: number): number;
  /** The raw range covering exactly the clean characters `[start, end)`. */
  toRawRange(start: number, end: number): { start: number; end: number };
}

/** Index of the first element of the sorted `values` that is ≥ `target`. */
function lowerBound(values: Uint32Array, length: number, target: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Strips Docs' control characters from `raw` and remembers where each kept character was. */
export function cleanAnnotatedText(raw: string): CleanText {
  const rawIndexOf = new Uint32Array(raw.length);
  let text = '';
  let length = 0;
  for (let index = 0; index < raw.length; index += 1) {
    const char = raw[index] as string;
    if (isDropped(char)) continue;
    text += BREAKS.has(char) ? '\n' : char;
    rawIndexOf[length] = index;
    length += 1;
  }
  const clamp = (value: number, max: number) => Math.min(Math.max(0, Math.trunc(value)), max);
  return {
    text,
    raw,
    toClean: (rawOffset) => lowerBound(rawIndexOf, length, clamp(rawOffset, raw.length)),
    toRawRange(start, end) {
      const from = clamp(start, length);
      const to = clamp(end, length);
      if (to <= from) {
        const at = from < length ? (rawIndexOf[from] ?? raw.length) : raw.length;
        return { start: at, end: at };
      }
      return { start: rawIndexOf[from] ?? 0, end: (rawIndexOf[to - 1] ?? 0) + 1 };
    },
  };
}
