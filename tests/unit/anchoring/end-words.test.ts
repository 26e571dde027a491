import { describe, expect, it } from 'vitest';
import { anchorInText } from '../../../utils/anchoring/index';
import { describePassage, foundText } from './passages';

/** Finds `passage` of `text` again after `edit` and returns what the match covers. */
function refound(text: string, passage: string, edit: (text: string) => string): string | null {
  return foundText(edit(text), describePassage(text, passage));
}

/**
 * The same essay sentence in each language, with a passage from its first
 * word to its last, and words a student might put in place of either end.
 */
const LANGUAGES = [
  {
    language: 'Swedish',
    text:
      'Vi skrev uppsatsen under tre veckor. Det är viktigt att varje elev i klassen rättar ' +
      'sina stavfel innan inlämningen. Sedan kan läraren läsa texten en gång till.',
    passage: 'viktigt att varje elev i klassen rättar sina stavfel',
    first: 'viktigt',
    last: 'stavfel',
    longer: { first: 'avgörande', last: 'formuleringar' },
    shorter: { first: 'bra', last: 'ord' },
  },
  {
    language: 'Norwegian',
    text:
      'Vi skrev stilen over tre uker. Det er viktig at hver elev i klassen retter sine ' +
      'skrivefeil før innleveringen. Deretter kan læreren lese teksten en gang til.',
    passage: 'viktig at hver elev i klassen retter sine skrivefeil',
    first: 'viktig',
    last: 'skrivefeil',
    longer: { first: 'avgjørende', last: 'formuleringer' },
    shorter: { first: 'lurt', last: 'ord' },
  },
  {
    language: 'English',
    text:
      'We wrote the essay over three weeks. It is important that the student corrects every ' +
      'mistake before handing it in. Then the teacher can read the text once more.',
    passage: 'important that the student corrects every mistake',
    first: 'important',
    last: 'mistake',
    longer: { first: 'essential', last: 'inaccuracy' },
    shorter: { first: 'wise', last: 'typo' },
  },
];

describe.each(LANGUAGES)('anchorInText: a replaced end word ($language)', (sample) => {
  const { text, passage, first, last } = sample;
  const swap = (from: string, to: string) => (edited: string) => edited.replace(from, to);

  it.each(['longer', 'shorter'] as const)('takes in a %s word in place of the last one', (size) => {
    const word = sample[size].last;
    expect(refound(text, passage, swap(` ${last} `, ` ${word} `))).toBe(
      passage.replace(last, word),
    );
  });

  it.each(['longer', 'shorter'] as const)(
    'starts at a %s word in place of the first one',
    (size) => {
      const word = sample[size].first;
      expect(refound(text, passage, swap(` ${first} `, ` ${word} `))).toBe(
        passage.replace(first, word),
      );
    },
  );

  it('takes in new words at both ends at once', () => {
    const edit = (edited: string) =>
      swap(
        ` ${first} `,
        ` ${sample.shorter.first} `,
      )(swap(` ${last} `, ` ${sample.shorter.last} `)(edited));
    expect(refound(text, passage, edit)).toBe(
      passage.replace(first, sample.shorter.first).replace(last, sample.shorter.last),
    );
  });
});

describe('anchorInText: a replaced end word at a break', () => {
  const paragraphs =
    'Vi skrev uppsatsen under tre veckor och det gick bra.\n' +
    'Det är viktigt att eleven rättar sina fel.\n' +
    'Sedan kan läraren läsa texten en gång till och sätta betyg.';

  it('takes in the new last word of a paragraph, up to the line break', () => {
    const passage = 'viktigt att eleven rättar sina fel';
    expect(refound(paragraphs, passage, (text) => text.replace('sina fel.', 'sina misstag.'))).toBe(
      'viktigt att eleven rättar sina misstag',
    );
  });

  it('takes in the new last word of a passage that ends with its paragraph', () => {
    const passage = 'viktigt att eleven rättar sina fel.';
    expect(refound(paragraphs, passage, (text) => text.replace('sina fel.', 'sina misstag.'))).toBe(
      'viktigt att eleven rättar sina misstag.',
    );
  });

  it('does not reach over a sentence break for the context', () => {
    const text =
      'Vi skrev uppsatsen under tre veckor. Det är viktigt att eleven rättar sina stavfel ' +
      'innan inlämningen. Sedan kan läraren läsa texten en gang till.';
    const passage = 'viktigt att eleven rättar sina stavfel';
    const edited = (t: string) => t.replace('sina stavfel innan', 'sina bud. Nu innan');
    expect(refound(text, passage, edited)).toBe('viktigt att eleven rättar sina');
  });
});

describe('anchorInText: ends that stay where they are', () => {
  const text =
    'We wrote the essay over three weeks. It is important that the student corrects every ' +
    'mistake before handing it in. Then the teacher can read the text once more.';
  const passage = 'important that the student corrects every mistake';

  it('keeps an exact match as it is, though the words around it changed', () => {
    const edited = `A title. ${text.replace('is important', 'was important').replace('mistake before', 'mistake well before')}`;
    const match = anchorInText(edited, describePassage(text, passage));
    expect(match?.method).toBe('quote');
    expect(edited.slice(match?.start, match?.end)).toBe(passage);
  });

  it('ends at the last word when the word after the passage is unchanged', () => {
    const edited = text.replace('the student', 'each student');
    expect(refound(text, passage, () => edited)).toBe(
      'important that each student corrects every mistake',
    );
  });

  it('does not take in a word the student added after an unchanged last word', () => {
    const edited = text
      .replace('the student', 'each student')
      .replace('mistake before', 'mistake soon before');
    expect(refound(text, passage, () => edited)).toBe(
      'important that each student corrects every mistake',
    );
  });

  it('does not extend when the passage ends the text and there is no context after it', () => {
    const ending = `${text} In the end every student corrects each mistake`;
    const last = 'every student corrects each mistake';
    expect(refound(ending, last, (t) => t.replace('each mistake', 'each bug'))).toBe(
      'every student corrects each',
    );
  });

  it('does not extend when the context after the passage was rewritten too', () => {
    const edited = text.replace(
      'mistake before handing it in. Then',
      'bug, so the essay reads well when submitted. Only then',
    );
    expect(refound(text, passage, () => edited)).toBe('important that the student corrects every');
  });
});
