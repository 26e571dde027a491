import { describe, expect, it } from 'vitest';
import { composeFeedbackText, unfilledPlaceholders } from '../../../utils/feedback/preview';
import type { FeedbackPart } from '../../../utils/model/records';

type Part = Pick<FeedbackPart, 'question' | 'level' | 'text'>;

/** A full item, written in the order a teacher might fill the fields. */
const parts: Part[] = [
  { question: 'feedUp', level: 'task', text: 'GOAL' },
  { question: 'feedBack', level: 'self', text: 'PRAISE' },
  { question: 'feedForward', level: 'process', text: 'NEXT' },
  { question: 'feedBack', level: 'task', text: 'NOW' },
];

describe('composeFeedbackText: paragraphs', () => {
  it('reads where the work stands, the goal, the next step, then praise, one paragraph each', () => {
    for (const lang of ['sv', 'nb', 'en'] as const) {
      expect(composeFeedbackText(parts, { format: 'paragraphs', lang })).toBe(
        'NOW\n\nGOAL\n\nNEXT\n\nPRAISE',
      );
    }
  });

  it('keeps praise apart and last, even when it was given under feed-forward', () => {
    const text = composeFeedbackText(
      [
        { question: 'feedForward', level: 'self', text: 'Du är duktig!' },
        { question: 'feedForward', level: 'task', text: 'Lägg till en källa.' },
      ],
      { format: 'paragraphs', lang: 'sv' },
    );
    expect(text).toBe('Lägg till en källa.\n\nDu är duktig!');
  });

  it('skips empty and blank parts and trims the others', () => {
    const text = composeFeedbackText(
      [
        { question: 'feedUp', level: 'task', text: '   ' },
        { question: 'feedBack', level: 'task', text: '  Clear structure.\n' },
        { question: 'feedForward', level: 'task', text: '' },
        { question: 'feedBack', level: 'self', text: ' \n ' },
      ],
      { format: 'paragraphs', lang: 'en' },
    );
    expect(text).toBe('Clear structure.');
  });

  it('keeps several parts of one question in their own order', () => {
    const text = composeFeedbackText(
      [
        { question: 'feedForward', level: 'task', text: 'First step.' },
        { question: 'feedBack', level: 'task', text: 'B1' },
        { question: 'feedForward', level: 'process', text: 'Second step.' },
        { question: 'feedBack', level: 'process', text: 'B2' },
      ],
      { format: 'paragraphs', lang: 'en' },
    );
    expect(text).toBe('B1\n\nB2\n\nFirst step.\n\nSecond step.');
  });

  it('gives an empty text for no parts', () => {
    expect(composeFeedbackText([], { format: 'paragraphs', lang: 'en' })).toBe('');
    expect(composeFeedbackText([], { format: 'labelled', lang: 'en' })).toBe('');
  });
});

describe('composeFeedbackText: labelled', () => {
  it('Swedish: Mål, Nu, Nästa steg, then Beröm', () => {
    const text = composeFeedbackText(
      [
        { question: 'feedBack', level: 'self', text: 'Bra jobbat!' },
        { question: 'feedForward', level: 'process', text: 'Jämför två källor.' },
        { question: 'feedBack', level: 'task', text: 'Du använder en källa.' },
        { question: 'feedUp', level: 'task', text: 'Använd källor kritiskt.' },
      ],
      { format: 'labelled', lang: 'sv' },
    );
    expect(text).toBe(
      'Mål: Använd källor kritiskt.\nNu: Du använder en källa.\nNästa steg: Jämför två källor.\nBeröm: Bra jobbat!',
    );
  });

  it('Norwegian bokmål: Mål, Nå, Neste steg, then Ros', () => {
    expect(composeFeedbackText(parts, { format: 'labelled', lang: 'nb' })).toBe(
      'Mål: GOAL\nNå: NOW\nNeste steg: NEXT\nRos: PRAISE',
    );
  });

  it('English: Goal, Now, Next step, then Praise', () => {
    expect(composeFeedbackText(parts, { format: 'labelled', lang: 'en' })).toBe(
      'Goal: GOAL\nNow: NOW\nNext step: NEXT\nPraise: PRAISE',
    );
  });

  it('leaves out the lines of questions with no text', () => {
    expect(
      composeFeedbackText(
        [
          { question: 'feedUp', level: 'task', text: ' ' },
          { question: 'feedForward', level: 'task', text: ' Add a conclusion. ' },
        ],
        { format: 'labelled', lang: 'en' },
      ),
    ).toBe('Next step: Add a conclusion.');
  });

  it('puts several parts of one question on its one line, in their order', () => {
    expect(
      composeFeedbackText(
        [
          { question: 'feedBack', level: 'task', text: 'One.' },
          { question: 'feedUp', level: 'task', text: 'Goal.' },
          { question: 'feedBack', level: 'process', text: 'Two.' },
        ],
        { format: 'labelled', lang: 'en' },
      ),
    ).toBe('Goal: Goal.\nNow: One. Two.');
  });
});

describe('unfilledPlaceholders', () => {
  it('names the placeholders still in the text, each once, in order', () => {
    expect(unfilledPlaceholders('{elev}, {styrka} och {elev} igen. {nästa steg}')).toEqual([
      'elev',
      'styrka',
      'nästa steg',
    ]);
  });

  it('finds none in a finished text', () => {
    expect(unfilledPlaceholders('Good use of sources {} here.')).toEqual([]);
  });
});
