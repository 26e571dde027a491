/**
 * A copy of a text in the form quotes are compared in, with the way back to
 * the original: `toOriginal[i]` is the offset in the original text where the
 * character at `i` of the copy came from, and `toOriginal[text.length]` is
 * the original length. Offsets found in the copy are always reported in the
 * original text, so ranges and positions stay true to the document.
 */
export interface NormalizedText {
  text: string;
  toOriginal: Int32Array;
}

/**
 * One token that reads differently from how it is stored: characters with no
 * width (zero-width space and joiners, word joiner, soft hyphen, byte order
 * mark), white space other than one plain space (a run of it, a line
 * break, a no-break or thin space…), a typographic single or double quote,
 * or combining marks (of a letter stored decomposed, NFD).
 */
const TOKEN =
  /([\u00ad\u200b-\u200d\u2060\ufeff])|(\s{2,}|[^\S ])|([\u2018\u2019\u201a\u201b])|([\u201c\u201d\u201e\u201f])|(\p{M}+)/gu;

/** Where the character before `at` starts (two code units back for an astral one). */
function previousCharacterStart(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xdc00 && code <= 0xdfff && at >= 2 ? at - 2 : at - 1;
}

/**
 * Rewrites `text` the way a reader would not notice: white space of any kind
 * and length becomes one space, invisible characters go, curly quotes become
 * straight (word processors swap them as one types) and letters are composed
 * (NFC), so "ö" typed as o + ¨ matches a precomposed "ö". Both the document
 * and the stored quote go through this before they are compared.
 */
export function normalizeForMatching(text: string): NormalizedText {
  const toOriginal = new Int32Array(text.length + 1);
  const parts: string[] = [];
  let length = 0;
  let copiedUpTo = 0;
  let endsWithSpace = false;

  const emit = (part: string, from: number) => {
    toOriginal.fill(from, length, length + part.length);
    length += part.length;
    parts.push(part);
    endsWithSpace = part.endsWith(' ');
  };
  const copyPlain = (end: number) => {
    if (end <= copiedUpTo) return;
    for (let i = copiedUpTo; i < end; i++) toOriginal[length++] = i;
    parts.push(text.slice(copiedUpTo, end));
    endsWithSpace = text[end - 1] === ' ';
  };

  for (const match of text.matchAll(TOKEN)) {
    const [token, invisible, space, singleQuote, doubleQuote] = match;
    let at = match.index;
    const end = at + token.length;
    if (invisible || space || singleQuote || doubleQuote) {
      copyPlain(at);
      if (space && !endsWithSpace) emit(' ', at);
      if (singleQuote || doubleQuote) emit(singleQuote ? "'" : '"', at);
    } else {
      // Combining marks: composed with the letter before them, unless that
      // letter was itself rewritten (marks after a space stay as they are).
      const base = at > 0 ? previousCharacterStart(text, at) : at;
      if (base >= copiedUpTo) at = base;
      copyPlain(at);
      const segment = text.slice(at, end);
      const composed = segment.normalize('NFC');
      emit(composed.length <= segment.length ? composed : segment, at);
    }
    copiedUpTo = end;
  }
  copyPlain(text.length);
  toOriginal[length] = text.length;
  return { text: parts.join(''), toOriginal: toOriginal.subarray(0, length + 1) };
}
/**
 * The offset in the normalized copy that corresponds to `originalOffset`:
 * the last copy character that comes from at or before it. Used to carry a
 * stored position over into the copy.
 */
export function toNormalizedOffset(normalized: NormalizedText, originalOffset: number): number {
  const { toOriginal } = normalized;
  let low = 0;
  let high = toOriginal.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((toOriginal[middle] ?? 0) <= originalOffset) low = middle;
    else high = middle - 1;
  }
  return low;
}
