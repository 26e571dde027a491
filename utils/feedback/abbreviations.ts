import type { TemplateLang } from '../model/templates';
import en from './lexicons/abbreviations/en.json';
import nb from './lexicons/abbreviations/nb.json';
import sv from './lexicons/abbreviations/sv.json';

/** One language's abbreviations, as their files list them (lower case). */
export interface Abbreviations {
  /** A full stop after one of these does not end the sentence ("t.ex.", "e.g."). */
  abbreviations: Set<string>;
  /** These often stand last, so a capital after them starts a new sentence ("osv.", "etc."). */
  sentenceEndingAbbreviations: Set<string>;
}

interface AbbreviationFile {
  abbreviations: { words: string[] };
  sentenceEndingAbbreviations: { words: string[] };
}

const FILES: Record<TemplateLang, AbbreviationFile> = { sv, nb, en };
const compiled = new Map<TemplateLang, Abbreviations>();

/**
 * The abbreviations of a language, kept in small files of their own so that
 * filling a template's blanks (which must know where a sentence ends) does
 * not load the review's whole word lists; the review reads the same files.
 */
export function abbreviationsOf(lang: TemplateLang): Abbreviations {
  const cached = compiled.get(lang);
  if (cached) return cached;
  const file = FILES[lang];
  const lower = (words: string[]) => new Set(words.map((word) => word.toLowerCase()));
  const result = {
    abbreviations: lower(file.abbreviations.words),
    sentenceEndingAbbreviations: lower(file.sentenceEndingAbbreviations.words),
  };
  compiled.set(lang, result);
  return result;
}
