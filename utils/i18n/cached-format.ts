/**
 * Intl formatters kept once made, by a key naming the language and the
 * options. Building an Intl.DateTimeFormat or NumberFormat costs far more
 * than using one (a fraction of a millisecond each), and a view that dates
 * hundreds of entries in one render — the student view's items, criteria
 * timeline and months — built one per entry, which held the main thread
 * for over 50 ms at a school's scale.
 */
const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();
const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();
const PLURAL_RULES = new Map<string, Intl.PluralRules>();

/** The date formatter for `tag` and `options`, made on first use; `key` must name both. */
export function dateFormat(
  key: string,
  tag: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let format = DATE_FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, options);
    DATE_FORMATS.set(key, format);
  }
  return format;
}

/** The number formatter for `tag` and `options`, made on first use; `key` must name both. */
export function numberFormat(
  key: string,
  tag: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  let format = NUMBER_FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tag, options);
    NUMBER_FORMATS.set(key, format);
  }
  return format;
}

/** The cardinal plural rules of `tag` (which form "1 item" or "5 items" takes), made on first use. */
export function pluralRules(tag: string): Intl.PluralRules {
  let rules = PLURAL_RULES.get(tag);
  if (!rules) {
    rules = new Intl.PluralRules(tag);
    PLURAL_RULES.set(tag, rules);
  }
  return rules;
}
