/**
 * What one sentence of feedback does: which of the three feedback questions it
 * answers, at which level, whether it is a next step, praise, a problem or a
 * bare value, and which words in it praise or criticise the person, or are
 * sweeping or teacher-centred. The
 * sentence is matched against all word lists of its language in one pass
 * (see matchers.ts); the checks below then read that table.
 */
import type { FeedbackLevel, FeedbackQuestion } from '../../model/feedback';
import { foldedOf, type Lexicon, stemOf } from './lexicon';
import { findPerson, findSweeping, findTeacherCentred } from './phrasing';
import { Flag, type Marked, Reading } from './reading';
import { type Token, tokenize } from './text';

export type { Marked } from './reading';

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
  /** Says that something works. Praise of the person does not count: it says nothing about the work. */
  positive: boolean;
  /** Names a problem (something missing, wrong, unclear, too much or too little). */
  problem: boolean;
  /** A value or grade with (almost) nothing else: its polarity, or null. */
  value: Polarity | null;
  /** Contains a reason ("because", "eftersom", "fordi"). */
  reason: boolean;
  /** Words that carry content (not function words, values or names), counted up to three. */
  content: number;
  personPraise: readonly Marked[];
  personCriticism: readonly Marked[];
  sweeping: readonly Marked[];
  teacherCentred: readonly Marked[];
  /** Content stems of a next step or a problem, to tell whether a step deals with a problem. */
  topics: readonly string[];
}

const EMPTY: readonly never[] = [];
/** A bare value may name at most this many things ("Good introduction!", "Bilderna är fina."). */
const BARE_VALUE_CONTENT = 2;
/** ...and be at most this long. */
const BARE_VALUE_WORDS = 12;
/** Content words beyond this number change nothing, so counting stops there. */
const CONTENT_ENOUGH = 3;
/** Content words after a colon that make it an explanation ("Bra jobbat: du har tre källor"). */
const COLON_REASON = 2;
/** How many words may open an instruction before its verb ("And now, please…"). */
const LEAD_INS = 4;
/** A number alone is a grade only in a sentence this short ("4", "Karakter: 3", "6/10"). */
const GRADE_SENTENCE = 4;

/** Where the next steps are. */
interface Steps {
  /** First words of the clauses that give a step. */
  clauses: number[];
  /** Of those, the clauses whose only step is a modal a goal outranks ("should", "behöver"). */
  weak: number[];
  /** The first word of the first step, or -1. */
  first: number;
}

/** Skips the words that may open an instruction ("And now, please…", "Nu", "Och sedan"). */
function skipLeadIns(r: Reading, i: number, end: number): number {
  let j = i;
  for (let guard = 0; guard < LEAD_INS && j < end; guard++) {
    const leadEnd = r.end(r.lex.imperativeLeadIns, j, end);
    if (leadEnd === 0) break;
    j = leadEnd;
  }
  return j;
}

/**
 * In Swedish and Norwegian the verb comes second, so a verb after a comma may
 * be the main verb of a long subject ("Figuren du har tegnet, gjør det lett å
 * forstå") rather than an instruction. After a comma, an instruction follows
 * only a subordinate clause ("Om du kör fast, fråga mig"), a lead-in ("Nästa
 * gång, prova…") or another instruction, or has a lead-in of its own ("…, så
 * lägg till minst två"); after a colon or dash, always.
 */
function imperativeMayFollow(r: Reading, i: number): boolean {
  if (!r.gapBefore(i).includes(',')) return true;
  const lex = r.lex;
  const previous = r.clause[i - 1] as number;
  return (
    r.end(lex.clauseOpeners, previous) > 0 ||
    r.end(lex.reasons, previous) > 0 ||
    r.end(lex.imperativeLeadIns, previous) > 0 ||
    r.end(lex.nextStep, previous) > 0 ||
    r.end(lex.imperatives, previous) > 0
  );
}

/**
 * Finds the next steps: instruction verbs at the start of a clause ("Lägg
 * till…", "Next time, try…"), next-step phrases anywhere ("du skulle kunna",
 * "why not"), "du kan" + an action, and modals ("behöver", "should"). Phrases
 * that name no step ("Fortsätt så!", "du behöver inte") block them. Flags the
 * words of each step.
 */
function findSteps(r: Reading): Steps {
  const lex = r.lex;
  const tokens = r.tokens;
  const n = r.n;
  const steps: Steps = { clauses: [], weak: [], first: -1 };
  const note = (from: number, to: number, weak: boolean) => {
    const id = r.clause[from] as number;
    const known = steps.clauses.includes(id);
    if (!weak && steps.weak.includes(id)) steps.weak = steps.weak.filter((w) => w !== id);
    else if (weak && !known) steps.weak.push(id);
    if (!known) steps.clauses.push(id);
    r.flag(from, to, Flag.step);
    if (steps.first < 0 || from < steps.first) steps.first = from;
  };
  // Instructions: a verb from the list at the start of a clause.
  for (let i = 0; i < n; i++) {
    if (r.clause[i] !== i) continue;
    const end = r.clauseEnd(i);
    const j = skipLeadIns(r, i, end);
    const verbEnd = r.end(lex.imperatives, j, end);
    if (verbEnd === 0) continue;
    if (r.end(lex.notImperativeBefore, verbEnd) > 0 || r.end(lex.notNextStep, j) > 0) continue;
    if (j === i && i > 0 && lex.lang !== 'en' && !imperativeMayFollow(r, i)) continue;
    note(i, verbEnd, false);
  }
  // Next-step phrases anywhere, unless a "not a step" phrase covers them ("du behöver inte").
  const blocked = lex.notNextStep.findAll(tokens);
  const isBlocked = (at: number) => blocked.some((b) => b.start <= at && b.end > at);
  let heading = -1;
  for (const match of lex.nextStep.findAll(tokens)) {
    if (isBlocked(match.start)) continue;
    note(match.start, match.end, false);
    r.flag(match.start, match.end, Flag.marker);
    if (match.start === 0 && tokens[match.end]?.clauseStart) heading = r.clause[0] as number;
  }
  for (const match of lex.weakNextStep.findAll(tokens)) {
    if (!isBlocked(match.start)) note(match.start, match.end, true);
  }
  // "You can / du kan" is a step only with an action after it ("du kan lägga till"), not negated.
  for (const match of lex.canPhrases.findAll(tokens)) {
    if (isBlocked(match.start)) continue;
    let k = match.end;
    while (k < n && r.word(lex.personIntensifiers, k)) k++;
    // "du kan inte skriva…" states what the learner cannot do: no suggestion.
    if (k >= n || r.end(lex.notActions, k) > 0 || r.isNegation(k)) continue;
    note(match.start, match.end, false);
  }
  // A heading ("EBI:", "Fremovermelding:") over text that names no step ("Keep it up!") is no step.
  if (blocked.length > 0 && heading >= 0) {
    steps.clauses = steps.clauses.filter((id) => id !== heading);
    if (steps.clauses.length === 0) steps.first = -1;
  }
  return steps;
}

/** Is the sentence a question (ends with "?", perhaps before a closing quote)? */
function isQuestion(text: string): boolean {
  return /\?["'”’»)\]]*\s*$/.test(text);
}

/** Is word `i` a grade as written: "B", "B+" (the + is not a word), "MVG", "5", "6/10"? */
function isGrade(r: Reading, i: number): boolean {
  const token = r.tokens[i] as Token;
  if (r.lex.grades.has(token.raw)) return true;
  return r.n <= GRADE_SENTENCE && /^\d{1,3}$/.test(token.raw);
}

/**
 * Does word `i` look like a verb of action: an instruction verb, or (Swedish,
 * Norwegian) its infinitive ("skriva" from "skriv", "lage" from "lag")?
 */
function isAction(r: Reading, i: number): boolean {
  const token = r.tokens[i];
  if (!token) return false;
  if (r.end(r.lex.imperatives, i) > 0) return true;
  const ending = r.lex.lang === 'sv' ? 'a' : r.lex.lang === 'nb' ? 'e' : '';
  if (!ending || !token.norm.endsWith(ending)) return false;
  const stemmed = token.norm.slice(0, -1);
  return r.lex.imperatives.hasWord({ ...token, norm: stemmed, info: undefined });
}

/**
 * Improvement points named in a next-step sentence: one, or the items of a
 * list of actions ("rätta stavfelen, skriva större rubriker, lägga till en
 * källa och förklara diagrammet" is four), or of areas after "work on" /
 * "arbeta med" ("spelling, paragraphing, speech marks and tenses" is four).
 * Other lists are one step ("note the author, title, date and link"), and
 * examples after "t.ex." / "e.g." and clauses after "so that" / "eftersom" are
 * not separate points.
 */
function countPoints(r: Reading, from: number): number {
  const lex = r.lex;
  let to = r.n;
  let areas = false;
  for (let i = from; i < r.n; i++) {
    if (r.end(lex.listBreakers, i) > 0) {
      to = i;
      break;
    }
    if (r.end(lex.focusPhrases, i) > 0) areas = true;
  }
  const counts = (i: number) => areas || isAction(r, i);
  let items = 1;
  let lastItemStart = -1;
  for (let i = from + 1; i < to; i++) {
    const gap = r.gapBefore(i);
    if (!gap.includes(',') && !gap.includes(';')) continue;
    // A clause after a comma that is not a further item ends the list ("…, så slipper du leta").
    if (r.end(lex.clauseOpeners, i) > 0 || r.end(lex.reasons, i) > 0) break;
    const first = r.word(lex.coordinators, i) ? i + 1 : i;
    if (!counts(first)) continue;
    items++;
    lastItemStart = i;
  }
  if (lastItemStart >= 0) {
    // "…, X and Y": the last item holds two ("speech marks and switching tenses").
    for (let i = lastItemStart + 1; i + 1 < to; i++) {
      if (r.word(lex.coordinators, i) && counts(i + 1)) return items + 1;
    }
    return items;
  }
  // "… och se DESSUTOM över stavningen", "… and ALSO check": a second point joined on.
  for (let i = from + 1; i + 1 < to; i++) {
    if (
      r.word(lex.coordinators, i) &&
      (r.word(lex.additive, i + 1) || r.word(lex.additive, i + 2))
    ) {
      return 2;
    }
  }
  return 1;
}

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

/** Does a level list match somewhere outside next-step markers and listed exceptions? */
function levelCue(r: Reading, list: Lexicon['process']): boolean {
  for (const match of list.findAll(r.tokens)) {
    for (let k = match.start; k < match.end; k++) {
      if (!r.has(k, Flag.marker | Flag.notLevel)) return true;
    }
  }
  return false;
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
  const r = new Reading(lex, text, tokens, start);
  const n = r.n;
  // Idioms and terms that hold a sweeping or value word ("framför allt", "present perfect").
  for (const match of lex.sweepingExceptions.findAll(tokens)) {
    r.flag(match.start, match.end, Flag.idiom);
  }

  // The question: a step outranks a goal, except a bare modal ("I uppgiften ska arbetet
  // uppfylla kraven" is a goal); a question that asks for no goal pushes the work on.
  const steps = findSteps(r);
  const question = isQuestion(sentence);
  const goal = lex.goal.test(tokens);
  // "I would have started with…" is a next step too, in the wrong voice (teacher-centred).
  const teacherCentred = findTeacherCentred(r);
  for (const found of teacherCentred) {
    const at = tokens.findIndex((token) => token.start === found.start);
    const id = r.clause[at] as number;
    if (!steps.clauses.includes(id)) steps.clauses.push(id);
    steps.weak = steps.weak.filter((w) => w !== id);
    if (steps.first < 0 || at < steps.first) steps.first = at;
  }
  const directive = steps.clauses.length > 0 || (question && !goal);
  const strongStep = steps.clauses.some((id) => !steps.weak.includes(id));
  let kind: FeedbackQuestion = 'feedBack';
  if (strongStep) kind = 'feedForward';
  else if (goal) kind = 'feedUp';
  else if (directive) kind = 'feedForward';
  const isStepClause = (id: number) => steps.clauses.includes(id);

  const person = findPerson(r);

  // Praise and problems, read only outside instructions ("It would be good to…" is not praise);
  // values and grades, for the bare-value check.
  let positive = false;
  let problem = false;
  let hasValue = false;
  let valuePolarity: Polarity = 'neutral';
  const noteValue = (polarity: Polarity, from: number, to: number) => {
    hasValue = true;
    r.flag(from, to, Flag.value);
    if (polarity === 'positive' || (polarity === 'negative' && valuePolarity === 'neutral')) {
      valuePolarity = polarity;
    }
  };
  let readUntil = 0;
  for (let i = 0; i < n; i++) {
    if (r.has(i, Flag.person | Flag.quoted | Flag.idiom)) continue;
    const goodValue = r.end(lex.valuesPositive, i);
    const badValue = r.end(lex.valuesNegative, i);
    const neutralValue = r.end(lex.valuesNeutral, i);
    if (goodValue > 0) noteValue(r.negated(i) ? 'negative' : 'positive', i, goodValue);
    if (badValue > 0) noteValue('negative', i, badValue);
    if (neutralValue > 0) noteValue('neutral', i, neutralValue);
    if (isGrade(r, i)) noteValue('neutral', i, i + 1);
    // Praise and problems count outside goals and questions, and before the first step
    // ("Inga stavfel alls, men lägg till en rubrik" has praise before the step).
    if (
      i < readUntil ||
      kind === 'feedUp' ||
      question ||
      (steps.first >= 0 && i >= steps.first) ||
      isStepClause(r.clause[i] as number) ||
      r.has(i, Flag.step)
    ) {
      continue;
    }
    const goodEnd = Math.max(goodValue, r.end(lex.positive, i));
    const badEnd = Math.max(badValue, r.end(lex.negative, i));
    if (goodEnd > badEnd) {
      if (r.negated(i)) problem = true;
      else positive = true;
    } else if (badEnd > 0) {
      if (r.negated(i)) positive = true;
      else problem = true;
    } else if (r.word(lex.absence, i) && r.sameClause(i, i + 1)) {
      problem = true;
    }
    // A phrase is read once: "too formal" is a problem, not also the praise "formal".
    readUntil = Math.max(readUntil, goodEnd, badEnd);
  }

  // Content words, counted up to what any rule needs to know (a bare value has at most two;
  // an explanation at least three).
  const isContent = (i: number) =>
    !r.has(i, Flag.value | Flag.person) &&
    !lex.stopWords.has((tokens[i] as Token).norm) &&
    !r.word(lex.valueFillers, i) &&
    !r.word(lex.personIntensifiers, i) &&
    !r.word(lex.negations, i) &&
    !r.word(lex.sweepingIntensifiers, i) &&
    !r.isName(i);
  let content = 0;
  for (let i = 0; i < n && content < CONTENT_ENOUGH; i++) if (isContent(i)) content++;

  // A reason: "because", "eftersom", "fordi"…, or an explanation after a colon ("Bra jobbat: du
  // har tre källor…"; not "Betyg: C" or "WWW: Great effort!").
  let reason = lex.reasons.test(tokens);
  const colon = sentence.indexOf(':');
  if (!reason && colon >= 0) {
    let explained = 0;
    for (let i = 0; i < n && explained < COLON_REASON; i++) {
      if ((tokens[i] as Token).start >= start + colon && isContent(i)) explained++;
    }
    reason = explained >= COLON_REASON;
  }

  // A bare value: a value or grade with at most a couple of other content words, no reason, no step.
  const bare =
    hasValue &&
    !reason &&
    !directive &&
    kind === 'feedBack' &&
    content <= BARE_VALUE_CONTENT &&
    n <= BARE_VALUE_WORDS;

  const sweeping = findSweeping(r, isStepClause);

  // The level: the person, then self-regulation, then process; else the task. The words of a
  // next-step marker ("i nästa utkast") and of listed exceptions ("sources of error") do not count.
  for (const match of lex.notLevelCues.findAll(tokens))
    r.flag(match.start, match.end, Flag.notLevel);
  let level: FeedbackLevel = 'task';
  if (person.person) level = 'self';
  else if (levelCue(r, lex.selfRegulation)) level = 'selfRegulation';
  else if (levelCue(r, lex.process)) level = 'process';

  return {
    start,
    end,
    text: sentence,
    question: kind,
    level,
    directive,
    points: kind === 'feedForward' ? countPoints(r, Math.max(0, steps.first)) : 0,
    positive,
    problem,
    value: bare ? valuePolarity : null,
    reason,
    content,
    personPraise: person.praise.length > 0 ? person.praise : EMPTY,
    personCriticism: person.criticism.length > 0 ? person.criticism : EMPTY,
    sweeping: sweeping.length > 0 ? sweeping : EMPTY,
    teacherCentred: teacherCentred.length > 0 ? teacherCentred : EMPTY,
    topics:
      kind === 'feedForward' || (kind === 'feedBack' && problem) ? topicStems(lex, tokens) : EMPTY,
  };
}
