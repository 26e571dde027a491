import type { TemplateLang } from '../model/templates';
import { fitValue } from './placeholder-fit';
import { type KnownPlaceholder, PLACEHOLDER_NAMES } from './placeholders-names';

/**
 * Placeholders in phrase templates: `{…}` with 1–40 characters inside and no
 * brace or line break among them. Pure string logic for the composer: find
 * them, walk them with Tab / Shift+Tab, fill the ones the product knows, and
 * put a template into a text at the caret.
 */

/** A placeholder found in a text: `start`..`end` covers the braces too. */
export interface PlaceholderMatch {
  start: number;
  end: number;
  /** What is written inside the braces, as written. */
  name: string;
}

/** A range in a text, as `selectionStart`/`selectionEnd` (end exclusive). */
export interface TextRange {
  start: number;
  end: number;
}

/** 1–40 characters that are neither a brace nor a line break, between braces. */
const PLACEHOLDER = /\{([^{}\r\n]{1,40})\}/g;

/** Every placeholder in the text, in reading order. */
export function findPlaceholders(text: string): PlaceholderMatch[] {
  const found: PlaceholderMatch[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const start = match.index;
    found.push({ start, end: start + match[0].length, name: match[1] ?? '' });
  }
  return found;
}

/**
 * The placeholder Tab (`forward`) or Shift+Tab (`backward`) should select.
 *
 * - `forward`: the first placeholder that starts at or after the caret. When
 *   the selection (`caret`..`selectionEnd`) is exactly a placeholder — the
 *   teacher has just been taken to it — the next one after it.
 * - `backward`: the last placeholder that ends at or before the selection's
 *   start.
 *
 * Returns null when there is none in that direction: the UI then lets Tab
 * move focus as usual, so a keyboard user is never trapped in the field.
 */
export function nextPlaceholder(
  text: string,
  caret: number,
  direction: 'forward' | 'backward',
  selectionEnd: number = caret,
): TextRange | null {
  const start = Math.min(caret, selectionEnd);
  const end = Math.max(caret, selectionEnd);
  const all = findPlaceholders(text);
  if (direction === 'forward') {
    const current = all.find((p) => p.start === start && p.end === end);
    const from = current ? current.end : start;
    const next = all.find((p) => p.start >= from);
    return next ? { start: next.start, end: next.end } : null;
  }
  let previous: PlaceholderMatch | undefined;
  for (const p of all) {
    if (p.end <= start) previous = p;
  }
  return previous ? { start: previous.start, end: previous.end } : null;
}

/** Case and surrounding/repeated spaces do not matter when a name is compared. */
function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The known placeholders' values by their normalised name in `lang`. */
function valuesByName(
  lang: TemplateLang,
  values: Partial<Record<KnownPlaceholder, string>>,
): Map<string, { key: KnownPlaceholder; value: string }> {
  const byName = new Map<string, { key: KnownPlaceholder; value: string }>();
  for (const [key, name] of Object.entries(PLACEHOLDER_NAMES[lang]) as [
    KnownPlaceholder,
    string,
  ][]) {
    const value = values[key];
    if (typeof value === 'string' && value.trim() !== '') {
      byName.set(normaliseName(name), { key, value });
    }
  }
  return byName;
}

/**
 * Fills the placeholders the product knows (criterion, student, strength,
 * next step) as they are written in the template's language — `{elev}` in a
 * Swedish template, `{student}` in an English one; case does not matter.
 * A placeholder is filled only when its value is a non-blank string; every
 * other placeholder is left for the teacher to fill. Each value is fitted to
 * where it lands (`fitValue`: case, punctuation, an "I can" criterion after
 * "you can"), so the filled sentence reads as if it had been written whole.
 * Every path that fills a template goes through here.
 */
export function fillKnownPlaceholders(
  text: string,
  lang: TemplateLang,
  values: Partial<Record<KnownPlaceholder, string>>,
): string {
  const byName = valuesByName(lang, values);
  if (byName.size === 0) return text;
  let out = '';
  let rest = text;
  for (let found = findPlaceholders(rest)[0]; found; found = findPlaceholders(rest)[0]) {
    out += rest.slice(0, found.start);
    const known = byName.get(normaliseName(found.name));
    if (!known) {
      out += rest.slice(found.start, found.end);
      rest = rest.slice(found.end);
      continue;
    }
    const fitted = fitValue(known.value, {
      before: out,
      after: rest.slice(found.end),
      lang,
      key: known.key,
    });
    out += fitted.value;
    rest = fitted.after;
  }
  return out + rest;
}

/**
 * Puts `insertion` in place of the selection. A single space is added before
 * it when the character before is not white space (and not the start of the
 * text), and after it when the character after is a letter or digit, so a
 * phrase never runs into the surrounding words. `inserted` is where the
 * inserted text itself (without the added spaces) now is, so the UI can
 * select its first placeholder; `caret` is at its end.
 */
export function insertText(
  text: string,
  selection: TextRange,
  insertion: string,
): { text: string; caret: number; inserted: TextRange } {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const from = clamp(Math.min(selection.start, selection.end));
  const to = clamp(Math.max(selection.start, selection.end));
  const before = text.slice(0, from);
  const after = text.slice(to);
  if (insertion === '') {
    return { text: before + after, caret: from, inserted: { start: from, end: from } };
  }
  const spaceBefore = before !== '' && !/\s$/u.test(before) && !/^\s/u.test(insertion);
  const spaceAfter = /^[\p{L}\p{N}]/u.test(after) && !/\s$/u.test(insertion);
  const start = from + (spaceBefore ? 1 : 0);
  const end = start + insertion.length;
  return {
    text: `${before}${spaceBefore ? ' ' : ''}${insertion}${spaceAfter ? ' ' : ''}${after}`,
    caret: end,
    inserted: { start, end },
  };
}
