import { describe, expect, it } from 'vitest';
import { compactText } from '../../../utils/text/compact';

describe('compactText (a quote shown on one line)', () => {
  it('turns newlines, tabs and non-breaking spaces into single spaces and trims the ends', () => {
    expect(compactText('  The war\n\n  ended\tin\u00a01945.  ')).toBe('The war ended in 1945.');
  });

  it('leaves a short quote exactly as it reads', () => {
    expect(compactText('A short quote.', 40)).toBe('A short quote.');
  });

  it('does not cut a quote that is exactly the maximum length', () => {
    const text = 'abcde fghij';
    expect(compactText(text, text.length)).toBe(text);
  });

  it('cuts a long quote at a word boundary and marks the cut with an ellipsis', () => {
    const result = compactText('The industrial revolution changed how people worked', 30);
    expect(result).toBe('The industrial revolution…');
    expect(result.length).toBeLessThanOrEqual(31);
  });

  it('cuts inside a word when the only space is too early to keep most of the text', () => {
    const result = compactText('A supercalifragilisticexpialidocious word', 20);
    expect(result).toBe('A supercalifragilist…');
  });

  it('measures the length after white space is collapsed, not before', () => {
    expect(compactText('one\n\n\n\n\n\ntwo', 7)).toBe('one two');
  });

  it('never leaves a space before the ellipsis', () => {
    const result = compactText('word '.repeat(20), 23);
    expect(result.endsWith('…')).toBe(true);
    expect(result).not.toMatch(/\s…$/);
  });

  it('returns an empty string for white space only', () => {
    expect(compactText(' \n\t ')).toBe('');
  });
});
