import { describe, expect, it } from 'vitest';
import { suggestionText } from '../../../utils/analytics/balance-charts';
import { suggestBalance } from '../../../utils/analytics/balance-suggestion';
import { createTranslator } from '../../../utils/i18n/index';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 30, 12);
const counts = (teacher: number, formative: number, peer: number, self: number) => ({
  teacher,
  formative,
  peer,
  self,
});

describe('the balance suggestion', () => {
  it('asks for work to be logged when nothing was counted', () => {
    expect(suggestBalance(counts(0, 0, 0, 0), {}, NOW)).toEqual({ type: 'empty' });
  });

  it('calls a mix balanced when every kind has at least 15 %', () => {
    expect(suggestBalance(counts(7, 4, 3, 6), {}, NOW)).toEqual({ type: 'balanced' });
  });

  it('names a kind that is missing, with the whole weeks since it was last logged', () => {
    expect(suggestBalance(counts(9, 2, 0, 3), { peer: NOW - 23 * DAY }, NOW)).toEqual({
      type: 'missing',
      kind: 'peer',
      weeks: 3,
    });
    expect(suggestBalance(counts(9, 2, 0, 3), { peer: NOW - 8 * DAY }, NOW)).toEqual({
      type: 'missing',
      kind: 'peer',
    });
    expect(suggestBalance(counts(9, 2, 0, 3), {}, NOW)).toEqual({ type: 'missing', kind: 'peer' });
  });

  it('prefers the kinds that involve the learner when several are equally low', () => {
    expect(suggestBalance(counts(9, 0, 0, 0), {}, NOW)).toMatchObject({ kind: 'peer' });
    expect(suggestBalance(counts(9, 0, 1, 0), {}, NOW)).toMatchObject({ kind: 'self' });
    expect(suggestBalance(counts(0, 3, 3, 3), {}, NOW)).toMatchObject({ kind: 'teacher' });
  });

  it('names a kind that is far below its quarter', () => {
    expect(suggestBalance(counts(10, 4, 4, 2), {}, NOW)).toEqual({
      type: 'low',
      kind: 'self',
      share: 10,
    });
  });

  it('reads as one line that says where the missing kind is given', () => {
    const wording = (locale: 'en' | 'sv') => ({
      t: createTranslator(locale),
      locale,
      className: '7a',
      range: { from: 0, to: 1 },
    });
    expect(suggestionText({ type: 'missing', kind: 'peer', weeks: 3 }, wording('en'))).toBe(
      'No peer feedback in 3 weeks — the peer-feedback prompt for each assignment is in the panel under “Principles, student involvement and the golden rules explained” › Student involvement.',
    );
    expect(suggestionText({ type: 'low', kind: 'self', share: 10 }, wording('sv'))).toMatch(
      /^Bara 10\s% av arbetet är självvärdering – frågan för självvärdering/,
    );
  });
});
