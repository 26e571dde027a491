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
import type { Token, WordInfo } from './text';

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
}

/** The most words `...` stands for. */
const GAP = 3;
/**
 * The most gaps a pattern may have; further `...` are ignored. Matching one
 * pattern at one word then tries at most (GAP + 1) ^ MAX_GAPS = 16 ways, so no
 * entry a teacher adds can make the review slow.
 */
const MAX_GAPS = 2;

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
  let gaps = 0;
  for (const word of entry.trim().split(/\s+/)) {
    if (word === '...' || word === '…') {
      const last = slots[slots.length - 1];
      if (last && !('gap' in last) && gaps < MAX_GAPS) {
        slots.push({ gap: GAP });
        gaps++;
      }
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

/** A vocabulary is dropped when it grows past this many words (a bound on memory). */
const CACHE_LIMIT = 50_000;
/** Word lists per language, at most: the size of each word's per-list caches. */
const MAX_LISTS = 64;
const NONE: readonly Pattern[] = [];
const NO_MATCHES: readonly PhraseMatch[] = [];
/** A table buffer larger than this (in cells) is shrunk when a short sentence comes. */
const LARGE_TABLE = 1 << 18;

/** A pattern of one list, in the language-wide index. */
interface Entry {
  list: number;
  pattern: Pattern;
}

/**
 * The words of one language seen so far, with what each list has worked out
 * about them. All lists of a lexicon share one space: one index by first word
 * over all their patterns, so that a sentence is matched against all lists in
 * a single pass over its words, and a new word is looked up once, not once
 * per list.
 */
export class WordSpace {
  private readonly words = new Map<string, WordInfo>();
  private lists = 0;
  private readonly byWord = new Map<string, Entry[]>();
  private readonly byPrefix = new Map<string, Entry[]>();
  private readonly others: Entry[] = [];

  /** A number for a new list in this space, and its patterns for the index. */
  register(patterns: readonly Pattern[]): number {
    if (this.lists >= MAX_LISTS) throw new Error('Too many word lists in one language.');
    const list = this.lists++;
    for (const pattern of patterns) {
      const entry = { list, pattern };
      const first = pattern.slots[0] as { alternatives: Alternative[] };
      const keys = new Set<string>();
      let other = false;
      for (const alternative of first.alternatives) {
        if (alternative.kind === 'exact') keys.add(`=${alternative.text}`);
        else if (alternative.kind === 'prefix' && alternative.text.length >= 2) {
          keys.add(`^${alternative.text.slice(0, 2)}`);
        } else other = true;
      }
      if (other) this.others.push(entry);
      else {
        for (const key of keys) {
          const map = key.startsWith('=') ? this.byWord : this.byPrefix;
          const bucket = map.get(key.slice(1));
          if (bucket) bucket.push(entry);
          else map.set(key.slice(1), [entry]);
        }
      }
    }
    return list;
  }

  /** The number of lists: the width of a table row. */
  get width(): number {
    return this.lists;
  }

  /** The shared record of a token's word: looked up once per token, then reused by every list. */
  infoOf(token: Token): WordInfo {
    if (token.info?.space === this) return token.info;
    let info = this.words.get(token.norm);
    if (!info) {
      if (this.words.size >= CACHE_LIMIT) this.words.clear();
      info = { space: this, starts: new Array(MAX_LISTS), singles: new Array(MAX_LISTS) };
      this.words.set(token.norm, info);
    }
    token.info = info;
    return info;
  }

  /** Every (list number, pattern) whose first place allows the token's word, flattened. */
  candidates(token: Token): unknown[] {
    const info = this.infoOf(token);
    if (info.all) return info.all;
    const word = token.norm;
    const all: unknown[] = [];
    const seen = new Set<Entry>();
    const consider = (entries: Entry[] | undefined) => {
      if (!entries) return;
      for (const entry of entries) {
        if (seen.has(entry) || !slotMatches(entry.pattern.slots[0] as Slot, word)) continue;
        seen.add(entry);
        all.push(entry.list, entry.pattern);
      }
    };
    consider(this.byWord.get(word));
    consider(this.byPrefix.get(word.slice(0, 2)));
    consider(this.others);
    info.all = all;
    return all;
  }

  /** The sentence whose matches are in `ends`. */
  private current: Token[] | null = null;
  private ends = new Int32Array(0);
  /** For the sentence in `ends`: 1 for each list with any match in it. */
  private readonly present = new Uint8Array(MAX_LISTS);

  /**
   * Matches all lists against a sentence in one pass, into a flat table with,
   * for each word and list, the end of the longest match starting there (0:
   * none). Sentences are read one at a time, so the table of the sentence
   * being read is kept (in one reused buffer) until the next one is asked for.
   */
  table(tokens: Token[]): Int32Array {
    if (this.current === tokens) return this.ends;
    const n = tokens.length;
    const width = this.lists;
    if (this.ends.length < n * width) {
      this.ends = new Int32Array(Math.max(n * width, 2 * this.ends.length));
    } else if (this.ends.length > LARGE_TABLE && n * width * 8 < this.ends.length) {
      // Give back the memory a very long sentence took once it is no longer needed.
      this.ends = new Int32Array(Math.max(n * width * 2, 1024));
    }
    const ends = this.ends;
    const present = this.present;
    ends.fill(0, 0, n * width);
    present.fill(0);
    for (let i = 0; i < n; i++) {
      const all = this.candidates(tokens[i] as Token);
      for (let c = 0; c < all.length; c += 2) {
        const id = all[c] as number;
        const pattern = all[c + 1] as Pattern;
        const end =
          pattern.slots.length === 1 ? i + 1 : matchFrom(pattern.slots, 1, tokens, i + 1, n);
        const cell = i * width + id;
        if (end > (ends[cell] as number)) {
          ends[cell] = end;
          present[id] = 1;
        }
      }
    }
    this.current = tokens;
    return ends;
  }

  /** Does list `id` match anywhere in the sentence? */
  matchesIn(tokens: Token[], id: number): boolean {
    this.table(tokens);
    return this.present[id] === 1;
  }
}

/**
 * A list of lexicon entries. Its patterns are indexed by first word in the
 * language's WordSpace; a sentence is matched against all lists of its
 * language at once (see WordSpace.table), so most queries are array reads.
 */
export class PhraseSet {
  private readonly id: number;
  readonly size: number;

  constructor(
    entries: readonly string[],
    private readonly space: WordSpace = new WordSpace(),
  ) {
    const patterns: Pattern[] = [];
    for (const entry of entries) {
      const pattern = parsePattern(entry);
      if (pattern) patterns.push(pattern);
    }
    this.size = patterns.length;
    this.id = space.register(patterns);
  }

  /** The patterns of this list whose first place allows the token's word. */
  private startsAt(token: Token): readonly Pattern[] {
    const info = this.space.infoOf(token);
    const cached = info.starts[this.id] as readonly Pattern[] | undefined;
    if (cached) return cached;
    const all = this.space.candidates(token);
    const found: Pattern[] = [];
    for (let c = 0; c < all.length; c += 2) {
      if (all[c] === this.id) found.push(all[c + 1] as Pattern);
    }
    const result = found.length > 0 ? found : NONE;
    info.starts[this.id] = result;
    return result;
  }

  /** Does an entry of exactly one word match the token's word? */
  hasWord(token: Token): boolean {
    const info = this.space.infoOf(token);
    const cached = info.singles[this.id];
    if (cached !== undefined) return cached;
    const found = this.startsAt(token).some((pattern) => pattern.slots.length === 1);
    info.singles[this.id] = found;
    return found;
  }

  /**
   * The end of the longest match starting at token `i` and ending at or before
   * `limit`, or 0 when there is none.
   */
  endAt(tokens: Token[], i: number, limit = tokens.length): number {
    if (i < 0 || i >= limit) return 0;
    if (limit >= tokens.length) {
      return this.space.table(tokens)[i * this.space.width + this.id] as number;
    }
    let best = 0;
    for (const pattern of this.startsAt(tokens[i] as Token)) {
      const end = matchFrom(pattern.slots, 1, tokens, i + 1, limit);
      if (end > best) best = end;
    }
    return best > i ? best : 0;
  }

  /** Every match in `tokens[from, to)`, left to right, not overlapping (longest first). */
  findAll(tokens: Token[], from = 0, to = tokens.length): readonly PhraseMatch[] {
    if (to >= tokens.length && !this.space.matchesIn(tokens, this.id)) return NO_MATCHES;
    const matches: PhraseMatch[] = [];
    if (to < tokens.length) {
      for (let i = from; i < to; ) {
        const end = this.endAt(tokens, i, to);
        if (end > 0) {
          matches.push({ start: i, end });
          i = end;
        } else i++;
      }
      return matches;
    }
    const table = this.space.table(tokens);
    const width = this.space.width;
    for (let i = from; i < to; ) {
      const end = table[i * width + this.id] as number;
      if (end > 0) {
        matches.push({ start: i, end });
        i = end;
      } else i++;
    }
    return matches;
  }

  /** Does any entry match somewhere in the sentence? */
  test(tokens: Token[]): boolean {
    return this.space.matchesIn(tokens, this.id);
  }
}
