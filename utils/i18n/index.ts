import { dateFormat, numberFormat, pluralRules } from './cached-format';
import { type Catalog, en, type MessageKey } from './catalogs/en';
import { nb } from './catalogs/nb';
import { sv } from './catalogs/sv';

export type { Catalog, MessageKey } from './catalogs/en';

/** The interface languages: Swedish, Norwegian bokmål, English. */
export const LOCALES = ['sv', 'nb', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Every catalog by locale; the source of both the panel's and the manifest's text. */
export const CATALOGS: Record<Locale, Catalog> = { sv, nb, en };

/** BCP 47 tags for number and date formatting in each interface language. */
const FORMAT_TAGS: Record<Locale, string> = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };

/**
 * The interface language: the teacher's setting, or else the first browser
 * language we have (Norwegian in any form — no, nb, nn — gets bokmål), or
 * else English.
 */
export function resolveLocale(
  setting: Locale | 'auto',
  browserLanguages: readonly string[],
): Locale {
  if (setting !== 'auto') return setting;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'sv') return 'sv';
    if (base === 'nb' || base === 'no' || base === 'nn') return 'nb';
    if (base === 'en') return 'en';
  }
  return 'en';
}

/** Values put into a message's `{name}` slots. */
export type MessageParams = Record<string, string | number>;

/** A function that turns a key (and values) into text in one language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * Looks up one message. A number put into a slot is written the language's
 * way ("1 234" in Swedish, "1,234" in English), so no caller formats counts by
 * hand; a value that is a name rather than an amount, such as a year, is
 * passed as a string. A slot with no value is left visible as `{name}` so a
 * missing value shows up in review instead of silently vanishing.
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const text = CATALOGS[locale][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => {
    if (!(name in params)) return slot;
    const value = params[name];
    return typeof value === 'number' ? formatCount(value, locale) : String(value);
  });
}

/**
 * Messages that come in two forms, `<base>One` ("{count} item") and
 * `<base>Other` ("{count} items"); the type names the base of every such pair.
 */
export type PluralBase = {
  [Key in MessageKey]: Key extends `${infer Base}One`
    ? `${Base}Other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

/**
 * The form of a counted message the language's plural rules ask for
 * (Intl.PluralRules), with `{count}` filled in: "1 item", "2 items". Never
 * `count === 1`: languages draw the line in different places, and a
 * message's forms are only chosen here.
 */
export function translatePlural(
  locale: Locale,
  base: PluralBase,
  count: number,
  params?: MessageParams,
): string {
  const form = pluralRules(FORMAT_TAGS[locale]).select(count) === 'one' ? 'One' : 'Other';
  return translate(locale, `${base}${form}` as MessageKey, { ...params, count });
}

/** Binds `translate` to one language, for components. */
export function createTranslator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

/** A counted message in the bound language; see translatePlural. */
export type TranslatePlural = (base: PluralBase, count: number, params?: MessageParams) => string;

/** Binds `translatePlural` to one language, for components. */
export function createPluralTranslator(locale: Locale): TranslatePlural {
  return (base, count, params) => translatePlural(locale, base, count, params);
}

/**
 * A count or an amount with the language's grouping and decimal sign
 * ("1 234,5" in Swedish and Norwegian, "1,234.5" in English), up to three
 * decimals; for figures read in running text and tables.
 */
export function formatCount(value: number, locale: Locale): string {
  return numberFormat(`${locale}|count`, FORMAT_TAGS[locale], { maximumFractionDigits: 3 }).format(
    value,
  );
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A byte count as a short, localised size ("1,5 MB", "820 kB"). */
export function formatBytes(bytes: number, locale: Locale): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  // 999.5 and up would round to "1000" of this unit at 0 decimals: show the next unit.
  while (value >= 999.5 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = value < 10 && unit > 0 ? 1 : 0;
  return numberFormat(`${locale}|bytes|${unit}|${digits}`, FORMAT_TAGS[locale], {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: digits,
  }).format(value);
}

/** A ratio (0–1) as a localised percentage; below 1 % with up to two decimals, so small use does not read as 0 %. */
export function formatPercent(ratio: number, locale: Locale): string {
  const digits = ratio > 0 && ratio < 0.01 ? 2 : 0;
  return numberFormat(`${locale}|percent|${digits}`, FORMAT_TAGS[locale], {
    style: 'percent',
    maximumFractionDigits: digits,
  }).format(ratio);
}

/**
 * A figure that is already a percentage (28.6 for 28.6 %) as the language
 * writes one, with at most one decimal: "28,6 %" in Swedish and Norwegian,
 * "28.6%" in English; for the value on a chart's bar and in its table.
 */
export function formatPercentValue(percent: number, locale: Locale): string {
  return numberFormat(`${locale}|percentValue`, FORMAT_TAGS[locale], {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(percent / 100);
}

/**
 * A figure with at most one decimal, in the language's decimal sign and
 * without thousands separators ("12,5" in Swedish), so a chart's table and a
 * spreadsheet opened in that language read it as a number.
 */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(`${locale}|number`, FORMAT_TAGS[locale], {
    maximumFractionDigits: 1,
    useGrouping: false,
  }).format(value);
}

/** A moment as a short localised date and time ("23 nov. 2026 14:05"), for when something happened. */
export function formatDateTime(timestamp: number, locale: Locale): string {
  return dateFormat(`${locale}|dateTime`, FORMAT_TAGS[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(timestamp);
}

/** A time of day as the interface language writes it ("14:05"), for when a note was taken. */
export function formatTime(at: number, locale: Locale): string {
  return dateFormat(`${locale}|time`, FORMAT_TAGS[locale], { timeStyle: 'short' }).format(at);
}

/**
 * A stretch of time under an hour as minutes and seconds ("7:05"), the
 * language's digits with two for the seconds; for a running timer.
 */
export function formatMinutesSeconds(ms: number, locale: Locale): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const minutes = numberFormat(`${locale}|minutes`, FORMAT_TAGS[locale], {
    useGrouping: false,
  }).format(Math.floor(seconds / 60));
  const rest = numberFormat(`${locale}|seconds`, FORMAT_TAGS[locale], {
    minimumIntegerDigits: 2,
  }).format(seconds % 60);
  return `${minutes}:${rest}`;
}

/** A day as the interface language writes it ("23 nov. 2026"), for dates shown in sentences. */
export function formatDate(at: number, locale: Locale): string {
  return dateFormat(`${locale}|date`, FORMAT_TAGS[locale], { dateStyle: 'medium' }).format(at);
}

/**
 * A day in short ("11 Dec", "11 dec.", "11. des."), with the year only when
 * it is not the year of `now`; for dates on an item, where space is short.
 */
export function formatDay(at: number, locale: Locale, now: number = Date.now()): string {
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return dateFormat(`${locale}|day|${sameYear}`, FORMAT_TAGS[locale], {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(at);
}

/** A month and its year as the interface language writes it ("December 2026", "december 2026"). */
export function formatMonth(at: number, locale: Locale): string {
  return dateFormat(`${locale}|month`, FORMAT_TAGS[locale], {
    month: 'long',
    year: 'numeric',
  }).format(at);
}
