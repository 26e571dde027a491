import { describe, expect, it } from 'vitest';
import {
  createTranslator,
  formatBytes,
  formatPercent,
  type Locale,
  resolveLocale,
  translate,
} from '../../../utils/i18n/index';

/** Intl puts (narrow) no-break spaces between number and unit; compare with plain spaces. */
function plain(text: string): string {
  return text.replace(/\s/g, ' ');
}

describe('resolveLocale (which language the interface speaks)', () => {
  it.each<[string, readonly string[], Locale]>([
    ['Swedish (Sweden)', ['sv-SE'], 'sv'],
    ['Swedish (Finland)', ['sv-FI', 'fi'], 'sv'],
    ['Norwegian bokmål', ['nb-NO'], 'nb'],
    ['Norwegian without a written standard', ['no'], 'nb'],
    ['Norwegian nynorsk', ['nn'], 'nb'],
    ['Norwegian nynorsk with region', ['nn-NO', 'en'], 'nb'],
    ['US English', ['en-US'], 'en'],
    ['a language we do not have', ['de'], 'en'],
    ['a language we do not have, then Swedish', ['de-DE', 'sv'], 'sv'],
    ['English before Swedish', ['en-GB', 'sv-SE'], 'en'],
    ['an upper-case tag with an underscore', ['SV_se'], 'sv'],
    ['no browser languages at all', [], 'en'],
  ])('follows the browser for %s', (_what, languages, expected) => {
    expect(resolveLocale('auto', languages)).toBe(expected);
  });

  it.each<[Locale, readonly string[]]>([
    ['nb', ['sv-SE']],
    ['en', ['nb-NO']],
    ['sv', ['de']],
  ])('uses the teacher’s own choice (%s) over the browser language', (setting, languages) => {
    expect(resolveLocale(setting, languages)).toBe(setting);
  });
});

describe('translate', () => {
  it('fills every slot with its value', () => {
    expect(
      translate('en', 'storageUsage', { used: '1 MB', available: '10 GB', percent: '0.01%' }),
    ).toBe('1 MB of 10 GB used (0.01%)');
  });

  it('fills slots with numbers', () => {
    expect(translate('sv', 'listHeading', { count: 3 })).toContain('(3)');
  });

  it('speaks the language asked for', () => {
    expect(translate('sv', 'composerSave')).not.toBe(translate('en', 'composerSave'));
    expect(translate('nb', 'composerSave')).not.toBe(translate('sv', 'composerSave'));
  });

  it('leaves a slot with no value visible, so a missing value is noticed', () => {
    const text = translate('en', 'storageUsage', { used: '1 MB' });
    expect(text).toContain('1 MB');
    expect(text).toContain('{available}');
    expect(text).toContain('{percent}');
  });

  it('leaves the text untouched when no values are given', () => {
    expect(translate('en', 'listHeading')).toContain('{count}');
  });

  it('inserts a student’s quote literally, even with $ signs or braces in it', () => {
    const quote = 'costs $& and $1 {count}';
    expect(translate('en', 'listShowInDocument', { quote })).toBe(`Show in the document: ${quote}`);
  });

  it('createTranslator binds one language', () => {
    const t = createTranslator('nb');
    expect(t('listHeading', { count: 2 })).toBe(translate('nb', 'listHeading', { count: 2 }));
  });
});

describe('formatBytes (the storage tracker’s sizes)', () => {
  it('writes Swedish and Norwegian sizes with a decimal comma', () => {
    expect(plain(formatBytes(1_500_000, 'sv'))).toBe('1,5 MB');
    expect(plain(formatBytes(1_500_000, 'nb'))).toBe('1,5 MB');
  });

  it('writes English sizes with a decimal point', () => {
    expect(plain(formatBytes(1_500_000, 'en'))).toBe('1.5 MB');
  });

  it('drops the decimal once the number has two digits', () => {
    expect(plain(formatBytes(820_000, 'sv'))).toBe('820 kB');
    expect(plain(formatBytes(12_340_000_000, 'en'))).toBe('12 GB');
  });

  it('keeps small counts in bytes without decimals', () => {
    expect(plain(formatBytes(999, 'sv'))).toMatch(/^999 (B|byte)$/);
    expect(plain(formatBytes(0, 'en'))).toMatch(/^0 (B|byte)s?$/);
  });

  it('moves to the next unit when rounding would show 1000 of the smaller one', () => {
    expect(plain(formatBytes(999_600, 'sv'))).toBe('1 MB');
    expect(plain(formatBytes(999_960_000, 'en'))).toBe('1 GB');
    expect(plain(formatBytes(999_400, 'en'))).toBe('999 kB');
  });

  it('shows a negative count (a browser quirk) as nothing used', () => {
    expect(formatBytes(-20, 'sv')).toBe(formatBytes(0, 'sv'));
  });

  it('stops at terabytes for very large quotas', () => {
    expect(plain(formatBytes(2_500_000_000_000_000, 'en'))).toBe('2,500 TB');
  });
});

describe('formatPercent (how full the storage is)', () => {
  it('writes Swedish percentages the Swedish way', () => {
    expect(plain(formatPercent(0.42, 'sv'))).toBe('42 %');
  });

  it('writes English percentages without a space', () => {
    expect(plain(formatPercent(0.42, 'en'))).toBe('42%');
  });

  it('rounds to whole percent from 1 % upwards', () => {
    expect(plain(formatPercent(0.123, 'en'))).toBe('12%');
  });

  it('does not show a small but real usage as 0 %', () => {
    // 3 MB of a 10 GB quota: what a teacher with some weeks of feedback sees.
    expect(plain(formatPercent(3_000_000 / 10_000_000_000, 'sv'))).toBe('0,03 %');
  });

  it('shows nothing used as 0 %', () => {
    expect(plain(formatPercent(0, 'en'))).toBe('0%');
  });
});
