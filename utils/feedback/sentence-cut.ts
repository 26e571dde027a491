import type { TemplateLang } from '../model/templates';
import type { TextRange } from './placeholders';
import { lexicon } from './rules/lexicon';
import { splitSentences } from './rules/sentences';

/** A sentence taken out of a text, and the text as it reads without it. */
export interface SentenceCut {
  sentence: string;
  rest: string;
}

/**
 * Cuts the sentence that `at` points into (every sentence it touches) out of
 * `text`, so a whole remark can be moved elsewhere rather than a fragment of
 * it. The sentences are the review's own (`splitSentences` with the
 * language's abbreviations), so a line break, a list marker or an
 * abbreviation such as "e.g." or "t.ex." cuts exactly where the review that
 * pointed at the remark cut. The space before the next sentence goes with the
 * cut (the space after the previous one, for the last sentence), so what is
 * left reads as if the sentence had never been there. Null when `at` lies in
 * no sentence, as when the text changed after the review read it.
 */
export function cutSentence(text: string, at: TextRange, lang: TemplateLang): SentenceCut | null {
  const lex = lexicon(lang);
  const spans = splitSentences(text, {
    abbreviations: lex.abbreviations,
    endings: lex.sentenceEndingAbbreviations,
  });
  const end = Math.max(at.end, at.start + 1);
  const first = spans.findIndex((span) => span.end > at.start && span.start < end);
  if (first === -1) return null;
  let last = first;
  while ((spans[last + 1]?.start ?? end) < end) last++;
  const sentence = { start: spans[first]?.start ?? 0, end: spans[last]?.end ?? 0 };
  const next = spans[last + 1];
  const cut = next
    ? { start: sentence.start, end: next.start }
    : { start: spans[first - 1]?.end ?? 0, end: text.length };
  return {
    sentence: text.slice(sentence.start, sentence.end),
    rest: text.slice(0, cut.start) + text.slice(cut.end),
  };
}
