/**
 * One sentence being read: its words, where its clauses start, per-word flags
 * that the checks leave for one another, and the small questions every check
 * asks (is this word negated, hedged, a name?). Kept free of allocations per
 * word, since a long text has tens of thousands of words.
 */
import type { Lexicon } from './lexicon';
import type { PhraseSet } from './matchers';
import { isCapitalised, type Token } from './text';

/** Characters `[start, end)` of the text a sentence was cut from, and what they say. */
export interface Marked {
  start: number;
  end: number;
  match: string;
}

/** Per-word flags. */
export const Flag = {
  /** Inside an instruction verb or a next-step phrase: not read as praise or a problem. */
  step: 1,
  /** Inside a next-step phrase ("i nästa utkast"): does not decide the level. */
  marker: 2,
  /** Inside person praise: not a separate value, sweeping word or content word. */
  person: 4,
  /** Part of a value or grade. */
  value: 8,
  /** Inside an exception to the level cues ("sources of error"). */
  notLevel: 16,
  /** Inside quotation marks: the learner's words (or a word discussed), not the teacher's. */
  quoted: 32,
  /** Inside an idiom or term that holds a sweeping or value word ("framför allt", "present perfect"). */
  idiom: 64,
} as const;

/** Quotation marks: straight ones toggle, the others open or close. */
const QUOTE_TOGGLE = '"';
const QUOTE_OPEN = '“„«';
const QUOTE_CLOSE = '”»';

/** How many words a negation may stand before the word it turns ("not yet really good"). */
const NEGATION_REACH = 3;
/** How many words a hedge may stand before a sweeping word ("nästan alltid"). */
const HEDGE_REACH = 2;

export class Reading {
  readonly n: number;
  /** The index of the first word of each word's clause. */
  readonly clause: number[];
  readonly flags: number[];

  constructor(
    readonly lex: Lexicon,
    /** The whole text the sentence was cut from (token offsets are in it). */
    readonly text: string,
    readonly tokens: Token[],
    /** Where the sentence starts in `text`. */
    start = tokens[0]?.start ?? 0,
  ) {
    const n = tokens.length;
    this.n = n;
    this.clause = new Array<number>(n);
    this.flags = new Array<number>(n).fill(0);
    let current = 0;
    let quoted = false;
    let previousEnd = start;
    for (let i = 0; i < n; i++) {
      const token = tokens[i] as Token;
      if (token.clauseStart) current = i;
      this.clause[i] = current;
      for (let c = previousEnd; c < token.start; c++) {
        const char = text.charAt(c);
        if (char === QUOTE_TOGGLE) quoted = !quoted;
        else if (QUOTE_OPEN.includes(char)) quoted = true;
        else if (QUOTE_CLOSE.includes(char)) quoted = false;
      }
      if (quoted) this.flags[i] = Flag.quoted;
      previousEnd = token.end;
    }
  }

  /** The end of the longest entry of `set` starting at word `i` (before `limit`), or 0. */
  end(set: PhraseSet, i: number, limit = this.n): number {
    return set.endAt(this.tokens, i, limit);
  }

  /** Does an entry of exactly one word of `set` match word `i`? */
  word(set: PhraseSet, i: number): boolean {
    const token = this.tokens[i];
    return token !== undefined && set.hasWord(token);
  }

  /** Are words `i` and `j` in the same clause? */
  sameClause(i: number, j: number): boolean {
    return j >= 0 && j < this.n && this.clause[i] === this.clause[j];
  }

  /** The index after the last word of word `i`'s clause. */
  clauseEnd(i: number): number {
    let end = i + 1;
    while (end < this.n && this.clause[end] === this.clause[i]) end++;
    return end;
  }

  flag(from: number, to: number, bit: number): void {
    for (let k = from; k < to; k++) this.flags[k] = (this.flags[k] as number) | bit;
  }

  has(i: number, bit: number): boolean {
    return ((this.flags[i] as number) & bit) !== 0;
  }

  /** Is word `j` a negation that negates ("inte", "not"; not "inte bara", "not only")? */
  isNegation(j: number): boolean {
    return this.word(this.lex.negations, j) && this.end(this.lex.notNegations, j) === 0;
  }

  /**
   * Is the word at `i` turned round by a negation: one of the few words before
   * it in its clause ("inte bra", "not clear", "isn't good"); the first word of
   * its clause ("Inget av det du skriver hänger ihop") or a negative subject
   * opening the sentence ("Ingenting av det du skriver, …"); or, in
   * Swedish and Norwegian, right after it ("fungerar inte", "tydlig hypotes
   * saknas")?
   */
  negated(i: number): boolean {
    if (this.negatedBefore(i)) return true;
    const clauseStart = this.clause[i] as number;
    if (clauseStart < i && this.isNegation(clauseStart)) return true;
    // Across clauses only for a negative subject ("Ingenting av det du skriver, henger sammen"),
    // not for "Not quite there yet: the paragraph contradicts…".
    if (
      clauseStart > 0 &&
      this.isNegation(0) &&
      !this.tokens[1]?.clauseStart &&
      (this.word(this.lex.absence, 0) || this.word(this.lex.sweepingWords, 0))
    ) {
      return true;
    }
    if (this.lex.lang !== 'en' && this.sameClause(i, i + 1)) {
      if (this.isNegation(i + 1)) return true;
      if (
        this.sameClause(i, i + 2) &&
        this.isNegation(i + 2) &&
        !this.word(this.lex.coordinators, i + 1) &&
        this.end(this.lex.clauseOpeners, i + 1) === 0
      ) {
        return true;
      }
    }
    return false;
  }

  /** Is there a negation in the few words before word `i`, in its clause? */
  negatedBefore(i: number): boolean {
    const first = Math.max(this.clause[i] as number, i - NEGATION_REACH);
    for (let j = i - 1; j >= first; j--) if (this.isNegation(j)) return true;
    return false;
  }

  /** Is a hedge ("nästan", "almost", "nesten") right before word `i`? */
  hedged(i: number): boolean {
    const first = Math.max(this.clause[i] as number, i - HEDGE_REACH);
    for (let j = i - 1; j >= first; j--) if (this.word(this.lex.hedges, j)) return true;
    return false;
  }

  /** A capitalised word after the first, or a first word followed by a comma: probably a name. */
  isName(i: number): boolean {
    const token = this.tokens[i] as Token;
    if (!isCapitalised(token.raw)) return false;
    if (i > 0) return true;
    const next = this.tokens[1];
    return next === undefined || next.clauseStart;
  }

  /** Any positive, negative or value word at `i`: something a sweeping word can exaggerate. */
  isJudgement(i: number): boolean {
    const lex = this.lex;
    return (
      this.end(lex.positive, i) > 0 ||
      this.end(lex.negative, i) > 0 ||
      this.end(lex.valuesPositive, i) > 0 ||
      this.end(lex.valuesNegative, i) > 0 ||
      this.end(lex.personAdjectives, i) > 0 ||
      this.end(lex.personCriticism, i) > 0
    );
  }

  /** The characters of words `[from, to)`. */
  mark(from: number, to: number): Marked {
    const start = (this.tokens[from] as Token).start;
    const end = (this.tokens[to - 1] as Token).end;
    return { start, end, match: this.text.slice(start, end) };
  }

  /** The characters between word `i - 1` and word `i`. */
  gapBefore(i: number): string {
    return this.text.slice((this.tokens[i - 1] as Token).end, (this.tokens[i] as Token).start);
  }
}
