/**
 * The word lists of the feedback review, one JSON file per language in
 * `utils/feedback/lexicons/`, compiled once per language on first use. The
 * files are data a teacher can extend: every group is `{ "_comment", "words" }`
 * and the pattern language is described in `./matchers.ts` and in each file.
 */

import { abbreviationsOf } from '../abbreviations';
import en from '../lexicons/en.json';
import nb from '../lexicons/nb.json';
import sv from '../lexicons/sv.json';
import { PhraseSet, WordSpace } from './matchers';
import { fold, stem, type Token, tokenize } from './text';

export type Lang = 'sv' | 'nb' | 'en';

/** One group of a lexicon file. */
export interface WordGroup {
  _comment?: string;
  words: string[];
}

/** The groups every lexicon file has (the compiler fails loudly in tests if one is missing). */
export const GROUPS = [
  'negations',
  'notNegations',
  'hedges',
  'positive',
  'negative',
  'absence',
  'valuesPositive',
  'valuesNegative',
  'valuesNeutral',
  'grades',
  'valueFillers',
  'reasons',
  'personSubjects',
  'personIntensifiers',
  'personAdjectives',
  'personNouns',
  'personRoles',
  'personAlone',
  'personPhrases',
  'personComplements',
  'personCriticism',
  'personCriticismSubjects',
  'personCriticismPhrases',
  'personInability',
  'personInabilityTails',
  'selfLevel',
  'sweepingWords',
  'sweepingIntensifiers',
  'sweepingExceptions',
  'teacherPhrases',
  'teacherExceptions',
  'teacherBeforeParticiple',
  'teacherAdverbs',
  'teacherNotParticiples',
  'imperatives',
  'imperativeLeadIns',
  'notImperativeBefore',
  'nextStep',
  'weakNextStep',
  'notNextStep',
  'canPhrases',
  'notActions',
  'listBreakers',
  'clauseOpeners',
  'coordinators',
  'focusPhrases',
  'additive',
  'goal',
  'selfRegulation',
  'process',
  'notLevelCues',
  'stopWords',
  'genericWords',
  'suffixes',
  'synonyms',
] as const;

export type GroupName = (typeof GROUPS)[number];

export type LexiconData = { _comment?: string } & { [group in GroupName]: WordGroup };

/** Phrase groups, matched against a sentence's words. */
type PhraseGroups = Exclude<
  GroupName,
  'grades' | 'stopWords' | 'genericWords' | 'suffixes' | 'synonyms'
>;

export type Lexicon = { [group in PhraseGroups]: PhraseSet } & {
  lang: Lang;
  /** The language's vocabulary cache, shared by its lists. */
  space: WordSpace;
  abbreviations: Set<string>;
  sentenceEndingAbbreviations: Set<string>;
  /** Grade symbols as written (case matters: "B" is a grade, "b" is not). */
  grades: Set<string>;
  /** Function words (lower case, and folded) that carry no content. */
  stopWords: Set<string>;
  /** Stems of words too common in criteria to link one on their own ("use", "clear"). */
  genericStems: Set<string>;
  /** Word endings the stemmer removes, longest first. */
  suffixes: string[];
  /** Stem → the id of its synonym group. */
  synonyms: Map<string, number>;
};

const DATA: Record<Lang, LexiconData> = {
  sv: sv as LexiconData,
  nb: nb as LexiconData,
  en: en as LexiconData,
};

const compiled = new Map<Lang, Lexicon>();

function words(data: LexiconData, group: GroupName): string[] {
  const entries = data[group]?.words;
  if (!Array.isArray(entries)) throw new Error(`Lexicon group "${group}" is missing.`);
  return entries.filter((entry): entry is string => typeof entry === 'string');
}

/** The stem of a phrase: the stems of its words, joined by spaces. */
export function stemPhrase(phrase: string, suffixes: readonly string[]): string {
  return tokenize(phrase)
    .map((token) => stem(token.norm, suffixes))
    .join(' ');
}

/** Compiles one language's lexicon (cached: the lists are parsed once). */
export function lexicon(lang: Lang): Lexicon {
  const cached = compiled.get(lang);
  if (cached) return cached;
  const data = DATA[lang];
  const space = new WordSpace();
  const phraseSets = {} as { [group in PhraseGroups]: PhraseSet };
  for (const group of GROUPS) {
    if (
      group === 'grades' ||
      group === 'stopWords' ||
      group === 'genericWords' ||
      group === 'suffixes' ||
      group === 'synonyms'
    ) {
      continue;
    }
    phraseSets[group] = new PhraseSet(words(data, group), space);
  }
  const suffixes = words(data, 'suffixes')
    .map((suffix) => fold(suffix.trim()))
    .filter((suffix) => suffix.length > 0)
    .sort((a, b) => b.length - a.length);
  const synonyms = new Map<string, number>();
  words(data, 'synonyms').forEach((line, id) => {
    for (const phrase of line.split(',')) {
      const stemmed = stemPhrase(phrase, suffixes);
      if (stemmed) synonyms.set(stemmed, id);
    }
  });
  const result: Lexicon = {
    ...phraseSets,
    lang,
    space,
    ...abbreviationsOf(lang),
    grades: new Set(words(data, 'grades')),
    stopWords: new Set(words(data, 'stopWords').flatMap((w) => [w.toLowerCase(), fold(w)])),
    genericStems: new Set(words(data, 'genericWords').map((w) => stem(w, suffixes))),
    suffixes,
    synonyms,
  };
  compiled.set(lang, result);
  return result;
}

/** A token's folded word, cached with the word. */
export function foldedOf(lex: Lexicon, token: Token): string {
  const info = lex.space.infoOf(token);
  if (info.folded === undefined) info.folded = fold(token.norm);
  return info.folded;
}

/** A token's stem (see `stem`), cached with the word. */
export function stemOf(lex: Lexicon, token: Token): string {
  const info = lex.space.infoOf(token);
  if (info.stem === undefined) info.stem = stem(token.norm, lex.suffixes);
  return info.stem;
}
