import { dateFormat, numberFormat } from './cached-format';
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
 * Looks up one message. A slot with no value is left visible as `{name}` so a
 * missing value shows up in review instead of silently vanishing.
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const text = CATALOGS[locale][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in params ? String(params[name]) : slot,
  );
}

/** Binds `translate` to one language, for components. */
export function createTranslator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
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
  return new Intl.NumberFormat(FORMAT_TAGS[locale], {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
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
