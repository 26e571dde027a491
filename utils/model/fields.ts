import * as v from 'valibot';

/**
 * The kinds of field stored records are made of, with the limits a real
 * teacher's data stays far inside. They are what a backup file may hold:
 * generous enough that no teacher's own backup is ever refused, tight
 * enough that a damaged or forged file cannot smuggle in megabytes in one
 * field or values the interface never writes.
 */

/** Longest name, title, tag or short label (one line in a list). */
export const MAX_SHORT_TEXT = 1_000;
/** Longest URL or document key. */
const MAX_URL_LENGTH = 8_192;
/** Longest free text (a feedback part, a learning goal, visit notes, a quoted passage). */
export const MAX_LONG_TEXT = 100_000;
/** Most items in a record's own lists (parts, criteria, tags, checklist entries). */
export const MAX_LIST_ITEMS = 1_000;
/** Latest time a JavaScript Date can hold, in milliseconds since the epoch. */
const MAX_TIMESTAMP = 8_640_000_000_000_000;

/** A record id: our UUIDs and the built-in templates' readable ids, nothing with spaces or controls. */
export const IdSchema = v.pipe(v.string(), v.regex(/^[^\s\p{Cc}]{1,200}$/u));

/** Milliseconds since the epoch; stored as numbers so they index and sort. */
export const TimestampSchema = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(0),
  v.maxValue(MAX_TIMESTAMP),
);
export type Timestamp = v.InferOutput<typeof TimestampSchema>;

/** A count or offset: a whole number JavaScript can still add to exactly. */
export const CountSchema = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(0),
  v.maxValue(Number.MAX_SAFE_INTEGER),
);

/** A name, title, tag or label. */
export const ShortTextSchema = v.pipe(v.string(), v.maxLength(MAX_SHORT_TEXT));
/** Free text the teacher wrote. */
export const LongTextSchema = v.pipe(v.string(), v.maxLength(MAX_LONG_TEXT));
/** An address or a document key. */
export const UrlTextSchema = v.pipe(v.string(), v.maxLength(MAX_URL_LENGTH));
/** A golden rule's key, or a question key of a visit's follow-up. */
export const RuleKeySchema = v.pipe(v.string(), v.maxLength(200));

/** At most `max` items, each passing `item`. */
export function listOf<TItem extends v.GenericSchema>(item: TItem, max = MAX_LIST_ITEMS) {
  return v.pipe(v.array(item), v.maxLength(max));
}
