/**
 * Wording the review points at inside a sentence: praise and criticism of the
 * person, sweeping words, and teacher-centred phrasing. Each returns the words
 * concerned, as character spans in the text.
 */
import { Flag, type Marked, type Reading } from './reading';

/** Praise and criticism of the person found in a sentence, and whether it is about the person at all. */
export interface PersonResult {
  praise: Marked[];
  /** Judgments of what the learner is rather than of the work ("du är lat", "you never try"). */
  criticism: Marked[];
  /** About the person (praise, criticism or encouragement): feedback level `self`. */
  person: boolean;
}

/** How many words may stand between the subject and the praise ("du är JU VERKLIGEN SÅ duktig"). */
const SUBJECT_GAP = 5;
/** How many praise words and joining words may follow one another ("så flitig och ambitiös"). */
const PRAISE_RUN = 6;

/**
 * Words of `[from, to)` a subject may be followed by before a praise or
 * criticism word: intensifiers, sweeping words, hedges; negations are skipped
 * and reported. Returns the first other word and whether a negation was seen.
 */
function skipGap(r: Reading, from: number): { at: number; negated: boolean } {
  const lex = r.lex;
  let j = from;
  let negated = false;
  for (let guard = 0; guard < SUBJECT_GAP && j < r.n; guard++) {
    if (r.word(lex.negations, j)) negated = true;
    else if (
      !r.word(lex.personIntensifiers, j) &&
      !r.word(lex.sweepingWords, j) &&
      !r.word(lex.hedges, j)
    ) {
      break;
    }
    j++;
  }
  return { at: j, negated };
}

/**
 * Criticism of the person starting at word `i`, or 0: its end. A
 * criticism word after "du är" / "you are" ("du är lat och slarvig", "you're
 * bad at…"; also with an area after it, "slarvig med detaljerna": it still
 * says what the learner is), a phrase that is criticism wherever it stands
 * ("du glömmer alltid", "you never try", "inte någon mattemänniska"), or what
 * the learner cannot do, said of the person ("du kan inte skriva", when the
 * clause ends there). Not under negation ("du är inte lat", "inte alltid
 * glömmer"). `negated` is called for a criticism word that is negated: the
 * sentence is about the person all the same.
 */
function criticismAt(r: Reading, i: number, negated: () => void): number {
  const lex = r.lex;
  const phraseEnd = r.end(lex.personCriticismPhrases, i);
  if (phraseEnd > 0) {
    if (!r.negatedBefore(i)) return phraseEnd;
    negated();
    return 0;
  }
  const inabilityEnd = r.end(lex.personInability, i);
  if (inabilityEnd > 0 && !r.negatedBefore(i)) {
    // Only when nothing but a few words like "alls", "properly" follow in the clause.
    let k = inabilityEnd;
    while (k < r.n && r.sameClause(inabilityEnd - 1, k)) {
      const tailEnd = r.end(lex.personInabilityTails, k);
      if (tailEnd === 0) break;
      k = tailEnd;
    }
    // A quotation after it is what may not be written ("du kan inte skriva \"typ\""): the text.
    if (k >= r.n || (!r.sameClause(inabilityEnd - 1, k) && !r.has(k, Flag.quoted))) {
      return inabilityEnd;
    }
  }
  const subjectEnd = r.end(lex.personCriticismSubjects, i);
  if (subjectEnd === 0) return 0;
  const gap = skipGap(r, subjectEnd);
  let k = gap.at;
  let end = 0;
  for (let guard = 0; guard < PRAISE_RUN && k < r.n; guard++) {
    const wordEnd = r.end(lex.personCriticism, k);
    if (wordEnd > 0) {
      k = wordEnd;
      end = k;
    } else if (
      r.word(lex.personIntensifiers, k) ||
      r.word(lex.coordinators, k) ||
      r.word(lex.sweepingWords, k)
    ) {
      k++;
    } else break;
  }
  if (end === 0) return 0;
  if (!gap.negated && !r.negatedBefore(i)) return end;
  negated();
  return 0;
}

/**
 * Praise of the person: "du är (så) duktig", "you're a natural", "vilken
 * begåvad skribent", "Duktig!" on its own. Not when a skill follows ("duktig på
 * att strukturera", "good at planning"), and not under negation ("du är inte
 * någon naturvetare" is about the person, but not praise). Flags the words.
 */
export function findPerson(r: Reading): PersonResult {
  const lex = r.lex;
  const n = r.n;
  const praise: Marked[] = [];
  const criticism: Marked[] = [];
  let person = false;
  const add = (from: number, to: number) => {
    praise.push(r.mark(from, to));
    r.flag(from, to, Flag.person);
    person = true;
  };
  // Sweeping words inside criticism stay sweeping ("du glömmer ALLTID"): both are said.
  const addCriticism = (from: number, to: number) => {
    criticism.push(r.mark(from, to));
    for (let k = from; k < to; k++) {
      if (!r.word(lex.sweepingWords, k) && !r.word(lex.sweepingIntensifiers, k)) {
        r.flag(k, k + 1, Flag.person);
      }
    }
    person = true;
  };
  const aboutPerson = () => {
    person = true;
  };
  for (let i = 0; i < n; i++) {
    if (r.has(i, Flag.quoted)) continue;
    const phraseEnd = r.end(lex.personPhrases, i);
    if (phraseEnd > 0 && !r.negatedBefore(i)) {
      add(i, phraseEnd);
      i = phraseEnd - 1;
      continue;
    }
    const criticismEnd = criticismAt(r, i, aboutPerson);
    if (criticismEnd > 0) {
      addCriticism(i, criticismEnd);
      i = criticismEnd - 1;
      continue;
    }
    const subjectEnd = r.end(lex.personSubjects, i);
    if (subjectEnd === 0) continue;
    let isNegated = false;
    for (let k = i; k < subjectEnd; k++) if (r.word(lex.negations, k)) isNegated = true;
    // Intensifiers, articles and sweeping words between: "du är ju alltid så…", "you are such a…".
    const gap = skipGap(r, subjectEnd);
    const j = gap.at;
    if (gap.negated) isNegated = true;
    if (r.end(lex.personCriticism, j) > 0) person = true;
    // Praise adjectives and nouns, possibly several ("så flitig och ambitiös", "a natural mathematician").
    let k = j;
    let end = j;
    let praised = false;
    let skill = false;
    let sawPositive = false;
    for (let guard = 0; guard < PRAISE_RUN && k < n; guard++) {
      const nounEnd = r.end(lex.personNouns, k) || (sawPositive ? r.end(lex.personRoles, k) : 0);
      const adjectiveEnd = nounEnd > 0 ? 0 : r.end(lex.personAdjectives, k);
      if (nounEnd > 0) {
        praised = true;
        sawPositive = true;
        k = nounEnd;
        end = k;
      } else if (adjectiveEnd > 0) {
        if (r.end(lex.personComplements, adjectiveEnd) > 0) {
          // A skill on a named thing ("duktig på att strukturera", "good at planning").
          skill = true;
          break;
        }
        praised = true;
        sawPositive = true;
        k = adjectiveEnd;
        end = k;
      } else if (r.word(lex.positive, k) || r.word(lex.valuesPositive, k)) {
        // "a good writer", "en fin skribent": praise only if a role noun follows.
        sawPositive = true;
        k++;
      } else if (r.word(lex.personIntensifiers, k) || r.word(lex.coordinators, k)) {
        k++;
      } else break;
    }
    if (praised && !skill && end > j) {
      if (isNegated) person = true;
      else add(i, end);
      i = end - 1;
    }
  }
  // A whole sentence that is only a praise word for the person: "Duktig!", "Flink gutt!", "Good girl!".
  if (praise.length === 0 && n > 0) {
    let i = 0;
    while (i < n && r.word(lex.personIntensifiers, i)) i++;
    const aloneEnd = r.end(lex.personAlone, i);
    if (aloneEnd > 0) {
      let k = aloneEnd;
      while (k < n && (r.isName(k) || r.word(lex.personIntensifiers, k))) k++;
      if (k === n) add(i, aloneEnd);
    }
  }
  if (!person && lex.selfLevel.test(r.tokens)) person = true;
  return { praise, criticism, person };
}

/**
 * Sweeping words used as a judgment: "alltid", "never", "perfekt", and
 * "helt", "totally", "allt" next to a judgment ("helt fel", "a total mess",
 * "allt är bra", "misforstått alt"). Not under negation or a hedge ("inte
 * alltid", "almost never"), not in an instruction ("Tänk på att alltid…",
 * "Never leave…"), not in listed idioms ("framför allt", "totalt sett", "all
 * in all", "present perfect"), not in quotations, and not inside person
 * praise (reported there).
 * Adjacent sweeping words ("helt perfekt") are one finding.
 */
export function findSweeping(r: Reading, isStepClause: (clause: number) => boolean): Marked[] {
  const lex = r.lex;
  const n = r.n;
  const found: Marked[] = [];
  let runStart = -1;
  let runEnd = -1;
  for (let i = 0; i < n; i++) {
    let end = r.end(lex.sweepingWords, i);
    if (end === 0) {
      const intensifierEnd = r.end(lex.sweepingIntensifiers, i);
      if (intensifierEnd > 0) {
        let judged = i > 0 && r.sameClause(i, i - 1) && r.isJudgement(i - 1);
        for (let k = intensifierEnd; !judged && k < Math.min(n, intensifierEnd + 2); k++) {
          if (!r.sameClause(i, k)) break;
          judged = r.isJudgement(k);
        }
        if (judged) end = intensifierEnd;
      }
    }
    if (end === 0) continue;
    if (
      r.has(i, Flag.person | Flag.quoted | Flag.idiom) ||
      isStepClause(r.clause[i] as number) ||
      r.negated(i) ||
      r.hedged(i)
    ) {
      continue;
    }
    if (runEnd === i) found.pop();
    else runStart = i;
    found.push(r.mark(runStart, end));
    runEnd = end;
    i = end - 1;
  }
  return found;
}

/** "Jag hade skrivit", "hade jag valt": is the word after (and after adverbs) a past participle? */
function participleFollows(r: Reading, i: number): boolean {
  let k = i;
  for (let guard = 0; guard < 3 && k < r.n && r.word(r.lex.teacherAdverbs, k); guard++) k++;
  const token = r.tokens[k];
  if (!token || r.end(r.lex.teacherNotParticiples, k) > 0) return false;
  const last = token.norm.charAt(token.norm.length - 1);
  return last === 't' || last === 'd';
}

/**
 * How the teacher would have done it: "I would…", "jag skulle…", "jeg ville…",
 * "if I were you", "jag hade skrivit", "Själv hade jag…". Requests and
 * suggestions with the learner as actor ("I would like you to", "jag skulle
 * föreslå att du", "jeg ville gjerne høre") are not.
 */
export function findTeacherCentred(r: Reading): Marked[] {
  const lex = r.lex;
  const found: Marked[] = [];
  for (let i = 0; i < r.n; i++) {
    if (r.has(i, Flag.quoted)) continue;
    let end = r.end(lex.teacherPhrases, i);
    if (end === 0) {
      const hadEnd = r.end(lex.teacherBeforeParticiple, i);
      if (hadEnd > 0 && participleFollows(r, hadEnd)) end = hadEnd;
    }
    if (end === 0) continue;
    // A request or suggestion starting anywhere in the phrase ("Själv skulle jag vilja…").
    let request = false;
    for (let k = i; k < end && !request; k++) request = r.end(lex.teacherExceptions, k) > 0;
    if (!request) found.push(r.mark(i, end));
    i = end - 1;
  }
  return found;
}
