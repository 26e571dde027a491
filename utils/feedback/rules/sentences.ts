/**
 * Cuts feedback text into sentences: at . ! ? … and line breaks, with list
 * markers (- * • 1. a)) left out of the sentence. A full stop does not end a
 * sentence after a known abbreviation ("t.ex.", "e.g.", "f.eks.", "s. 4"),
 * inside a number ("3.5") or inside a word ("www.skolverket.se"). One pass
 * over the characters; the only regular expressions are anchored and short.
 */

export interface SentenceSpan {
  start: number;
  end: number;
}

/** What the splitter needs from a language's lexicon. */
export interface SplitOptions {
  /** Lower-case abbreviations with their dots: "t.ex.", "e.g.", "s.". */
  abbreviations: ReadonlySet<string>;
  /** Abbreviations that may also end a sentence ("etc.", "osv."): a capital letter after them starts a new one. */
  endings: ReadonlySet<string>;
}

/** A list marker at the start of a line: a dash or bullet, then a space. */
const BULLET = /[ \t]*[-*•◦▪‣·–—][ \t]+/y;
/**
 * A numbered marker, "1." / "1)" / "a)", then a space: only in text of several
 * lines, since a one-line "5. Analysen är genomtänkt" starts with a grade.
 */
const NUMBERED = /[ \t]*(?:\d{1,2}[.)]|[a-zA-Z]\))[ \t]+/y;
const TERMINALS = '.!?…';
/** Closing quotes and brackets that belong to the sentence they follow. */
const CLOSERS = '"\'”’»)]';

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\u00a0' || char === '\r';
}

/** White space, including line breaks. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 12;
}

/** . ! ? … */
function isTerminal(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

function isLetterOrDigit(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

function isLower(char: string | undefined): boolean {
  return char !== undefined && char !== char.toUpperCase() && char === char.toLowerCase();
}

function isUpper(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** The word (letters, digits and dots) that ends just before `dot`, lower case, with the dot. */
function wordBefore(text: string, dot: number): string {
  let start = dot;
  while (start > 0) {
    const char = text[start - 1];
    if (char === '.' || isLetterOrDigit(char)) start--;
    else break;
  }
  return `${text.slice(start, dot).toLowerCase()}.`;
}

/** Does the single full stop at `dot` (followed by white space or the end) end a sentence? */
function fullStopEnds(text: string, dot: number, options: SplitOptions): boolean {
  let next = dot + 1;
  while (isSpace(text[next])) next++;
  const following = text[next];
  if (following === undefined || following === '\n') return true;
  const word = wordBefore(text, dot);
  if (options.abbreviations.has(word)) {
    return options.endings.has(word) && isUpper(following);
  }
  const bare = word.slice(0, -1);
  // "s. 4", "kap. 3": a short word before a number is an abbreviation.
  if (isDigit(following) && bare.length <= 3 && !isDigit(bare.charAt(0))) return false;
  // A lower-case letter after a short word or a number: an abbreviation or an ordinal ("3. mars").
  if (isLower(following) && (bare.length <= 3 || isDigit(bare.charAt(0)))) return false;
  return true;
}

/**
 * The sentences of `text`, as trimmed spans. Text without any letter or digit
 * (a stray dash, a lone "!") is not a sentence.
 */
export function splitSentences(text: string, options: SplitOptions): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = -1;
  let lineStart = true;

  const close = (end: number) => {
    if (start < 0) return;
    let last = end;
    while (last > start && isBlank(text.charCodeAt(last - 1))) last--;
    let hasWord = false;
    for (let i = start; i < last && !hasWord; i++) hasWord = isLetterOrDigit(text[i]);
    if (hasWord) spans.push({ start, end: last });
    start = -1;
  };

  let i = 0;
  const n = text.length;
  const markers = text.includes('\n') ? [BULLET, NUMBERED] : [BULLET];
  while (i < n) {
    if (lineStart) {
      lineStart = false;
      const marker = markers.find((pattern) => {
        pattern.lastIndex = i;
        return pattern.test(text);
      });
      if (marker) {
        close(i);
        i = marker.lastIndex;
        continue;
      }
    }
    const code = text.charCodeAt(i);
    if (code === 10) {
      close(i);
      lineStart = true;
      i++;
      continue;
    }
    if (start < 0) {
      if (isBlank(code)) {
        i++;
        continue;
      }
      start = i;
    }
    if (!isTerminal(code)) {
      i++;
      continue;
    }
    // A run of terminal marks, then closing quotes or brackets.
    let j = i;
    while (j < n && TERMINALS.includes(text[j] as string)) j++;
    let k = j;
    while (k < n && CLOSERS.includes(text[k] as string)) k++;
    const run = text.slice(i, j);
    const after = text[k];
    let ends: boolean;
    if (after !== undefined && !isSpace(after) && after !== '\n') {
      // Punctuation inside a token: "3.5", "t.ex", "www.skola.se", "?!" glued to a word.
      ends = false;
    } else if (run.includes('!') || run.includes('?')) {
      ends = true;
    } else if (run === '.') {
      ends = k > j || fullStopEnds(text, i, options);
    } else {
      // An ellipsis ends a sentence only before a capital letter or the end of a line.
      let next = k;
      while (isSpace(text[next])) next++;
      ends = text[next] === undefined || text[next] === '\n' || isUpper(text[next]);
    }
    if (ends) close(k);
    i = k;
  }
  close(n);
  return spans;
}
