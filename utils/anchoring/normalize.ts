/**
 * A copy of a text in the form quotes are compared in, with the way back to
 * the original: `toOriginal[i]` is the offset in the original text where the
 * character at `i` of the copy came from, and `toOriginal[text.length]` is
 * the original length. Offsets found in the copy are always reported in the
 * original text, so ranges and positions stay true to the document.
 */
export interface NormalizedText {
  text: string;
  toOriginal: number[];
}

/**
 * One token that reads differently from how it is stored: characters with no
 * width (zero-width space and joiners, word joiner, soft hyphen, byte order
 * mark), white space other than one plain space (a run of it, a line
 * break, a no-break or thin space…), a typographic single or double quote, or a letter followed by
 * combining marks (decomposed, NFD, text).
 */
const TOKEN =
  /([\u00ad\u200b-\u200d\u2060\ufeff])|(\s{2,}|[^\S ])|([\u2018\u2019\u201a\u201b])|([\u201c\u201d\u201e\u201f])|(\P{M}\p{M}+)/gu;

/**
 * Rewrites `text` the way a reader would not notice: white space of any kind
 * and length becomes one space, invisible characters go, curly quotes become
 * straight (word processors swap them as one types) and letters are composed
 * (NFC), so "ö" typed as o + ¨ matches a precomposed "ö". Both the document
 * and the stored quote go through this before they are compared.
 */
export function normalizeForMatching(text: string): NormalizedText {
  const toOriginal: number[] = [];
  let normalized = '';
  let copiedUpTo = 0;

  const copyPlain = (end: number) => {
    for (let i = copiedUpTo; i < end; i++) toOriginal.push(i);
    normalized += text.slice(copiedUpTo, end);
  };

  for (const match of text.matchAll(TOKEN)) {
    const at = match.index;
    copyPlain(at);
    copiedUpTo = at + match[0].length;
    const [, invisible, space, singleQuote, doubleQuote, composed] = match;
    if (invisible) continue;
    if (space) {
      if (normalized.endsWith(' ')) continue;
      toOriginal.push(at);
      normalized += ' ';
    } else if (singleQuote || doubleQuote) {
      toOriginal.push(at);
      normalized += singleQuote ? "'" : '"';
    } else if (composed) {
      const nfc = composed.normalize('NFC');
      for (let i = 0; i < nfc.length; i++) toOriginal.push(at);
      normalized += nfc;
    }
  }
  copyPlain(text.length);
  toOriginal.push(text.length);
  return { text: normalized, toOriginal };
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
