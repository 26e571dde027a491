import { describe, expect, it } from 'vitest';
import { diffWords, MAX_DIFF_CELLS, wordsChanged } from '../../../utils/text/word-diff';

describe('diffWords', () => {
  it('finds one word replaced in an English sentence', () => {
    expect(
      diffWords(
        'Being tired has a real effect on learning.',
        'Being tired has a huge effect on learning.',
      ),
    ).toEqual([
      { kind: 'same', text: 'Being tired has a ' },
      { kind: 'removed', text: 'real ' },
      { kind: 'added', text: 'huge ' },
      { kind: 'same', text: 'effect on learning.' },
    ]);
  });

  it('treats Swedish letters as part of words', () => {
    expect(
      diffWords('Jag tycker att skolan är för stor.', 'Jag tycker att skolan är ändå stor.'),
    ).toEqual([
      { kind: 'same', text: 'Jag tycker att skolan är ' },
      { kind: 'removed', text: 'för ' },
      { kind: 'added', text: 'ändå ' },
      { kind: 'same', text: 'stor.' },
    ]);
  });

  it('finds a Norwegian word added and another removed', () => {
    expect(diffWords('Vi må gå til skolen på søndag.', 'Vi må sykle til skolen søndag.')).toEqual([
      { kind: 'same', text: 'Vi må ' },
      { kind: 'removed', text: 'gå ' },
      { kind: 'added', text: 'sykle ' },
      { kind: 'same', text: 'til skolen ' },
      { kind: 'removed', text: 'på ' },
      { kind: 'same', text: 'søndag.' },
    ]);
  });

  it('counts a changed punctuation mark, and keeps words with an apostrophe or hyphen whole', () => {
    expect(diffWords("I don't know, e-post is fine.", "I don't know; e-post is fine!")).toEqual([
      { kind: 'same', text: "I don't know" },
      { kind: 'removed', text: ', ' },
      { kind: 'added', text: '; ' },
      { kind: 'same', text: 'e-post is fine' },
      { kind: 'removed', text: '.' },
      { kind: 'added', text: '!' },
    ]);
  });

  it('sees no change in white space, curly quotes or decomposed letters', () => {
    const before = 'She said "hej" to   Åsa\nand left.';
    const after = 'She said \u201chej\u201d to Åsa and left.'.replace('Å', 'A\u030a');
    expect(diffWords(before, after)).toEqual([{ kind: 'same', text: after }]);
    expect(wordsChanged(before, after)).toBe(false);
  });

  it('gives identical texts as one kept run', () => {
    expect(diffWords('Same text.', 'Same text.')).toEqual([{ kind: 'same', text: 'Same text.' }]);
    expect(wordsChanged('Same text.', 'Same text.')).toBe(false);
  });

  it('gives fully different texts as removed then added', () => {
    expect(diffWords('old words', 'new text')).toEqual([
      { kind: 'removed', text: 'old words' },
      { kind: 'added', text: 'new text' },
    ]);
    expect(wordsChanged('old words', 'new text')).toBe(true);
  });

  it('shows the changed middle of an enormous passage as replaced whole', () => {
    const words = Math.ceil(Math.sqrt(MAX_DIFF_CELLS)) + 1;
    const before = `Start ${'a '.repeat(words)}end.`;
    const after = `Start ${'b '.repeat(words)}end.`;
    expect(diffWords(before, after)).toEqual([
      { kind: 'same', text: 'Start ' },
      { kind: 'removed', text: 'a '.repeat(words) },
      { kind: 'added', text: 'b '.repeat(words) },
      { kind: 'same', text: 'end.' },
    ]);
  });
});
