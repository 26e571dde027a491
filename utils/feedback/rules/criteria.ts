/**
 * Does feedback refer to at least one success criterion? Compares content
 * words after folding (å→a, ø→o) and light stemming, with a teacher-editable
 * list of synonyms ("sammanhängande, hänger ihop, röd tråd"). Only the words
 * of the feedback and the criteria are compared; nothing is learned.
 *
 * A criterion counts as referred to when the feedback has
 * - one of its key words (not a generic word like "use" or "tydlig"), in any
 *   inflection or as the first part of a compound ("mening" → "meningsbyggnad"),
 *   or a synonym listed for one of its words or phrases; or
 * - two weaker links, at least one of them not a generic word: words that
 *   only share a compound's last part ("kommatecken" / "skiljetecken") or
 *   contain one another ("räknar" / "beräkningar"), and generic words.
 */
import { foldedOf, type Lexicon, stemOf } from './lexicon';
import { type Token, tokenize } from './text';

/** A word must be this long for its compound parts to be compared. */
const COMPOUND_HEAD = 5;
const COMPOUND_TAIL = 6;
const CONTAINED = 4;

/** The feedback's words, prepared once for all criteria. */
export interface TextWords {
  stems: Set<string>;
  /** " stem stem stem " for phrase look-ups. */
  joined: string;
  synonymIds: Set<number>;
}

function contentStems(lex: Lexicon, tokens: Token[]): string[] {
  const stems: string[] = [];
  for (const token of tokens) {
    if (lex.stopWords.has(token.norm)) continue;
    const folded = foldedOf(lex, token);
    if (lex.stopWords.has(folded) || folded.length < 2 || /^\d+$/.test(folded)) continue;
    stems.push(stemOf(lex, token));
  }
  return stems;
}

/** Gathers the feedback's words sentence by sentence, then prepares them for all criteria. */
export class TextWordsBuilder {
  private readonly stems = new Set<string>();
  private readonly all: string[] = [];

  constructor(private readonly lex: Lexicon) {}

  add(tokens: Token[]): void {
    for (const stemmed of contentStems(this.lex, tokens)) this.stems.add(stemmed);
    for (const token of tokens) this.all.push(stemOf(this.lex, token));
  }

  build(): TextWords {
    const joined = ` ${this.all.join(' ')} `;
    const synonymIds = new Set<number>();
    for (const [phrase, id] of this.lex.synonyms) {
      if (joined.includes(` ${phrase} `)) synonymIds.add(id);
    }
    return { stems: this.stems, joined, synonymIds };
  }
}

/**
 * How a criterion word is found in the feedback: as itself or a listed
 * synonym ('strong'), only loosely ('weak'), or as a generic word.
 */
type Link = 'strong' | 'weak' | 'generic' | null;

function linkWord(lex: Lexicon, word: string, text: TextWords): Link {
  const generic = lex.genericStems.has(word);
  if (text.stems.has(word)) return generic ? 'generic' : 'strong';
  const synonym = lex.synonyms.get(word);
  if (synonym !== undefined && text.synonymIds.has(synonym)) return 'strong';
  let weak = false;
  for (const other of text.stems) {
    const [short, long] = other.length < word.length ? [other, word] : [word, other];
    if (short.length >= COMPOUND_HEAD && long.startsWith(short)) {
      if (!generic && !lex.genericStems.has(other)) return 'strong';
      weak = true;
    } else if (
      (short.length >= CONTAINED && long.includes(short)) ||
      (short.length >= COMPOUND_TAIL && long.endsWith(short.slice(-COMPOUND_TAIL))) ||
      sharedTail(short, long) >= COMPOUND_TAIL
    ) {
      weak = true;
    }
  }
  if (!weak) return null;
  return generic ? 'generic' : 'weak';
}

function sharedTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Is this one criterion referred to in the feedback? */
export function refersTo(lex: Lexicon, criterion: string, text: TextWords): boolean {
  const tokens = tokenize(criterion);
  const words = contentStems(lex, tokens);
  if (words.length === 0) return false;
  // Synonyms listed for a phrase of the criterion ("röd tråd", "well-linked").
  const stemmed = ` ${tokens.map((token) => stemOf(lex, token)).join(' ')} `;
  for (const [phrase, id] of lex.synonyms) {
    if (text.synonymIds.has(id) && stemmed.includes(` ${phrase} `)) return true;
  }
  let strong = 0;
  let weak = 0;
  let generic = 0;
  const unique = new Set(words);
  for (const word of unique) {
    const link = linkWord(lex, word, text);
    if (link === 'strong') strong++;
    else if (link === 'weak') weak++;
    else if (link === 'generic') generic++;
  }
  if (strong >= 1) return true;
  // Generic words ("use", "clear") alone link nothing, unless the criterion has no other words.
  const onlyGeneric = [...unique].every((word) => lex.genericStems.has(word));
  if (onlyGeneric) return generic >= Math.min(2, unique.size);
  return weak >= 1 && weak + generic >= 2;
}

/** Does the feedback refer to any of the criteria? Empty criteria are ignored. */
export function refersToAny(lex: Lexicon, criteria: readonly string[], text: TextWords): boolean {
  return criteria.some((criterion) => criterion.trim() !== '' && refersTo(lex, criterion, text));
}
