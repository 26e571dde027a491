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
