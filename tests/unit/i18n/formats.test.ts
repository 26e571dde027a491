import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatMinutesSeconds,
  formatPercentValue,
  formatTime,
  translate,
  translatePlural,
} from '../../../utils/i18n/index';

/** Intl separates groups with a no-break space (U+00A0 or U+202F); a reader sees a space. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('numbers in the chosen language', () => {
  it('groups thousands and writes decimals the language’s way', () => {
    expect(spaced(formatCount(1234.5, 'sv'))).toBe('1 234,5');
    expect(spaced(formatCount(1234.5, 'nb'))).toBe('1 234,5');
    expect(formatCount(1234.5, 'en')).toBe('1,234.5');
  });

  it('are written that way wherever a message names a count', () => {
    expect(spaced(translate('sv', 'backupRestoringProgress', { done: 40000, total: 200000 }))).toBe(
      'Återställer… 40 000 av 200 000 poster',
    );
    expect(translate('en', 'backupRestoringProgress', { done: 40000, total: 200000 })).toBe(
      'Restoring… 40,000 of 200,000 records',
    );
  });
});

describe('plurals through Intl.PluralRules', () => {
  it('picks the Norwegian form for one and for many', () => {
    expect(translatePlural('nb', 'statusItems', 1)).toBe('1 tilbakemelding');
    expect(translatePlural('nb', 'statusItems', 2)).toBe('2 tilbakemeldinger');
    expect(translatePlural('nb', 'statusItems', 0)).toBe('0 tilbakemeldinger');
    expect(spaced(translatePlural('nb', 'backupRecordsCount', 1500))).toBe('1 500 poster');
  });

  it('picks the Swedish and English forms, with other values alongside', () => {
    expect(translatePlural('sv', 'bankNewTemplatesCount', 1)).toBe('1 ny mall');
    expect(translatePlural('sv', 'bankNewTemplatesCount', 3)).toBe('3 nya mallar');
    expect(translatePlural('en', 'backupCsvExported', 1, { file: 'log.csv' })).toBe(
      'Saved log.csv with 1 feedback item.',
    );
    expect(translatePlural('en', 'uptakeMedian', 2.5)).toBe('median 2.5 days');
    expect(translatePlural('sv', 'uptakeMedian', 2.5)).toBe('median 2,5 dagar');
  });
});

describe('times in the chosen language', () => {
  it('writes a time of day and a running timer with the language’s digits', () => {
    const at = new Date(2026, 11, 4, 14, 5).getTime();
    expect(formatTime(at, 'sv')).toBe('14:05');
    expect(formatTime(at, 'en')).toBe('14:05');
    expect(formatMinutesSeconds(7 * 60_000 + 5_000, 'nb')).toBe('7:05');
    expect(formatMinutesSeconds(65 * 60_000, 'en')).toBe('65:00');
  });
});

describe('percentages in the chosen language', () => {
  it('writes a chart’s percentage with the language’s sign and spacing', () => {
    expect(spaced(formatPercentValue(28.6, 'sv'))).toBe('28,6 %');
    expect(spaced(formatPercentValue(28.6, 'nb'))).toBe('28,6 %');
    expect(formatPercentValue(28.6, 'en')).toBe('28.6%');
  });
});
