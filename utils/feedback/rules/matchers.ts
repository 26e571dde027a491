/**
 * Word patterns from the lexicon files, compiled once and matched word by word
 * (never as regular expressions, so a teacher's entry cannot make the review
 * slow). The pattern language, as the lexicons' `_comment` explains it:
 *
 * - words are matched whole and regardless of capital letters;
 * - `duktig*` allows any ending (duktig, duktiga, duktigt); `*duktig` any
 *   beginning (jätteduktig); `*duktig*` both;
 * - `är/var` allows either word in that place;
 * - `...` between two words allows up to three other words in between.
 */
import type { Token } from './text';

/** One allowed word in a place of a pattern. */
interface Alternative {
  kind: 'exact' | 'prefix' | 'suffix' | 'contains';
  text: string;
}

/** A place in a pattern: one of a few words, or a gap of up to `gap` words. */
type Slot = { alternatives: Alternative[] } | { gap: number };

interface Pattern {
  entry: string;
  slots: Slot[];
}

/** A pattern found in a run of tokens: tokens `[start, end)`. */
export interface PhraseMatch {
  start: number;
  end: number;
  entry: string;
}

/** The most words `...` stands for. */
const GAP = 3;

function parseAlternative(word: string): Alternative | null {
  const text = word.replace(/’/g, "'").toLowerCase();
  const leading = text.startsWith('*');
  const trailing = text.length > 1 && text.endsWith('*');
  const core = text.slice(leading ? 1 : 0, trailing ? -1 : undefined);
  if (core.length === 0) return null;
  if (leading && trailing) return { kind: 'contains', text: core };
  if (leading) return { kind: 'suffix', text: core };
  if (trailing) return { kind: 'prefix', text: core };
  return { kind: 'exact', text: core };
}

/** Parses one lexicon entry; entries that are empty after parsing are dropped. */
export function parsePattern(entry: string): Pattern | null {
  const slots: Slot[] = [];
  for (const word of entry.trim().split(/\s+/)) {
    if (word === '...' || word === '…') {
      if (slots.length > 0) slots.push({ gap: GAP });
      continue;
    }
    const alternatives = word
      .split('/')
      .map(parseAlternative)
      .filter((alternative): alternative is Alternative => alternative !== null);
    if (alternatives.length > 0) slots.push({ alternatives });
  }
  while (slots.length > 0 && 'gap' in (slots[slots.length - 1] as Slot)) slots.pop();
  return slots.length > 0 ? { entry, slots } : null;
}

function alternativeMatches(alternative: Alternative, word: string): boolean {
  switch (alternative.kind) {
    case 'exact':
      return word === alternative.text;
    case 'prefix':
      return word.startsWith(alternative.text);
    case 'suffix':
      return word.endsWith(alternative.text);
    case 'contains':
      return word.includes(alternative.text);
  }
}

/** Does one place of a pattern (not a gap) allow this word? */
function slotMatches(slot: Slot, word: string): boolean {
  if ('gap' in slot) return false;
  for (const alternative of slot.alternatives) {
    if (alternativeMatches(alternative, word)) return true;
  }
  return false;
}

/**
 * Matches `slots[si..]` against `tokens[ti..limit)`; returns the end of the
 * shortest match or -1. Gaps are few and short, so the search is bounded
 * by (GAP + 1) ^ gaps, a small constant.
 */
function matchFrom(slots: Slot[], si: number, tokens: Token[], ti: number, limit: number): number {
  if (si === slots.length) return ti;
  const slot = slots[si] as Slot;
  if ('gap' in slot) {
    for (let skip = 0; skip <= slot.gap && ti + skip < limit; skip++) {
      const end = matchFrom(slots, si + 1, tokens, ti + skip, limit);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (ti >= limit) return -1;
  const token = tokens[ti] as Token;
  return slotMatches(slot, token.norm) ? matchFrom(slots, si + 1, tokens, ti + 1, limit) : -1;
}

/**
 * A list of lexicon entries, indexed by their first word so that each token
 * is checked against only the few patterns that can start there.
 */
export class PhraseSet {
  private readonly byWord = new Map<string, Pattern[]>();
  private readonly byPrefix = new Map<string, Pattern[]>();
  private readonly others: Pattern[] = [];
  /** Entries that are one exact word, for quick membership tests. */
  readonly singleWords = new Set<string>();
  readonly size: number;

  constructor(entries: readonly string[]) {
    let size = 0;
    for (const entry of entries) {
      const pattern = parsePattern(entry);
      if (!pattern) continue;
      size++;
      const first = pattern.slots[0] as { alternatives: Alternative[] };
      for (const alternative of first.alternatives) {
        if (alternative.kind === 'exact') push(this.byWord, alternative.text, pattern);
        else if (alternative.kind === 'prefix' && alternative.text.length >= 2) {
          push(this.byPrefix, alternative.text.slice(0, 2), pattern);
        } else if (!this.others.includes(pattern)) this.others.push(pattern);
      }
      if (pattern.slots.length === 1 && first.alternatives.every((a) => a.kind === 'exact')) {
        for (const alternative of first.alternatives) this.singleWords.add(alternative.text);
      }
    }
    this.size = size;
  }

  /** The longest match starting at token `i` (ending at or before `limit`), or null. */
  matchAt(tokens: Token[], i: number, limit = tokens.length): PhraseMatch | null {
    const token = tokens[i];
    if (!token) return null;
    let best: PhraseMatch | null = null;
    const consider = (patterns: Pattern[] | undefined) => {
      if (!patterns) return;
      for (const pattern of patterns) {
        const end = matchFrom(pattern.slots, 0, tokens, i, limit);
        if (end > i && (!best || end > best.end)) best = { start: i, end, entry: pattern.entry };
      }
    };
    consider(this.byWord.get(token.norm));
    consider(this.byPrefix.get(token.norm.slice(0, 2)));
    consider(this.others);
    return best;
  }

  /** Every match in `tokens[from, to)`, left to right, not overlapping (longest first). */
  findAll(tokens: Token[], from = 0, to = tokens.length): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    if (this.size === 0) return matches;
    for (let i = from; i < to; ) {
      const match = this.matchAt(tokens, i, to);
      if (match) {
        matches.push(match);
        i = match.end;
      } else i++;
    }
    return matches;
  }

  /** Does any entry match somewhere in `tokens[from, to)`? */
  test(tokens: Token[], from = 0, to = tokens.length): boolean {
    if (this.size === 0) return false;
    for (let i = from; i < to; i++) if (this.matchAt(tokens, i, to)) return true;
    return false;
  }

  /** Does the single word match an entry of one word (any wildcard kind)? */
  matchesWord(word: string): boolean {
    const probe: Token[] = [{ norm: word, raw: word, start: 0, end: word.length, clauseStart: true }];
    const match = this.matchAt(probe, 0, 1);
    return match !== null && match.end === 1;
  }
}

function push(map: Map<string, Pattern[]>, key: string, pattern: Pattern): void {
  const list = map.get(key);
  if (!list) map.set(key, [pattern]);
  else if (!list.includes(pattern)) list.push(pattern);
}
