import type { FeedbackLevel, FeedbackQuestion } from './feedback';

/** A language the comment bank has built-in templates in. */
export type TemplateLang = 'sv' | 'nb' | 'en';

/**
 * A phrase template shipped with the product. Ids are stable across releases
 * (`<lang>-<question>-<level>-<nn>`) so a teacher's favourites, hidden flags
 * and usage counts stay attached when the wording is improved.
 */
export interface BuiltInTemplate {
  id: string;
  question: FeedbackQuestion;
  level: FeedbackLevel;
  /** The phrase, with `{placeholders}` in the template's language. */
  text: string;
  /** Short topic words in the template's language, for search and filtering. */
  tags: string[];
}

/** A shipped template with the language it is written in, as the bank stores it. */
export type LocalizedBuiltIn = BuiltInTemplate & { lang: TemplateLang };
