/**
 * What one sentence of feedback does: which of the three feedback questions it
 * answers, at which level, whether it is a next step, praise, a problem or a
 * bare value, and which words in it are sweeping or teacher-centred. Every
 * check walks the sentence's words once against the indexed lexicon lists.
 */
import type { FeedbackLevel, FeedbackQuestion } from '../model';
import { foldedOf, type Lexicon, stemOf } from './lexicon';
import type { PhraseMatch, PhraseSet } from './matchers';
import { isCapitalised, type Token, tokenize } from './text';

/** Characters `[start, end)` of the text a sentence was cut from, and what they say. */
export interface Marked {
  start: number;
  end: number;
  match: string;
}

export type Polarity = 'positive' | 'negative' | 'neutral';

export interface SentenceInfo {
  start: number;
  end: number;
  text: string;
  question: FeedbackQuestion;
  level: FeedbackLevel;
  /** Tells the learner what to do (an instruction, a suggestion, a question that pushes on). */
  directive: boolean;
  /** Separate improvement points this sentence names (0 unless it is a next step). */
  points: number;
  /** Says that something works (or praises the person). */
  positive: boolean;
  /** Names a problem (something missing, wrong, unclear, too much or too little). */
  problem: boolean;
  /** A value or grade with (almost) nothing else: its polarity, or null. */
  value: Polarity | null;
  /** Contains a reason ("because", "eftersom", "fordi") or an explanation after a colon. */
  reason: boolean;
  /** Words that carry content (not function words, not values, not names). */
  content: number;
  personPraise: readonly Marked[];
  sweeping: readonly Marked[];
  teacherCentred: readonly Marked[];
  /** Content stems of a next step or a problem, to tell whether a step deals with a problem. */
  topics: readonly string[];
}

const EMPTY: readonly never[] = [];

/** Content stems (at least four letters, not generic) of a sentence's words. */
function topicStems(lex: Lexicon, tokens: Token[]): string[] {
  const stems: string[] = [];
  for (const token of tokens) {
    const folded = foldedOf(lex, token);
    if (folded.length < 4 || lex.stopWords.has(token.norm) || lex.stopWords.has(folded)) continue;
    const root = stemOf(lex, token);
    if (!lex.genericStems.has(root) && !stems.includes(root)) stems.push(root);
  }
  return stems;
}

/** How many words a negation may stand before the word it turns ("not yet really good"). */
const NEGATION_REACH = 3;
/** A bare value may name at most this many things ("Good introduction!", "Bilderna är fina."). */
const BARE_VALUE_CONTENT = 2;
/** ...and be at most this long. */
const BARE_VALUE_WORDS = 12;
/** Content words beyond this number change nothing, so counting stops there. */
const CONTENT_ENOUGH = 3;

/** Does an entry of `set` match exactly the one word at `i`? */
function isWord(set: PhraseSet, tokens: Token[], i: number): boolean {
  const token = tokens[i];
  return token !== undefined && set.hasWord(token);
}

/** Clause boundaries: `clause[i]` is the index of the first word of word i's clause. */
function clauseStarts(tokens: Token[]): number[] {
  const starts: number[] = [];
  let current = 0;
  tokens.forEach((token, i) => {
    if (token.clauseStart) current = i;
    starts.push(current);
  });
  return starts;
}

function clauseEnd(tokens: Token[], clause: number[], i: number): number {
  let end = i + 1;
  while (end < tokens.length && clause[end] === clause[i]) end++;
  return end;
}

/**
 * Is the word at `i` turned round by a negation: one of the few words before
 * it in its clause ("inte bra", "not clear", "isn't good"), or, in Swedish and
 * Norwegian, right after a verb ("fungerar inte", "stemmer ikke")? "Inte bara"
 * and "not only" do not negate.
 */
function negated(lex: Lexicon, tokens: Token[], clause: number[], i: number): boolean {
  const isNegation = (j: number) =>
    isWord(lex.negations, tokens, j) && !lex.notNegations.matchAt(tokens, j);
  const clauseStart = clause[i] ?? 0;
  const first = Math.max(clauseStart, i - NEGATION_REACH);
  for (let j = i - 1; j >= first; j--) if (isNegation(j)) return true;
  // A clause or sentence that opens with a negation is negated throughout:
  // "Inget av det du skriver hänger ihop", "Ingenting av det du skriver, henger sammen".
  if (clauseStart < i && isNegation(clauseStart)) return true;
  if (clauseStart > 0 && isNegation(0) && !tokens[1]?.clauseStart) return true;
  // Swedish and Norwegian put the negation after the verb: "fungerar inte", "tydlig hypotes saknas".
  if (lex.lang !== 'en' && clause[i + 1] === clauseStart) {
    if (isNegation(i + 1)) return true;
    const between = i + 1;
    if (
      clause[i + 2] === clauseStart &&
      isNegation(i + 2) &&
      !isWord(lex.coordinators, tokens, between)
    ) {
      return !lex.clauseOpeners.matchAt(tokens, between);
    }
  }
  return false;
}

/** Is there a negation in the few words before word `i` (only before: for phrases that hold one)? */
function negatedBefore(lex: Lexicon, tokens: Token[], clause: number[], i: number): boolean {
  const first = Math.max(clause[i] ?? 0, i - NEGATION_REACH);
  for (let j = i - 1; j >= first; j--) {
    if (isWord(lex.negations, tokens, j) && !lex.notNegations.matchAt(tokens, j)) return true;
  }
  return false;
}

/** Is a hedge ("nästan", "almost", "nesten") right before word `i`? */
function hedged(lex: Lexicon, tokens: Token[], clause: number[], i: number): boolean {
  const first = Math.max(clause[i] ?? 0, i - 2);
  for (let j = i - 1; j >= first; j--) if (isWord(lex.hedges, tokens, j)) return true;
  return false;
}

/** The characters of tokens `[from, to)`; `text` is the whole text the tokens were cut from. */
function mark(text: string, tokens: Token[], from: number, to: number): Marked {
  const start = (tokens[from] as Token).start;
  const end = (tokens[to - 1] as Token).end;
  return { start, end, match: text.slice(start, end) };
}

/** Where the next steps are: per clause, whether it gives one; and the first word of each. */
interface Directives {
  clauses: Set<number>;
  /** Clauses whose only step is a modal a goal can outrank ("should", "behöver", "ska"). */
  weak: Set<number>;
  /** Words inside a matched next-step phrase or instruction verb (not read as praise). */
  covered: Set<number>;
  /** Words of next-step phrases only ("i nästa utkast"): they do not set the level. */
  markers: Set<number>;
  first: number;
}

/** Skips the words that may open an instruction ("And now, please…", "Nu", "Och sedan"). */
function skipLeadIns(lex: Lexicon, tokens: Token[], i: number, end: number): number {
  let j = i;
  for (let guard = 0; guard < 4 && j < end; guard++) {
    const lead = lex.imperativeLeadIns.matchAt(tokens, j, end);
    if (!lead) break;
    j = lead.end;
  }
  return j;
}

/**
 * In Swedish and Norwegian the verb comes second, so a verb after a comma may
 * be the main verb of a long subject ("Figuren du har tegnet, gjør det lett å
 * forstå") rather than an instruction. After a comma, an instruction follows
 * only a subordinate clause ("Om du kör fast, fråga mig"), a lead-in ("Nästa
 * gång, prova…") or another instruction, or with a lead-in of its own ("…, så
 * lägg till minst två"); after a colon or dash, always.
 */
function imperativeMayFollow(
  lex: Lexicon,
  text: string,
  tokens: Token[],
  clause: number[],
  i: number,
): boolean {
  const gap = text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start);
  if (!gap.includes(',')) return true;
  const previous = clause[i - 1] as number;
  return (
    lex.clauseOpeners.matchAt(tokens, previous) !== null ||
    lex.reasons.matchAt(tokens, previous) !== null ||
    lex.imperativeLeadIns.matchAt(tokens, previous) !== null ||
    lex.nextStep.matchAt(tokens, previous) !== null ||
    lex.imperatives.matchAt(tokens, previous) !== null
  );
}

function findDirectives(lex: Lexicon, text: string, tokens: Token[], clause: number[]): Directives {
  const clauses = new Set<number>();
  const weak = new Set<number>();
  const covered = new Set<number>();
  let first = -1;
  const headings = new Set<number>();
  const note = (match: PhraseMatch, isWeak = false) => {
    const id = clause[match.start] as number;
    if (!isWeak) weak.delete(id);
    else if (!clauses.has(id)) weak.add(id);
    clauses.add(id);
    for (let k = match.start; k < match.end; k++) covered.add(k);
    if (first < 0 || match.start < first) first = match.start;
  };
  // Instructions: a verb from the list at the start of a clause.
  for (let i = 0; i < tokens.length; i++) {
    if (clause[i] !== i) continue;
    const end = clauseEnd(tokens, clause, i);
    const j = skipLeadIns(lex, tokens, i, end);
    const verb = lex.imperatives.matchAt(tokens, j, end);
    if (!verb) continue;
    if (verb.end < tokens.length && lex.notImperativeBefore.matchAt(tokens, verb.end)) continue;
    if (lex.notNextStep.matchAt(tokens, j)) continue;
    if (
      j === i &&
      i > 0 &&
      lex.lang !== 'en' &&
      !imperativeMayFollow(lex, text, tokens, clause, i)
    ) {
      continue;
    }
    note({ ...verb, start: i });
  }
  // Next-step phrases anywhere, unless a "not a step" phrase covers them ("du behöver inte").
  const blocked = lex.notNextStep.findAll(tokens);
  const isBlocked = (m: PhraseMatch) => blocked.some((b) => b.start <= m.start && b.end > m.start);
  const markers = new Set<number>();
  for (const match of lex.nextStep.findAll(tokens)) {
    if (isBlocked(match)) continue;
    note(match);
    for (let k = match.start; k < match.end; k++) markers.add(k);
    if (match.start === 0 && tokens[match.end]?.clauseStart)
      headings.add(clause[match.start] as number);
  }
  for (const match of lex.weakNextStep.findAll(tokens)) if (!isBlocked(match)) note(match, true);
  // "You can / du kan / du kan" is a step only with an action after it ("du kan lägga till").
  for (const match of lex.canPhrases.findAll(tokens)) {
    if (isBlocked(match)) continue;
    let k = match.end;
    while (k < tokens.length && isWord(lex.personIntensifiers, tokens, k)) k++;
    if (k >= tokens.length || lex.notActions.matchAt(tokens, k)) continue;
    note(match);
  }
  // A heading ("EBI:", "Fremovermelding:") over text that names no step ("Keep it up!") is no step.
  if (blocked.length > 0) {
    for (const id of headings) clauses.delete(id);
    if (clauses.size === 0) first = -1;
  }
  return { clauses, weak, covered, markers, first };
}

/** Is the sentence a question (ends with "?", perhaps before a closing quote)? */
function isQuestion(text: string): boolean {
  return /\?["'”’»)\]]*$/.test(text.trimEnd());
}

interface PersonResult {
  praise: Marked[];
  person: boolean;
  covered: Set<number>;
}

/**
 * Praise of the person: "du är (så) duktig", "you're a natural", "vilken
 * begåvad skribent", "Duktig!" on its own. Not when a skill follows ("duktig på
 * att strukturera", "good at planning"), and not under negation ("du är inte
 * någon naturvetare" is about the person, but not praise).
 */
function findPerson(lex: Lexicon, text: string, tokens: Token[], clause: number[]): PersonResult {
  const praise: Marked[] = [];
  const covered = new Set<number>();
  let person = false;
  const add = (from: number, to: number) => {
    praise.push(mark(text, tokens, from, to));
    for (let k = from; k < to; k++) covered.add(k);
    person = true;
  };
  for (let i = 0; i < tokens.length; i++) {
    const phrase = lex.personPhrases.matchAt(tokens, i);
    if (phrase && !negatedBefore(lex, tokens, clause, i)) {
      add(i, phrase.end);
      i = phrase.end - 1;
      continue;
    }
    const subject = lex.personSubjects.matchAt(tokens, i);
    if (!subject) continue;
    let j = subject.end;
    let isNegated = false;
    for (let k = subject.start; k < subject.end; k++) {
      if (isWord(lex.negations, tokens, k)) isNegated = true;
    }
    const skippable = (k: number) =>
      isWord(lex.personIntensifiers, tokens, k) ||
      isWord(lex.sweepingWords, tokens, k) ||
      isWord(lex.hedges, tokens, k);
    for (let guard = 0; guard < 5 && j < tokens.length; guard++) {
      if (isWord(lex.negations, tokens, j)) isNegated = true;
      else if (!skippable(j)) break;
      j++;
    }
    let k = j;
    let praised = false;
    let skill = false;
    let sawPositive = false;
    let end = j;
    // Praise adjectives and nouns, possibly several ("så flitig och ambitiös", "a natural mathematician").
    for (let guard = 0; guard < 6 && k < tokens.length; guard++) {
      const noun = lex.personNouns.matchAt(tokens, k);
      const adjective = noun ? null : lex.personAdjectives.matchAt(tokens, k);
      const role = sawPositive ? lex.personRoles.matchAt(tokens, k) : null;
      if (noun || role) {
        praised = true;
        sawPositive = true;
        k = ((noun ?? role) as PhraseMatch).end;
        end = k;
      } else if (adjective) {
        if (adjective.end < tokens.length && lex.personComplements.matchAt(tokens, adjective.end)) {
          // A skill on a named thing ("duktig på att strukturera", "good at planning").
          skill = true;
          break;
        }
        praised = true;
        sawPositive = true;
        k = adjective.end;
        end = k;
      } else if (isWord(lex.positive, tokens, k) || isWord(lex.valuesPositive, tokens, k)) {
        // "a good writer", "en fin skribent": praise only if a role noun follows.
        sawPositive = true;
        k++;
      } else if (isWord(lex.personIntensifiers, tokens, k) || isWord(lex.coordinators, tokens, k)) {
        k++;
      } else break;
    }
    if (lex.personCriticism.matchAt(tokens, j)) person = true;
    if (praised && !skill && end > j) {
      if (isNegated) person = true;
      else add(subject.start, end);
      i = end - 1;
    }
  }
  // A whole sentence that is only a praise word for the person: "Duktig!", "Flink gutt!", "Good girl!".
  if (praise.length === 0 && tokens.length > 0) {
    let i = 0;
    while (i < tokens.length && isWord(lex.personIntensifiers, tokens, i)) i++;
    const alone = lex.personAlone.matchAt(tokens, i);
    if (alone) {
      let k = alone.end;
      while (
        k < tokens.length &&
        (isName(tokens, k) || isWord(lex.personIntensifiers, tokens, k))
      ) {
        k++;
      }
      if (k === tokens.length) add(i, alone.end);
    }
  }
  if (!person && lex.selfLevel.test(tokens)) person = true;
  return { praise, person, covered };
}

/** A capitalised word after the first, or a first word followed by a comma: probably a name. */
function isName(tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (!isCapitalised(token.raw)) return false;
  if (i > 0) return true;
  const next = tokens[1];
  return next === undefined || next.clauseStart;
}

/** Any positive, negative or value word at `i`: something a sweeping intensifier can exaggerate. */
function isJudgement(lex: Lexicon, tokens: Token[], i: number): boolean {
  return (
    lex.positive.matchAt(tokens, i) !== null ||
    lex.negative.matchAt(tokens, i) !== null ||
    lex.valuesPositive.matchAt(tokens, i) !== null ||
    lex.valuesNegative.matchAt(tokens, i) !== null ||
    lex.personAdjectives.matchAt(tokens, i) !== null ||
    lex.personCriticism.matchAt(tokens, i) !== null
  );
}

/**
 * Sweeping words used as a judgment: "alltid", "never", "perfekt", and
 * "helt", "totally", "allt" before a judgment ("helt fel", "a total mess",
 * "allt är bra"). Not under negation or a hedge ("inte alltid", "almost
 * never"), not in an instruction ("Tänk på att alltid…", "Never leave…"), not
 * in a goal, not in listed idioms ("framför allt", "totalt sett", "all in
 * all", "present perfect"), and not inside person praise (reported there).
 */
function findSweeping(
  lex: Lexicon,
  text: string,
  tokens: Token[],
  clause: number[],
  directives: Directives,
  exclude: Set<number>,
): Marked[] {
  const found: Marked[] = [];
  const exceptions = lex.sweepingExceptions.findAll(tokens);
  const inException = (i: number) => exceptions.some((e) => e.start <= i && e.end > i);
  let lastEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    let end = -1;
    const word = lex.sweepingWords.matchAt(tokens, i);
    if (word) end = word.end;
    else {
      const intensifier = lex.sweepingIntensifiers.matchAt(tokens, i);
      if (intensifier) {
        // A judgment right before ("misforstått alt") or within the next two words ("helt fel", "allt är bra").
        if (i > 0 && clause[i - 1] === clause[i] && isJudgement(lex, tokens, i - 1))
          end = intensifier.end;
        for (
          let k = intensifier.end;
          end < 0 && k < Math.min(tokens.length, intensifier.end + 2);
          k++
        ) {
          if (clause[k] !== clause[i]) break;
          if (isJudgement(lex, tokens, k)) {
            end = intensifier.end;
            break;
          }
        }
      }
    }
    if (end < 0) continue;
    if (
      inException(i) ||
      exclude.has(i) ||
      directives.clauses.has(clause[i] as number) ||
      negated(lex, tokens, clause, i) ||
      hedged(lex, tokens, clause, i)
    ) {
      continue;
    }
    const previous = found[found.length - 1];
    if (previous && lastEnd === i) {
      // Adjacent sweeping words ("helt perfekt") are one finding.
      found[found.length - 1] = mark(text, tokens, tokensIndexAt(tokens, previous.start), end);
    } else found.push(mark(text, tokens, i, end));
    lastEnd = end;
    i = end - 1;
  }
  return found;
}

function tokensIndexAt(tokens: Token[], start: number): number {
  return tokens.findIndex((token) => token.start === start);
}

/** "Jag hade skrivit", "hade jag valt": is the word after (and after adverbs) a past participle? */
function participleFollows(lex: Lexicon, tokens: Token[], i: number): boolean {
  let k = i;
  for (let guard = 0; guard < 3 && k < tokens.length; guard++) {
    if (!isWord(lex.teacherAdverbs, tokens, k)) break;
    k++;
  }
  const token = tokens[k];
  if (!token || lex.teacherNotParticiples.matchAt(tokens, k)) return false;
  return /(?:t|d)$/.test(token.norm);
}

/**
 * How the teacher would have done it: "I would…", "jag skulle…", "jeg ville…",
 * "if I were you", "jag hade skrivit", "Själv hade jag…". Requests and
 * suggestions with the learner as actor ("I would like you to", "jag skulle
 * föreslå att du", "jeg ville gjerne høre") are not.
 */
function findTeacherCentred(lex: Lexicon, text: string, tokens: Token[]): Marked[] {
  const found: Marked[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let end = -1;
    const phrase = lex.teacherPhrases.matchAt(tokens, i);
    if (phrase && !lex.teacherExceptions.matchAt(tokens, i)) end = phrase.end;
    if (end < 0) {
      const had = lex.teacherBeforeParticiple.matchAt(tokens, i);
      if (
        had &&
        !lex.teacherExceptions.matchAt(tokens, i) &&
        participleFollows(lex, tokens, had.end)
      ) {
        end = had.end;
      }
    }
    if (end < 0) continue;
    found.push(mark(text, tokens, i, end));
    i = end - 1;
  }
  return found;
}

/** Is token `i` a grade as written: "B", "B+" (the + is not a word), "MVG", "5", "6/10"? */
function isGrade(lex: Lexicon, tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (lex.grades.has(token.raw)) return true;
  return tokens.length <= 4 && /^\d{1,3}$/.test(token.raw);
}

/**
 * Improvement points named in a next-step sentence: one, or the items of a
 * list after the step ("rätta stavfelen, skriva större rubriker, lägga till
 * en källa och förklara diagrammet" is four). Examples after "t.ex." / "e.g."
 * and clauses after "so that" / "eftersom" are not separate points.
 */
function countPoints(lex: Lexicon, text: string, tokens: Token[], from: number): number {
  let to = tokens.length;
  for (let i = from; i < tokens.length; i++) {
    if (lex.listBreakers.matchAt(tokens, i)) {
      to = i;
      break;
    }
  }
  let items = 1;
  let lastItemStart = from;
  for (let i = from + 1; i < to; i++) {
    const gap = text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start);
    if (!gap.includes(',') && !gap.includes(';')) continue;
    // A clause after a comma that is not a further item ends the list ("…, så slipper du leta").
    if (lex.clauseOpeners.matchAt(tokens, i) || lex.reasons.matchAt(tokens, i)) break;
    items++;
    lastItemStart = i;
  }
  // "…, X and Y": the last item holds two ("speech marks and switching tenses").
  const coordinated = (start: number) => {
    for (let i = start + 1; i < to; i++) {
      if (isWord(lex.coordinators, tokens, i) || isWord(lex.additive, tokens, i)) return true;
    }
    return false;
  };
  if (items > 1 && coordinated(lastItemStart)) items++;
  else if (items === 1) {
    // "… och se DESSUTOM över stavningen", "… and ALSO check": a second point joined on.
    for (let i = from + 1; i + 1 < to; i++) {
      if (isWord(lex.coordinators, tokens, i) && isWord(lex.additive, tokens, i + 1)) return 2;
      if (isWord(lex.coordinators, tokens, i) && isWord(lex.additive, tokens, i + 2)) return 2;
    }
  }
  return items;
}

/**
 * Reads one sentence `text[start, end)` of a unit of text. `onTokens`, if
 * given, receives the sentence's words (for the criteria check).
 */
export function analyseSentence(
  lex: Lexicon,
  text: string,
  start: number,
  end: number,
  onTokens?: (tokens: Token[]) => void,
): SentenceInfo {
  const sentence = text.slice(start, end);
  const tokens = tokenize(text, start, end);
  onTokens?.(tokens);
  const clause = clauseStarts(tokens);
  const directives = findDirectives(lex, text, tokens, clause);
  const question = isQuestion(sentence);
  const goal = lex.goal.test(tokens);
  // "I would have started with…" is a next step too, in the wrong voice (teacher-centred).
  const teacherCentred = findTeacherCentred(lex, text, tokens);
  for (const found of teacherCentred) {
    const at = tokens.findIndex((token) => token.start === found.start);
    if (at >= 0) directives.clauses.add(clause[at] as number);
    if (directives.first < 0 || at < directives.first) directives.first = Math.max(0, at);
  }
  const directive = directives.clauses.size > 0 || (question && !goal);
  // A step outranks a goal, except a bare modal: "I uppgiften ska arbetet uppfylla kraven" is a goal.
  const strongStep = [...directives.clauses].some((id) => !directives.weak.has(id));
  let kind: FeedbackQuestion = 'feedBack';
  if (strongStep) kind = 'feedForward';
  else if (goal) kind = 'feedUp';
  else if (directive) kind = 'feedForward';

  const person = findPerson(lex, text, tokens, clause);

  // Praise and problems, read only outside instructions ("It would be good to…" is not praise).
  let positive = person.praise.length > 0;
  let problem = false;
  const valueMatches: { polarity: Polarity; from: number; to: number }[] = [];
  const valueSets: [PhraseSet, Polarity][] = [
    [lex.valuesPositive, 'positive'],
    [lex.valuesNegative, 'negative'],
    [lex.valuesNeutral, 'neutral'],
  ];
  for (let i = 0; i < tokens.length; i++) {
    if (person.covered.has(i)) continue;
    let valueEnd = -1;
    for (const [set, polarity] of valueSets) {
      const value = set.matchAt(tokens, i);
      if (value) {
        const flipped =
          polarity === 'positive' && negated(lex, tokens, clause, i) ? 'negative' : polarity;
        valueMatches.push({ polarity: flipped, from: i, to: value.end });
        valueEnd = Math.max(valueEnd, value.end);
      }
    }
    if (isGrade(lex, tokens, i)) valueMatches.push({ polarity: 'neutral', from: i, to: i + 1 });
    const inInstruction = directives.clauses.has(clause[i] as number) || kind !== 'feedBack';
    if (inInstruction || directives.covered.has(i)) {
      if (valueEnd > i) i = valueEnd - 1;
      continue;
    }
    const good = lex.positive.matchAt(tokens, i) ?? lex.valuesPositive.matchAt(tokens, i);
    const bad = lex.negative.matchAt(tokens, i) ?? lex.valuesNegative.matchAt(tokens, i);
    if (good) {
      if (negated(lex, tokens, clause, i)) problem = true;
      else positive = true;
    } else if (bad) {
      if (negated(lex, tokens, clause, i)) positive = true;
      else problem = true;
    } else if (
      isWord(lex.absence, tokens, i) &&
      i + 1 < tokens.length &&
      clause[i + 1] === clause[i]
    ) {
      problem = true;
    }
  }

  // A bare value: a value or grade with at most a couple of other content words, no reason, no step.
  const reason = lex.reasons.test(tokens);
  const valueWords = new Set<number>();
  for (const match of valueMatches) for (let k = match.from; k < match.to; k++) valueWords.add(k);
  // Content words, counted up to what any rule needs to know (a bare value has at most two;
  // an explanation at least three).
  let content = 0;
  for (let i = 0; i < tokens.length && content < CONTENT_ENOUGH; i++) {
    if (
      valueWords.has(i) ||
      person.covered.has(i) ||
      lex.stopWords.has((tokens[i] as Token).norm) ||
      isWord(lex.valueFillers, tokens, i) ||
      isWord(lex.personIntensifiers, tokens, i) ||
      isWord(lex.negations, tokens, i) ||
      isWord(lex.sweepingIntensifiers, tokens, i) ||
      isName(tokens, i)
    ) {
      continue;
    }
    content++;
  }
  let value: Polarity | null = null;
  if (
    valueMatches.length > 0 &&
    !reason &&
    !directive &&
    kind === 'feedBack' &&
    content <= BARE_VALUE_CONTENT &&
    tokens.length <= BARE_VALUE_WORDS
  ) {
    value = valueMatches.some((m) => m.polarity === 'positive')
      ? 'positive'
      : valueMatches.some((m) => m.polarity === 'negative')
        ? 'negative'
        : 'neutral';
  }

  const sweeping = findSweeping(lex, text, tokens, clause, directives, person.covered);

  // The words of a next-step marker ("i nästa utkast", "for the next draft") and of listed
  // exceptions ("sources of error") do not set the level.
  const ignored = new Set(directives.markers);
  for (const m of lex.notLevelCues.findAll(tokens))
    for (let k = m.start; k < m.end; k++) ignored.add(k);
  const cue = (set: PhraseSet) =>
    set.findAll(tokens).some((m) => {
      for (let k = m.start; k < m.end; k++) if (!ignored.has(k)) return true;
      return false;
    });
  let level: FeedbackLevel = 'task';
  if (person.person) level = 'self';
  else if (cue(lex.selfRegulation)) level = 'selfRegulation';
  else if (cue(lex.process)) level = 'process';

  return {
    start,
    end,
    text: sentence,
    question: kind,
    level,
    directive,
    points:
      kind === 'feedForward' ? countPoints(lex, text, tokens, Math.max(0, directives.first)) : 0,
    positive,
    problem,
    value,
    reason,
    content,
    personPraise: person.praise.length > 0 ? person.praise : EMPTY,
    sweeping: sweeping.length > 0 ? sweeping : EMPTY,
    teacherCentred: teacherCentred.length > 0 ? teacherCentred : EMPTY,
    topics:
      kind === 'feedForward' || (kind === 'feedBack' && problem) ? topicStems(lex, tokens) : EMPTY,
  };
}
