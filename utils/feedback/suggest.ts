import type { FeedbackQuestion } from '../model/feedback';
import type { TemplateLang } from '../model/templates';
import type { WorkLevel } from './composer';
import { classifySentences } from './rules';

/** What the typed text of a part reads like. */
export interface TagSuggestion {
  question: FeedbackQuestion;
  /** Null when the text is only about the person (that belongs in the praise field). */
  level: WorkLevel | null;
}

function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | undefined;
  for (const [value, count] of counts)
    if (best === undefined || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

/**
 * The question and level the review's classifier reads in what the teacher
 * typed (the most common over its sentences), so the composer can suggest
 * them when the text was typed rather than picked from the bank. Null for
 * empty text.
 */
export function suggestTags(text: string, lang: TemplateLang): TagSuggestion | null {
  const sentences = classifySentences(text, { lang }).filter(
    (sentence) => sentence.text.trim() !== '',
  );
  const question = mostCommon(sentences.map((sentence) => sentence.question));
  if (!question) return null;
  const levels = sentences.map((sentence) => sentence.level).filter((level) => level !== 'self');
  return { question, level: (mostCommon(levels) as WorkLevel | undefined) ?? null };
}

/** Finds one bank template's text where it was inserted, whatever its blanks were filled with. */
export interface TemplateMatcher {
  /** The template's longest fixed piece: a text without it cannot hold the template. */
  anchor: string;
  pattern: RegExp;
}

/** A placeholder as the bank writes it (see placeholders.ts). */
const PLACEHOLDER = /\{[^{}\r\n]{1,40}\}/g;
/** What a blank between fixed words may have become: anything on the line. */
const FILLED_INSIDE = '[^\\r\\n]{1,200}?';
/**
 * What a blank at either end may have become: no sentence end, so a blank
 * that opens a template does not swallow the typed sentence before it.
 */
const FILLED_AT_EDGE = '[^\\r\\n.!?]{1,80}?';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Matchers for the texts of the bank's templates, longest first so a
 * template that contains a shorter one is taken whole. Blanks (`{…}`) match
 * what they were filled with (a known value, or what the teacher typed in
 * them); white space matches any white space.
 */
export function templateMatchers(texts: readonly string[]): TemplateMatcher[] {
  const matchers: (TemplateMatcher & { length: number })[] = [];
  for (const raw of new Set(texts.map((text) => text.trim()))) {
    const pieces = raw.split(PLACEHOLDER);
    const anchor = pieces.reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '');
    // A template that is (nearly) only blanks would match any typed text.
    if (anchor.length < 8) continue;
    const source = pieces
      .map((piece) => escapeRegExp(piece).replace(/\s+/g, '\\s+'))
      .map((piece, index) => {
        if (index === 0) return piece;
        const atEdge = index === 1 ? pieces[0] === '' : false;
        const last = index === pieces.length - 1 && piece === '';
        return (atEdge || last ? FILLED_AT_EDGE : FILLED_INSIDE) + piece;
      })
      .join('');
    matchers.push({ anchor, pattern: new RegExp(source, 'g'), length: raw.length });
  }
  return matchers
    .sort((a, b) => b.length - a.length)
    .map(({ anchor, pattern }) => ({ anchor, pattern }));
}

/**
 * What the teacher typed in a part: its text without the bank templates
 * still in it. Inserted text carries its template's question and level, so
 * only the rest is judged. Each removed template leaves a line break, so the
 * typed text around it is not joined into one sentence.
 */
export function typedText(text: string, matchers: readonly TemplateMatcher[]): string {
  let rest = text;
  for (const matcher of matchers) {
    if (!rest.includes(matcher.anchor)) continue;
    rest = rest.replace(matcher.pattern, '\n');
  }
  return rest;
}

/**
 * The suggestion for what was typed in a part, leaving out the text that
 * came from the bank; null when nothing typed remains.
 */
export function suggestTypedTags(
  text: string,
  lang: TemplateLang,
  matchers: readonly TemplateMatcher[],
): TagSuggestion | null {
  return suggestTags(typedText(text, matchers), lang);
}
