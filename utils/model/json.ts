import * as v from 'valibot';

/**
 * Building blocks for schemas over parsed JSON (files a teacher picks,
 * values read back from the database), and the one way a refusal names
 * where a value went wrong.
 */

/**
 * A plain JSON object: not an array, not null, not a class instance.
 * valibot's object and record schemas accept arrays as objects, so a
 * dictionary must say this itself, or `[]` would pass as `{}`.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** A plain object with free keys, for maps the teacher's data keys by name. */
const PlainObjectSchema = v.custom<Record<string, unknown>>(isPlainObject);

/**
 * A map from free keys to values, with at most `max` keys, so a file
 * cannot make one record hold an unbounded map.
 */
export function dictionary<
  TKey extends v.GenericSchema<string, string>,
  TValue extends v.GenericSchema,
>(key: TKey, value: TValue, max: number) {
  return v.pipe(
    PlainObjectSchema,
    v.record(key, value),
    v.check((map) => Object.keys(map).length <= max),
  );
}

/** Longest path named in a message: enough to find the field, short enough to read. */
const MAX_PATH_LENGTH = 100;

/**
 * Where the first issue is, as a teacher (or whoever reads the file) would
 * look for it: `parts[2].level`, `anchor.quote.exact`; empty for the value
 * itself. `from` skips keys the caller names in its own words (a table and
 * a record number). Keys come from the file, so the path is cut to a
 * readable length.
 */
export function issuePath(issues: readonly v.BaseIssue<unknown>[], from = 0): string {
  const path = issueKeys(issues)
    .slice(from)
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
  return path.slice(0, MAX_PATH_LENGTH);
}

/** The keys leading to the first issue (array indexes as numbers), for callers that number entries. */
export function issueKeys(issues: readonly v.BaseIssue<unknown>[]): unknown[] {
  return (issues[0]?.path ?? []).map((item) => item.key);
}

/** Why a versioned file of ours was refused before its own content was read. */
export type FileHeadRefusal =
  | { reason: 'tooLarge'; params: { size: number; max: number } }
  | { reason: 'notJson' | 'notOurs' }
  | { reason: 'newer'; params: { version: number } };

/**
 * The checks every versioned JSON file of ours (shared templates, a visit's
 * hand-over) starts with, in this order, so each file type refuses alike:
 * its size before parsing (the text's own length too, in case the browser
 * reports a wrong size), whether it is JSON, whether its header says it is
 * ours, and whether its version is one this build reads. What the file
 * holds beyond the header is the caller's to check.
 */
export function readFileHead<THeader extends { version: number }>(
  raw: string,
  byteLength: number,
  spec: { maxBytes: number; newestVersion: number; header: v.GenericSchema<unknown, THeader> },
): { ok: true; data: unknown; header: THeader } | { ok: false; refusal: FileHeadRefusal } {
  const size = Math.max(byteLength, raw.length);
  if (size > spec.maxBytes) {
    return { ok: false, refusal: { reason: 'tooLarge', params: { size, max: spec.maxBytes } } };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, refusal: { reason: 'notJson' } };
  }
  const header = v.safeParse(spec.header, data);
  if (!header.success) return { ok: false, refusal: { reason: 'notOurs' } };
  const { version } = header.output;
  if (version > spec.newestVersion) {
    return { ok: false, refusal: { reason: 'newer', params: { version } } };
  }
  return { ok: true, data, header: header.output };
}
