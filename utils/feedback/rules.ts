/**
 * The automatic feedback review: checks a piece of feedback against the
 * golden rules that can be read from its text (DOMAIN.md §3–4) and tags each
 * sentence with its feedback question and level (§1–2). Swedish, Norwegian
 * bokmål and English; pure and synchronous, with no browser dependency, so the
 * panel can run it on every keystroke.
 *
 * The words it knows are data, in `utils/feedback/lexicons/{sv,nb,en}.json`,
 * which a teacher can extend (`rules/lexicon.ts` loads them). The machinery
 * is in `utils/feedback/rules/`: `sentences.ts` (splitting), `classify.ts`
 * (what one sentence does), `phrasing.ts` (praise and criticism of the person,
 * sweeping and teacher-centred wording), `points.ts` (reasons in neighbouring sentences,
 * counting improvement points), `criteria.ts` (links to success criteria),
 * `reading.ts` and `matchers.ts` (words, negation, and the word-pattern
 * language, matched in one pass per sentence with no regular expressions, so
 * nothing can backtrack).
 *
 * Precision comes first: a rule that cries wolf gets ignored, so each rule
 * fires only on clear evidence (see the corpus test for measured precision
 * and recall).
 */
import type { MessageKey } from '../i18n/index';
import type { FeedbackLevel, FeedbackQuestion } from '../model/feedback';
import type { GuidanceKey } from './guidance';
import { analyseSentence, type SentenceInfo } from './rules/classify';
import { refersToAny, TextWordsBuilder } from './rules/criteria';
import { type Lang, type Lexicon, lexicon } from './rules/lexicon';
import { explains, type PlacedSentence, pointsOverLimit } from './rules/points';
import { splitSentences } from './rules/sentences';
import type { Token } from './rules/text';

export type { GuidanceKey } from './guidance';

export type RuleId =
  | 'no-feed-forward'
  | 'value-without-reason'
  | 'person-praise'
  | 'person-criticism'
  | 'no-positive'
  | 'too-many-points'
  | 'sweeping'
  | 'teacher-centred'
  | 'no-criterion';

export const RULE_IDS: readonly RuleId[] = [
  'no-feed-forward',
  'value-without-reason',
  'person-praise',
  'person-criticism',
  'no-positive',
  'too-many-points',
  'sweeping',
  'teacher-centred',
  'no-criterion',
];

export interface Finding {
  rule: RuleId;
  severity: 'warning' | 'info';
  /** Catalog keys (utils/i18n/catalogs/en.ts): explanation and concrete suggestion. */
  explanationKey: MessageKey;
  suggestionKey: MessageKey;
  /** The golden rule (or pitfall) this comes from, for the checklist link. */
  guidance: GuidanceKey;
  /** Characters concerned: in the text, or — for item input — in parts[part].text. Whole-text rules (no-feed-forward, no-positive, no-criterion) span the whole text or part 0..length. */
  span: { start: number; end: number };
  part?: number;
  /** e.g. the sweeping word found, for the message. */
  match?: string;
}

export interface SentenceClass {
  span: { start: number; end: number };
  text: string;
  question: FeedbackQuestion;
  level: FeedbackLevel;
}

export type FeedbackItemLike = {
  parts: { question: FeedbackQuestion; level: FeedbackLevel; text: string }[];
};

export interface CheckOptions {
  lang: Lang;
  /** Success criteria of the assignment; `no-criterion` is checked only when some are given. */
  criteria?: string[];
}

/** More improvement points than this in one piece of feedback is too many (golden rule 4). */
export const MAX_POINTS = 3;

interface RuleMeta {
  severity: Finding['severity'];
  explanationKey: MessageKey;
  suggestionKey: MessageKey;
  guidance: GuidanceKey;
}

/**
 * Severity: a warning where the feedback loses most of its use for learning
 * (no next step, a bare value, praise or criticism of the person, nothing
 * positive, too much at once); information where the wording could be better (sweeping words,
 * teacher-centred phrasing, no criterion named).
 */
const RULES: Record<RuleId, RuleMeta> = {
  'no-feed-forward': {
    severity: 'warning',
    explanationKey: 'findingNoFeedForward',
    suggestionKey: 'findingNoFeedForwardFix',
    guidance: 'pitfallNoSuggestion',
  },
  'value-without-reason': {
    severity: 'warning',
    explanationKey: 'findingValueWithoutReason',
    suggestionKey: 'findingValueWithoutReasonFix',
    guidance: 'rightFocus',
  },
  'person-praise': {
    severity: 'warning',
    explanationKey: 'findingPersonPraise',
    suggestionKey: 'findingPersonPraiseFix',
    guidance: 'rightFocus',
  },
  'person-criticism': {
    severity: 'warning',
    explanationKey: 'findingPersonCriticism',
    suggestionKey: 'findingPersonCriticismFix',
    guidance: 'rightFocus',
  },
  'no-positive': {
    severity: 'warning',
    explanationKey: 'findingNoPositive',
    suggestionKey: 'findingNoPositiveFix',
    guidance: 'positive',
  },
  'too-many-points': {
    severity: 'warning',
    explanationKey: 'findingTooManyPoints',
    suggestionKey: 'findingTooManyPointsFix',
    guidance: 'rightAmount',
  },
  sweeping: {
    severity: 'info',
    explanationKey: 'findingSweeping',
    suggestionKey: 'findingSweepingFix',
    guidance: 'rightFocus',
  },
  'teacher-centred': {
    severity: 'info',
    explanationKey: 'findingTeacherCentred',
    suggestionKey: 'findingTeacherCentredFix',
    guidance: 'learnerFocus',
  },
  'no-criterion': {
    severity: 'info',
    explanationKey: 'findingNoCriterion',
    suggestionKey: 'findingNoCriterionFix',
    guidance: 'rightFocus',
  },
};

/** One text the feedback is made of: the whole string, or one part of an item. */
interface Unit {
  text: string;
  part?: number;
  question?: FeedbackQuestion;
  level?: FeedbackLevel;
}

function sentencesOf(
  lex: Lexicon,
  text: string,
  onTokens?: (tokens: Token[]) => void,
): SentenceInfo[] {
  const options = {
    abbreviations: lex.abbreviations,
    endings: lex.sentenceEndingAbbreviations,
  };
  return splitSentences(text, options).map((span) =>
    analyseSentence(lex, text, span.start, span.end, onTokens),
  );
}

/** Splits text into sentences and tags each with its feedback question and level. */
export function classifySentences(text: string, options: { lang: Lang }): SentenceClass[] {
  return sentencesOf(lexicon(options.lang), text).map((info) => ({
    span: { start: info.start, end: info.end },
    text: info.text,
    question: info.question,
    level: info.level,
  }));
}

/**
 * Reviews one piece of feedback. An item's parts are read as one piece, in
 * order: a step in any part is a step for the whole, and a part tagged
 * feed-forward counts as one. Person praise in a part tagged `self` (praise
 * kept apart, as the guidance asks) is not reported, but does not count as
 * saying what works either.
 * Empty input gives no findings.
 */
export function checkFeedback(input: string | FeedbackItemLike, options: CheckOptions): Finding[] {
  const units: Unit[] =
    typeof input === 'string'
      ? [{ text: input }]
      : input.parts.map((part, index) => ({
          text: typeof part.text === 'string' ? part.text : '',
          part: index,
          question: part.question,
          level: part.level,
        }));
  const filled = units.filter((unit) => unit.text.trim() !== '');
  const firstUnit = filled[0];
  if (!firstUnit) return [];
  const lex = lexicon(options.lang);
  const criteria = (options.criteria ?? []).filter((criterion) => criterion.trim() !== '');
  const words = criteria.length > 0 ? new TextWordsBuilder(lex) : null;
  const onTokens = words ? (tokens: Token[]) => words.add(tokens) : undefined;
  const sentences: PlacedSentence[] = [];
  filled.forEach((unit, index) => {
    for (const info of sentencesOf(lex, unit.text, onTokens)) {
      const placed = info as PlacedSentence;
      placed.unit = index;
      sentences.push(placed);
    }
  });

  const findings: Finding[] = [];
  const add = (rule: RuleId, unit: Unit, start: number, end: number, extra?: Partial<Finding>) => {
    const meta = RULES[rule];
    const finding: Finding = { rule, ...meta, span: { start, end }, ...extra };
    if (unit.part !== undefined) finding.part = unit.part;
    findings.push(finding);
  };
  const whole = (rule: RuleId) => add(rule, firstUnit, 0, firstUnit.text.length);

  // no-feed-forward: nothing tells the learner what to do next.
  const hasStep =
    sentences.some((s) => s.question === 'feedForward') ||
    filled.some((unit) => unit.question === 'feedForward');
  if (!hasStep) whole('no-feed-forward');

  // value-without-reason: a bare value or grade, and no neighbour sentence gives the reason.
  sentences.forEach((sentence, i) => {
    if (sentence.value === null) return;
    const explained = [sentences[i - 1], sentences[i + 1]].some(
      (other) => other !== undefined && explains(other, sentence),
    );
    if (!explained) {
      add('value-without-reason', filled[sentence.unit] as Unit, sentence.start, sentence.end, {
        match: sentence.text,
      });
    }
  });

  // person-praise: reported where it stands, except in the part kept for praise, where it belongs.
  for (const sentence of sentences) {
    const unit = filled[sentence.unit] as Unit;
    if (unit.level === 'self') continue;
    for (const praise of sentence.personPraise) {
      add('person-praise', unit, praise.start, praise.end, { match: praise.match });
    }
  }

  // person-criticism: what the learner is, not what the work does; wherever it stands.
  for (const sentence of sentences) {
    const unit = filled[sentence.unit] as Unit;
    for (const criticism of sentence.personCriticism) {
      add('person-criticism', unit, criticism.start, criticism.end, { match: criticism.match });
    }
  }

  // no-positive: nothing says what works. Praise of the person says nothing about the work, so
  // it does not count, in a `self` part either.
  if (!sentences.some((s) => s.positive)) whole('no-positive');

  // too-many-points: more than three improvement points.
  const stepUnits = filled.flatMap((unit, i) => (unit.question === 'feedForward' ? [i] : []));
  const over = pointsOverLimit(sentences, stepUnits, MAX_POINTS);
  if (over) {
    const unit = filled[over.from.unit] as Unit;
    add('too-many-points', unit, over.from.start, over.to.end, { match: String(over.total) });
  }

  for (const sentence of sentences) {
    const unit = filled[sentence.unit] as Unit;
    for (const word of sentence.sweeping) {
      add('sweeping', unit, word.start, word.end, { match: word.match });
    }
    for (const phrase of sentence.teacherCentred) {
      add('teacher-centred', unit, phrase.start, phrase.end, { match: phrase.match });
    }
  }

  // no-criterion: criteria were given, and none is referred to.
  if (words && !refersToAny(lex, criteria, words.build())) whole('no-criterion');

  return findings.sort(
    (a, b) =>
      (a.part ?? 0) - (b.part ?? 0) ||
      a.span.start - b.span.start ||
      RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule),
  );
}
