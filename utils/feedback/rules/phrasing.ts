/**
 * Wording the review points at inside a sentence: praise of the person,
 * sweeping words, and teacher-centred phrasing. Each returns the words
 * concerned, as character spans in the text.
 */
import { Flag, type Marked, type Reading } from './reading';

/** Praise and criticism of the person found in a sentence, and whether it is about the person at all. */
export interface PersonResult {
  praise: Marked[];
  /** Judgments of the learner's character or ability rather than the work. */
  criticism: Marked[];
  /** About the person (praise, criticism or encouragement): feedback level `self`. */
  person: boolean;
}

/** How many words may stand between the subject and the praise ("du är JU VERKLIGEN SÅ duktig"). */
const SUBJECT_GAP = 5;
/** How many praise words and joining words may follow one another ("så flitig och ambitiös"). */
const PRAISE_RUN = 6;

/**
 * Praise of the person: "du är (så) duktig", "you're a natural", "vilken
 * begåvad skribent", "Duktig!" on its own. Not when a skill follows ("duktig på
 * att strukturera", "good at planning"), and not under negation ("du är inte
 * någon naturvetare" is about the person, but not praise). Flags the words.
 * Criticism of the person beside it: critical words after the subject ("du
 * är lat och slarvig"), praise denied ("you're not clever"), and habits or
 * abilities held against the learner ("you always forget", "du kan inte
 * skriva"); these are not flagged, so their sweeping words are still found.
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
  for (let i = 0; i < n; i++) {
    if (r.has(i, Flag.quoted)) continue;
    // A habit or an ability held against the learner: "you always forget", "du kan inte skriva".
    const failingEnd = r.end(lex.personFailings, i);
    if (failingEnd > 0) {
      criticism.push(r.mark(i, failingEnd));
      i = failingEnd - 1;
      continue;
    }
    const phraseEnd = r.end(lex.personPhrases, i);
    if (phraseEnd > 0 && !r.negatedBefore(i)) {
      add(i, phraseEnd);
      i = phraseEnd - 1;
      continue;
    }
    const subjectEnd = r.end(lex.personSubjects, i);
    if (subjectEnd === 0) continue;
    let isNegated = false;
    for (let k = i; k < subjectEnd; k++) if (r.word(lex.negations, k)) isNegated = true;
    // Intensifiers, articles and sweeping words between: "du är ju alltid så…", "you are such a…".
    let j = subjectEnd;
    for (let guard = 0; guard < SUBJECT_GAP && j < n; guard++) {
      if (r.word(lex.negations, j)) isNegated = true;
      else if (
        !r.word(lex.personIntensifiers, j) &&
        !r.word(lex.sweepingWords, j) &&
        !r.word(lex.hedges, j)
      ) {
        break;
      }
      j++;
    }
    const criticised = criticismRun(r, j);
    if (criticised > j) {
      person = true;
      if (!isNegated) criticism.push(r.mark(i, criticised));
    }
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
      if (isNegated) {
        // Praise denied is a judgment of the learner: "du är inte smart".
        person = true;
        criticism.push(r.mark(i, end));
      } else add(i, end);
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
 * Where a run of critical words about the person starting at `from` ends
 * ("lat och slarvig", "so careless and messy"); `from` when there is none.
 */
function criticismRun(r: Reading, from: number): number {
  const lex = r.lex;
  let end = from;
  let k = from;
  for (let guard = 0; guard < PRAISE_RUN && k < r.n; guard++) {
    const wordEnd = r.end(lex.personCriticism, k);
    if (wordEnd > 0) {
      k = wordEnd;
      end = k;
    } else if (r.word(lex.personIntensifiers, k) || r.word(lex.coordinators, k)) {
      k++;
    } else break;
  }
  return end;
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
