/**
 * Small strict validators for data read from a file. A check answers `null`
 * when the value is acceptable and otherwise the path of the first field
 * that is not (`''` for the value itself, `.parts[2].level` inside it), so
 * a refused backup can name what is wrong. Checks never throw and never
 * change the value.
 */
export type Check = (value: unknown) => string | null;

/** Marks a field that may be absent; a present field must still pass `check`. */
export interface OptionalField {
  optional: Check;
}

/** Keys of `T` that are declared optional (`key?:`). */
type OptionalKeys<T> = {
  [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? K : never;
}[keyof T];

/**
 * A check for every field of a record type, optional fields marked as such.
 * Typed against the record so a field added to the type without a check (or
 * with the wrong optionality) is a compile error, not a silent hole.
 */
export type Shape<T> = {
  [K in keyof T]-?: K extends OptionalKeys<T> ? OptionalField : Check;
};

/** Wraps a check for an optional field. */
export function optional(check: Check): OptionalField {
  return { optional: check };
}

/** Strings up to `max` UTF-16 code units (what a text field's `maxlength` counts). */
export function text(max: number): Check {
  return (value) => (typeof value === 'string' && value.length <= max ? null : '');
}

/** A string matching `pattern` (anchored by the caller). */
export function matching(pattern: RegExp): Check {
  return (value) => (typeof value === 'string' && pattern.test(value) ? null : '');
}

/** Whole numbers in a range; NaN, fractions and infinities are refused. */
export function integer(min: number, max: number): Check {
  return (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? null
      : '';
}

/** Exactly `true` or `false`. */
export const bool: Check = (value) => (typeof value === 'boolean' ? null : '');

/** One value of a fixed list (keys, enum-like strings, literal markers). */
export function oneOf(list: readonly unknown[]): Check {
  return (value) => (list.includes(value) ? null : '');
}

/** `null`, or a value that passes `check`. */
export function nullable(check: Check): Check {
  return (value) => (value === null ? null : check(value));
}

/** A path segment after a field or index path. */
function under(prefix: string, inner: string): string {
  return `${prefix}${inner}`;
}

/** An array of at most `max` items, each passing `item`. */
export function arrayOf(item: Check, max: number): Check {
  return (value) => {
    if (!Array.isArray(value) || value.length > max) return '';
    for (let index = 0; index < value.length; index++) {
      const bad = item(value[index]);
      if (bad !== null) return under(`[${index}]`, bad);
    }
    return null;
  };
}

/** A plain JSON object: not an array, not null, not a class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** A map from free keys (checked by `key`) to values passing `entry`, at most `max` keys. */
export function dictOf(key: Check, entry: Check, max: number): Check {
  return (value) => {
    if (!isPlainObject(value)) return '';
    const keys = Object.keys(value);
    if (keys.length > max) return '';
    for (const name of keys) {
      if (key(name) !== null) return `.${name}`;
      const bad = entry(value[name]);
      if (bad !== null) return under(`.${name}`, bad);
    }
    return null;
  };
}

/**
 * An object with exactly the fields of `shape`: every required field
 * present, no field the shape does not know (so a typo, a field from a
 * newer version or smuggled data is refused rather than stored).
 */
export function object<T>(shape: Shape<T>): Check {
  const fields = Object.entries(shape) as [string, Check | OptionalField][];
  const known = new Set(fields.map(([name]) => name));
  return (value) => {
    if (!isPlainObject(value)) return '';
    for (const name of Object.keys(value)) if (!known.has(name)) return `.${name}`;
    for (const [name, field] of fields) {
      const isOptional = typeof field !== 'function';
      if (!(name in value)) {
        if (isOptional) continue;
        return `.${name}`;
      }
      const bad = (isOptional ? field.optional : field)(value[name]);
      if (bad !== null) return under(`.${name}`, bad);
    }
    return null;
  };
}
