import search from 'approx-string-match';

/** A stored quote, normalized like the text it is looked for in. */
export interface QuoteQuery {
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the passage used to start, in the same (normalized) text. */
  hint: number;
}

/** A place the quote may now be, with how much of the stored evidence agrees there. */
export interface QuoteCandidate {
  start: number;
  end: number;
  /** Edits between the stored quote and the text found. */
  errors: number;
  /** Characters of the stored prefix and suffix that still agree, beyond chance. */
  contextAgreement: number;
  /** Quote, context and nearness together, in characters: higher is better. */
  score: number;
}

/**
 * Share of the quote that may differ for a fuzzy match: a student who fixed a
 * few words still finds the comment, a passage rewritten beyond a third of
 * its characters is a different passage.
 */
const MAX_ERROR_RATE = 1 / 3;
/**
 * Characters of the quote that must survive for a fuzzy match: below this
 * a short word is only ever found verbatim, so a deleted "mat" does not
 * become the "sat" next to where it was.
 */
const MIN_AGREEING_CHARACTERS = 5;
/**
 * Two unrelated snippets of prose of the same length agree on about half of
 * their characters under edit distance; only agreement above that counts.
 */
const CHANCE_AGREEMENT = 0.5;
/** Extra characters either side of a context window, so a few inserted letters do not hide it. */
const CONTEXT_SLACK = 8;
/** What being at the old position is worth, in characters of evidence. */
const POSITION_WEIGHT = 8;
/** Distance (characters) at which nearness is worth half of `POSITION_WEIGHT`. */
const POSITION_HALF_DISTANCE = 1000;
/** Evidence (characters) that makes a match trustworthy however long the quote. */
const ENOUGH_EVIDENCE = 32;
/** Share of all the stored characters that must agree when there are fewer than `ENOUGH_EVIDENCE`. */
const ENOUGH_EVIDENCE_SHARE = 0.4;
/** An exact occurrence of a quote this long is taken even where its context changed. */
const DISTINCTIVE_QUOTE_LENGTH = 12;
/** Context agreement share above which an exact occurrence is not second-guessed by a fuzzy search. */
const CONFIDENT_CONTEXT_SHARE = 0.5;
/**
 * How far around the old position the fuzzy search looks before it searches
 * everywhere. The search reports only the closest matches in what it
 * searches, so a tight window comes first: there an edited passage is not
 * outshone by an unchanged copy of it elsewhere.
 */
const NEARBY_WINDOWS = [256, 2048];

/** Stands in for verbatim copies during a fuzzy search: a character no prose contains. */
const BLANK = '\u0000';

/** Fewest edits turning `pattern` into some part of `window`, or the pattern length. */
function fewestEdits(window: string, pattern: string): number {
  if (window === '') return pattern.length;
  const matches = search(window, pattern, pattern.length);
  return matches.reduce((fewest, match) => Math.min(fewest, match.errors), pattern.length);
}

/** Characters of `pattern` that agree with `window`, with chance agreement taken off. */
function agreement(window: string, pattern: string): number {
  if (pattern === '') return 0;
  const similarity = 1 - fewestEdits(window, pattern) / pattern.length;
  return (Math.max(0, similarity - CHANCE_AGREEMENT) / (1 - CHANCE_AGREEMENT)) * pattern.length;
}

function contextAgreement(text: string, start: number, end: number, query: QuoteQuery): number {
  const before = text.slice(Math.max(0, start - query.prefix.length - CONTEXT_SLACK), start);
  const after = text.slice(end, end + query.suffix.length + CONTEXT_SLACK);
  return agreement(before, query.prefix) + agreement(after, query.suffix);
}

function candidate(
  text: string,
  start: number,
  end: number,
  errors: number,
  query: QuoteQuery,
): QuoteCandidate {
  const contextAgreed = contextAgreement(text, start, end, query);
  const nearness = POSITION_WEIGHT / (1 + Math.abs(start - query.hint) / POSITION_HALF_DISTANCE);
  return {
    start,
    end,
    errors,
    contextAgreement: contextAgreed,
    score: query.exact.length - errors + contextAgreed + nearness,
  };
}

/**
 * Whether a candidate is the passage rather than a lookalike: enough of what
 * was stored (quote, context, place) must agree. A long exact quote speaks
 * for itself; a short one, or one with edits, also needs its surroundings,
 * so a deleted word is not moved onto some other word that looks like it.
 */
function isTrustworthy(candidate: QuoteCandidate, query: QuoteQuery): boolean {
  if (candidate.errors === 0 && query.exact.length >= DISTINCTIVE_QUOTE_LENGTH) return true;
  const stored = query.exact.length + query.prefix.length + query.suffix.length;
  const needed = Math.min(ENOUGH_EVIDENCE, stored * ENOUGH_EVIDENCE_SHARE);
  return candidate.score >= needed;
}

function best(candidates: QuoteCandidate[], query: QuoteQuery): QuoteCandidate | null {
  let winner: QuoteCandidate | null = null;
  for (const each of candidates) {
    if (isTrustworthy(each, query) && (!winner || each.score > winner.score)) winner = each;
  }
  return winner;
}

/** Every verbatim occurrence of the quote, scored. */
function exactCandidates(text: string, query: QuoteQuery): QuoteCandidate[] {
  const found: QuoteCandidate[] = [];
  const length = query.exact.length;
  for (let at = text.indexOf(query.exact); at !== -1; at = text.indexOf(query.exact, at + 1)) {
    found.push(candidate(text, at, at + length, 0, query));
  }
  return found;
}

/**
 * The closest approximate occurrences of the quote within `[from, to)`,
 * scored. Verbatim copies are blanked out first (they are candidates
 * already): the search reports only the closest matches, and an unchanged
 * copy elsewhere would otherwise hide the revised passage itself.
 */
function fuzzyCandidates(text: string, query: QuoteQuery, from: number, to: number) {
  const length = query.exact.length;
  const maxErrors = Math.min(Math.floor(length * MAX_ERROR_RATE), length - MIN_AGREEING_CHARACTERS);
  if (maxErrors <= 0) return [];
  const searched = text.slice(from, to).replaceAll(query.exact, BLANK.repeat(query.exact.length));
  return search(searched, query.exact, maxErrors).map((match) => {
    const [start, end] = wholeWords(text, from + match.start, from + match.end);
    return candidate(text, start, end, match.errors, query);
  });
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/**
 * `[start, end)` widened so it does not cut a word in two: an approximate
 * match leaves out letters the student added at its edges ("really" before
 * the passage would match as "y"), and half a word is never what a teacher
 * meant to mark.
 */
function wholeWords(text: string, start: number, end: number): [number, number] {
  const isWordAt = (at: number) => WORD_CHARACTER.test(text[at] ?? '');
  let from = start;
  let to = end;
  if (isWordAt(from)) while (from > 0 && isWordAt(from - 1)) from -= 1;
  if (to > from && isWordAt(to - 1)) while (to < text.length && isWordAt(to)) to += 1;
  return [from, to];
}

/**
 * Finds a quote in `text` (both normalized) when it is no longer at its
 * stored position. Verbatim occurrences come first, the one whose context
 * agrees best winning (nearness to the old position breaks ties). When none
 * is convincing, the quote is searched for with edits allowed, first near
 * where it was and then everywhere; every candidate is scored on the quote,
 * its context and its nearness, and one that too little agrees with is
 * refused: the passage is then orphaned (null).
 */
export function findQuote(text: string, query: QuoteQuery): QuoteCandidate | null {
  const exact = exactCandidates(text, query);
  const bestExact = best(exact, query);
  const storedContext = query.prefix.length + query.suffix.length;
  if (bestExact && bestExact.contextAgreement >= storedContext * CONFIDENT_CONTEXT_SHARE) {
    return bestExact;
  }
  const candidates = [...exact];
  let searchedEverything = false;
  for (const reach of NEARBY_WINDOWS) {
    const from = Math.max(0, query.hint - reach);
    const to = Math.min(text.length, query.hint + query.exact.length + reach);
    candidates.push(...fuzzyCandidates(text, query, from, to));
    searchedEverything = from === 0 && to === text.length;
    if (searchedEverything) break;
  }
  const nearby = best(candidates, query);
  if (nearby || searchedEverything) return nearby;
  return best([...exact, ...fuzzyCandidates(text, query, 0, text.length)], query);
}
