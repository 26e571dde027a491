import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../utils/i18n/catalogs/en';
import { readSource, sourceFiles } from './source-files';

/** Where the formatters live: the one place allowed to call Intl and pick the language's tag. */
const I18N = join('utils', 'i18n');

/** Intl used outside utils/i18n for something never shown, with why. */
const INTL_ELSEWHERE: Record<string, string> = {
  [join('components', 'students', 'teacher-time-zone.ts')]: 'reads the time zone, formats nothing',
  [join('utils', 'feedback', 'uptake-by-month.ts')]: 'month keys in fixed digits, never shown',
};

/**
 * Ways of writing a number or date that ignore the teacher's language: the
 * browser's default locale (`toLocale…String`, a bare `Intl` formatter),
 * a fixed decimal point (`toFixed`), or a clock built from digits in a
 * component. Everything shown goes through utils/i18n's formatters.
 */
function formattingOutsideIntl(path: string, code: string): string[] {
  if (path.startsWith(I18N)) return [];
  const found: string[] = [];
  const rules: [RegExp, string][] = [
    [/\.toLocale(Date|Time)?String\(/g, 'toLocale…String'],
    [/\.toFixed\(/g, 'toFixed'],
    [/\bcount\s*===\s*1\s*\?|===\s*1\s*\?\s*t\(/g, 'a plural chosen by === 1'],
  ];
  if (!(path in INTL_ELSEWHERE)) rules.push([/\bIntl\.\w+/g, 'Intl outside utils/i18n']);
  if (path.startsWith('components')) rules.push([/\.padStart\(/g, 'digits padded by hand']);
  for (const [pattern, name] of rules) {
    for (const match of code.matchAll(pattern)) {
      const line = code.slice(0, match.index).split('\n').length;
      found.push(`${path}:${line}: ${name}`);
    }
  }
  return found;
}

const PLURAL_KEY = /^(\w+?)(One|Other)$/;
const pluralKeys = Object.keys(en).filter((key) => PLURAL_KEY.test(key));

/**
 * English messages with a number put right before a plural noun that are
 * not plural pairs, and why one form is right for every value they get.
 */
const ONE_FORM_ENOUGH: Record<string, string> = {
  importTooMany: 'always more than the maximum',
  bankTextTooLong: 'a fixed maximum',
  bankTagsInvalid: 'fixed maxima',
  backupTooManyRecords: 'a fixed maximum',
  backupExporting: '"of {total} records": progress over a whole database',
  backupReadingProgress: '"of {total} records": progress over a whole file',
  backupRestoringProgress: '"of {total} records": progress over a whole file',
  mirrorReviewNote: '"of {items}": a year of items',
  uptakeStudent: '"of {total} feed-forwards": the kind, after "of"',
  uptakeClass: '"of {total} feed-forwards": the kind, after "of"',
  visitReminderBody: '{colleague} is a name',
  staircaseLearnerPlace: '{student} is a name',
  nextSwapLabel: '{coach} is a name',
  visitNextNumber: '{number} is an ordinal',
  nextCreated: '{number} is an ordinal',
  balanceSuggestMissing: '{kind} is a name',
};

describe('numbers, dates and plurals in the chosen language', () => {
  const files = sourceFiles();

  it('are never formatted outside utils/i18n by the browser default or by hand', () => {
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((path) => formattingOutsideIntl(path, readSource(path)));
    expect(found).toEqual([]);
  });

  it('would notice a number or date formatted without the chosen locale (the check itself works)', () => {
    const probe = [
      'const a = total.toLocaleString();',
      'const b = at.toLocaleDateString();',
      'const c = share.toFixed(1);',
      "const d = new Intl.NumberFormat('en').format(n);",
      "const e = count === 1 ? t('oneItem') : t('items', { count });",
      "const f = String(s).padStart(2, '0');",
    ].join('\n');
    expect(formattingOutsideIntl(join('components', 'probe.tsx'), probe)).toEqual([
      'components/probe.tsx:1: toLocale…String',
      'components/probe.tsx:2: toLocale…String',
      'components/probe.tsx:3: toFixed',
      'components/probe.tsx:5: a plural chosen by === 1',
      'components/probe.tsx:4: Intl outside utils/i18n',
      'components/probe.tsx:6: digits padded by hand',
    ]);
  });

  it('come in One/Other pairs whose Other form names the count', () => {
    expect(pluralKeys.length).toBeGreaterThan(10);
    for (const key of pluralKeys) {
      const [, base, form] = PLURAL_KEY.exec(key) ?? [];
      const partner = `${base}${form === 'One' ? 'Other' : 'One'}`;
      expect(partner in en, `${key} has no ${partner}`).toBe(true);
      if (form === 'Other') expect(en[key as keyof typeof en]).toContain('{count}');
    }
  });

  it('are chosen only through Intl.PluralRules: no code names one form of a pair', () => {
    const code = files
      .filter((path) => !path.startsWith(join(I18N, 'catalogs')))
      .map(readSource)
      .join('\n');
    expect(pluralKeys.filter((key) => new RegExp(`\\b${key}\\b`).test(code))).toEqual([]);
  });

  it('leave no count before a plural noun in a message that has one form only', () => {
    const counted = /\{\w+\}\s+(\p{L}+[-\s])?\p{L}+s\b|\(s\)/u;
    const single = Object.entries(en)
      .filter(([key, text]) => !PLURAL_KEY.test(key) && counted.test(text))
      .map(([key]) => key)
      .filter((key) => !(key in ONE_FORM_ENOUGH));
    expect(single).toEqual([]);
  });
});
