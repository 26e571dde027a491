/**
 * Words and clauses for the feedback review: a tokenizer that keeps character
 * offsets, the diacritic fold and a light stemmer. Pure string work, linear in
 * the length of the text (no pattern here can backtrack).
 */

/** One word of a sentence, with where it stands in the text it was cut from. */
export interface Token {
  /** Lower case, with the typographic apostrophe made straight ("you’re" → "you're"). */
  norm: string;
  /** As typed. */
  raw: string;
  start: number;
  end: number;
  /** First word of a clause: the sentence's first word, or after , ; : ( ) a dash or a quote. */
  clauseStart: boolean;
  /** What the matchers have worked out about this word (shared by all tokens of the word). */
  info?: WordInfo;
}

/**
 * Per distinct word of one language: for each word list (by its number), the
 * patterns that can start at the word, and the word's folded stem.
 */
export interface WordInfo {
  space: object;
  starts: unknown[];
  singles: (boolean | undefined)[];
  stem?: string;
  folded?: string;
  /** (list number, pattern) pairs of every list that can start at the word. */
  all?: unknown[];
}

/**
 * A word: letters and digits, joined by an apostrophe or hyphen ("you're",
 * "well-chosen", "e-post"). Each repetition of the group must start with a
 * joiner the letters cannot match, so the engine never backtracks.
 */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** Characters between two words that end a clause. */
const CLAUSE_CHARS = new Set([...',;:()[]"“”«»–—\n'].map((char) => char.charCodeAt(0)));

/** Splits `text[start, end)` into words; offsets are in `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = start;
  let previousEnd = start;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const tokenStart = match.index;
    if (tokenStart >= end) break;
    let raw = match[0];
    if (tokenStart + raw.length > end) raw = raw.slice(0, end - tokenStart);
    const lower = raw.toLowerCase();
    tokens.push({
      norm: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      raw,
      start: tokenStart,
      end: tokenStart + raw.length,
      clauseStart: tokens.length === 0 || breaksClause(text, previousEnd, tokenStart),
    });
    previousEnd = tokenStart + raw.length;
  }
  return tokens;
}

/** Do the characters between two words end a clause (, ; : ( ) [ ] quotes, a dash, a line break)? */
function breaksClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const char = text.charCodeAt(i);
    if (CLAUSE_CHARS.has(char)) return true;
    // A hyphen with a space on both sides is a dash.
    if (char === 45 && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32) return true;
  }
  return false;
}

/** Letters that Unicode does not decompose but that are often typed as plain letters. */
const LIGATURES: Record<string, string> = { æ: 'ae', ø: 'o', œ: 'oe', ß: 'ss' };
const LIGATURE = /[æøœß]/g;
const COMBINING_MARKS = /\p{M}+/gu;

/** Lower case without diacritics: "källor" → "kallor", "lærer" → "laerer", "søk" → "sok". */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(LIGATURE, (letter) => LIGATURES[letter] ?? letter);
}

/** The shortest stem the stemmer leaves, so that short words are not eaten. */
const MIN_STEM = 3;

/**
 * A light stemmer: folds the word and removes the longest ending in `suffixes`
 * (longest first) that leaves at least three letters. Good enough to see that
 * "källor", "källorna" and "källa" are one word; not a linguistic stemmer.
 */
export function stem(word: string, suffixes: readonly string[]): string {
  const folded = fold(word);
  for (const suffix of suffixes) {
    if (folded.length - suffix.length >= MIN_STEM && folded.endsWith(suffix)) {
      return folded.slice(0, folded.length - suffix.length);
    }
  }
  return folded;
}

/** Is the word written with a capital first letter (a name, a grade letter)? */
export function isCapitalised(raw: string): boolean {
  const first = raw.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
