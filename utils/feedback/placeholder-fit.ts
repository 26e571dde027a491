import type { TemplateLang } from '../model/templates';
import { abbreviationsOf } from './abbreviations';
import { continueYouCan, endsWithYouCan } from './criterion-voice';
import type { KnownPlaceholder } from './placeholders-names';

/**
 * A value the composer puts in place of a placeholder (a success criterion,
 * a strength, a next step, a student's name) is written on its own, often as
 * a whole sentence: "Texten förklarar minst tre ord." Dropped verbatim into a
 * template it reads "…mot Texten förklarar minst tre ord.." — a capital in
 * the middle of a sentence and two full stops. These functions fit the value
 * to the spot where it lands.
 *
 * Case: the first letter is upper-cased at the start of a sentence and
 * lower-cased elsewhere, unless the first word looks like a name or an
 * acronym (`keepsCapital`). A student's name keeps its case everywhere.
 */

/** Quotes and brackets that open a quotation or aside just before a value. */
const OPENERS = /(^|\s)[«“"”‘'([]+$/u;
/** Quotes and brackets that close one just after it. */
const CLOSERS = /^["'”’»)\]]*/u;
/** A list marker alone on its line: "- ", "• ". */
const BULLET_ONLY = /^[ \t]*[-*•–—]?[ \t]*$/u;
/** Punctuation that ends a value and has no place in the middle of a sentence. */
const TRAILING_STOPS = /[\s.;:,…]+$/u;

/**
 * Whether a value after `before` starts a sentence: at the start of the text
 * or of a line (after a list marker too), or after . ! ? … — but not after
 * an abbreviation such as "t.ex." or "e.g.". An opening quote or bracket
 * between them does not change the answer.
 */
export function startsSentence(before: string, lang: TemplateLang): boolean {
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const head = line.trimEnd().replace(OPENERS, '$1').trimEnd();
  if (BULLET_ONLY.test(head)) return true;
  if (!/[.!?…]["'”’»)\]]*$/u.test(head)) return false;
  const lastWord = head.slice(head.search(/\S+$/u)).toLowerCase();
  return !abbreviationsOf(lang).abbreviations.has(lastWord);
}

/** The first word of a text: letters, digits, apostrophes and hyphens. */
function firstWord(text: string): string {
  return /\p{L}[\p{L}\p{N}'’-]*/u.exec(text)?.[0] ?? '';
}

/** Whether `word` is written with its capital again later in `text`, not at a sentence start. */
function capitalisedLater(word: string, text: string, from: number): boolean {
  for (const match of text.slice(from).matchAll(/\p{L}[\p{L}\p{N}'’-]*/gu)) {
    if (match[0] !== word) continue;
    const before = text.slice(0, from + match.index).trimEnd();
    if (before !== '' && !/[.!?…:]$/u.test(before)) return true;
  }
  return false;
}

/**
 * Whether the value's first word must keep its capital letter mid-sentence.
 * A heuristic, since there is no dictionary of names: the word is an acronym
 * (its first two letters are capitals: "PEEL", "NO-ämnet"), has a capital
 * inside it ("iPad", "McCarthy"), is the English "I", or is written with its
 * capital again in the middle of the value itself ("Strindberg … av
 * Strindberg"), which shows the writer capitalises it as a name.
 */
export function keepsCapital(value: string, lang: TemplateLang): boolean {
  const word = firstWord(value);
  if (!/^\p{Lu}/u.test(word)) return true;
  if (/^\p{Lu}{2}/u.test(word) || /\p{Ll}\p{Lu}/u.test(word)) return true;
  if (lang === 'en' && word === 'I') return true;
  return capitalisedLater(word, value, value.indexOf(word) + word.length);
}

/** The value with its first letter upper-cased (`upper`) or lower-cased. */
function setFirstLetter(value: string, upper: boolean): string {
  const at = value.search(/\p{L}/u);
  if (at === -1) return value;
  const letter = value.charAt(at);
  const cased = upper ? letter.toUpperCase() : letter.toLowerCase();
  return value.slice(0, at) + cased + value.slice(at + 1);
}

/**
 * The value's case where it lands: a capital at a sentence start; a small
 * letter mid-sentence unless `keepsCapital` says it is a name, or the value
 * is a name anyway (`isName`).
 */
export function fitCase(
  value: string,
  atStart: boolean,
  lang: TemplateLang,
  isName: boolean,
): string {
  if (atStart) return setFirstLetter(value, true);
  if (isName || keepsCapital(value, lang)) return value;
  return setFirstLetter(value, false);
}

/**
 * Joins the value's own closing punctuation with the template's. A value
 * ending in . ; : , or … loses it, unless the value closes its line (then a
 * full stop is all the sentence has). A value ending in ? or ! keeps it, and
 * the template's . ; ? ! … right after it (after any closing quote) goes
 * instead, so there is never ".." or "?.". Returns the value and the rest
 * of the template.
 */
export function mergePunctuation(value: string, after: string): { value: string; after: string } {
  const atLineEnd = /^[ \t]*(\r?\n|$)/u.test(after);
  if (/[?!]$/u.test(value)) {
    const closers = CLOSERS.exec(after)?.[0].length ?? 0;
    const doubled = /^[ \t]*[.;?!…]/u.exec(after.slice(closers));
    if (!doubled) return { value, after };
    return { value, after: after.slice(0, closers) + after.slice(closers + doubled[0].length) };
  }
  return { value: atLineEnd ? value : value.replace(TRAILING_STOPS, ''), after };
}

/** Where a value lands: the filled text before it and the template after it. */
export interface Landing {
  before: string;
  after: string;
  lang: TemplateLang;
  key: KnownPlaceholder;
}

/**
 * A value fitted to where it lands (see the module comment): white space
 * tidied, a criterion after "you can" / "du kan" without its own "I can",
 * punctuation merged and case set. Returns the value and the rest of the
 * template, which may have lost a doubled punctuation mark.
 */
export function fitValue(value: string, landing: Landing): { value: string; after: string } {
  const { before, lang, key } = landing;
  let text = value.replace(/\s+/gu, ' ').trim();
  if (key === 'criterion' && endsWithYouCan(before, lang)) text = continueYouCan(text, lang);
  const merged = mergePunctuation(text, landing.after);
  const cased = fitCase(merged.value, startsSentence(before, lang), lang, key === 'student');
  return { value: cased, after: merged.after };
}
