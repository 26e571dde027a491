import { describe, expect, it } from 'vitest';
import { anchorAllInText, anchorInText } from '../../../utils/anchoring/index';
import { describePassage, foundText } from './passages';

const ESSAY =
  'Every morning at quarter to seven my alarm goes off, and every morning I feel like I have not slept at all. ' +
  'The most important reason for a later start is biology. When children reach puberty, the body starts ' +
  'releasing the sleep hormone melatonin later in the evening, often not until around eleven o’clock. ' +
  'Some schools have allready tried starting later and the results seems to be good. ' +
  'Teenagers are not lazy, their body clocks are simply different. Parents who start work early say that ' +
  'they cant drive there kids to school if it starts at nine. So in conclusion, I think school should start ' +
  'later. Teenagers are not lazy, their body clocks are simply different. Thank you for reading.';

describe('anchorInText: edits around the passage', () => {
  const passage = 'the body starts releasing the sleep hormone melatonin later in the evening';

  it('uses the stored position while the text is unchanged', () => {
    const selectors = describePassage(ESSAY, passage);
    expect(anchorInText(ESSAY, selectors)?.method).toBe('position');
  });

  it('finds the passage verbatim after text was added before it', () => {
    const selectors = describePassage(ESSAY, passage);
    const edited = `A title for my essay. ${ESSAY}`;
    const match = anchorInText(edited, selectors);
    expect(match?.method).toBe('quote');
    expect(edited.slice(match?.start, match?.end)).toBe(passage);
  });

  it('finds the passage when the words right before and after it were rewritten', () => {
    const selectors = describePassage(ESSAY, passage);
    const edited = ESSAY.replace(
      'When children reach puberty, ',
      'During the teenage years ',
    ).replace(', often not until around', ' – usually not before');
    expect(foundText(edited, selectors)).toBe(passage);
  });

  it('finds the passage after text was removed after it', () => {
    const selectors = describePassage(ESSAY, passage);
    const edited = ESSAY.replace(
      'Some schools have allready tried starting later and the results seems to be good. ',
      '',
    );
    expect(foundText(edited, selectors)).toBe(passage);
  });
});

describe('anchorInText: edits inside the passage (fuzzy)', () => {
  it('finds a revised sentence with a few words changed, as a fuzzy match', () => {
    const sentence =
      'Some schools have allready tried starting later and the results seems to be good.';
    const selectors = describePassage(ESSAY, sentence);
    const revised =
      'Some schools have already tried starting later and the results seem to be good.';
    const edited = ESSAY.replace(sentence, revised);
    const match = anchorInText(edited, selectors);
    expect(match?.method).toBe('fuzzy');
    expect(edited.slice(match?.start, match?.end)).toBe(revised);
  });

  it('follows a one-word spelling mistake after the student corrected it', () => {
    const selectors = describePassage(ESSAY, 'allready');
    const edited = ESSAY.replace('allready', 'already');
    expect(foundText(edited, selectors)).toBe('already');
  });

  it('finds a revised passage that also moved, with edits inside and around it', () => {
    const sentence =
      'Parents who start work early say that they cant drive there kids to school if it starts at nine.';
    const selectors = describePassage(ESSAY, sentence);
    const revised =
      'Parents who start work early say that they can’t drive their kids to school if it starts at nine.';
    const edited = `${'An extra paragraph at the top. '.repeat(5)}${ESSAY.replace(sentence, revised).replace('I think school', 'I believe school')}`;
    expect(foundText(edited, selectors)).toBe(revised);
  });
});

describe('anchorInText: orphans', () => {
  it('returns null when the passage was deleted', () => {
    const sentence =
      'Some schools have allready tried starting later and the results seems to be good. ';
    const selectors = describePassage(ESSAY, sentence.trim());
    expect(anchorInText(ESSAY.replace(sentence, ''), selectors)).toBeNull();
  });

  it('returns null when the passage was rewritten beyond recognition', () => {
    const sentence =
      'Some schools have allready tried starting later and the results seems to be good.';
    const selectors = describePassage(ESSAY, sentence);
    const rewritten =
      'A school in Minnesota moved its first lesson to nine, and grades rose afterwards.';
    expect(anchorInText(ESSAY.replace(sentence, rewritten), selectors)).toBeNull();
  });

  it('does not move a deleted word onto a different word that looks like it', () => {
    const text = 'The cat sat on the mat. Later the dog ate a hat and ran to the car.';
    const selectors = describePassage(text, 'mat');
    const edited = text.replace(' on the mat', '');
    // "cat", "hat" and "car" are all one letter from "mat"; none of them is the passage.
    expect(anchorInText(edited, selectors)).toBeNull();
  });

  it('does not move a deleted short word onto the same word in another sentence', () => {
    const selectors = describePassage(ESSAY, 'nine');
    const edited = ESSAY.replace(' if it starts at nine', '').replace(
      'Thank you',
      'Nine times out of ten, nine hours of sleep. Thank you',
    );
    expect(anchorInText(edited, selectors)).toBeNull();
  });
});

describe('anchorInText: repeated passages', () => {
  const repeated = 'Teenagers are not lazy, their body clocks are simply different.';

  it.each([0, 1])(
    'finds copy %i of a repeated sentence by its context after text moved',
    (occurrence) => {
      const selectors = describePassage(ESSAY, repeated, occurrence);
      const edited = `Introduction added later. ${ESSAY}`;
      const match = anchorInText(edited, selectors);
      let expected = edited.indexOf(repeated);
      if (occurrence === 1) expected = edited.indexOf(repeated, expected + 1);
      expect(match?.start).toBe(expected);
    },
  );

  it('finds the right copy after it was revised, rather than the unchanged other copy', () => {
    const selectors = describePassage(ESSAY, repeated, 1);
    const second = ESSAY.lastIndexOf(repeated);
    const revised = 'Teenagers are not lazy; their body clocks are just different.';
    const edited = ESSAY.slice(0, second) + revised + ESSAY.slice(second + repeated.length);
    const match = anchorInText(edited, selectors);
    expect(match?.start).toBe(second);
    expect(edited.slice(match?.start, match?.end)).toBe(revised);
  });
});

describe('anchorInText: white space and Unicode', () => {
  it('matches across NFC and NFD spellings and reports offsets into the text as stored', () => {
    const composed = 'Eleverna på skolan läser böcker om hösten. Vi skrev en uppsats om världen.';
    const selectors = describePassage(composed, 'läser böcker om hösten');
    const decomposed = `Ny inledning. ${composed.normalize('NFD')}`;
    const match = anchorInText(decomposed, selectors);
    expect(decomposed.slice(match?.start, match?.end)).toBe(
      'läser böcker om hösten'.normalize('NFD'),
    );
  });

  it('matches when spaces became no-break spaces, line breaks or runs of spaces', () => {
    const text = 'First sentence here. The passage that matters most. Last sentence.';
    const selectors = describePassage(text, 'The passage that matters most.');
    const edited =
      'First sentence here.\n\n  The\u00a0passage that\u2009 matters\nmost. Last sentence.';
    const match = anchorInText(edited, selectors);
    expect(match?.method).toBe('quote');
    expect(edited.slice(match?.start, match?.end)).toBe(
      'The\u00a0passage that\u2009 matters\nmost.',
    );
  });

  it('matches straight quotes against curly ones and ignores soft hyphens and zero-width spaces', () => {
    const text = 'It\'s eleven o\'clock, she said "go to bed" and left.';
    const selectors = describePassage(text, 'o\'clock, she said "go to bed"');
    const edited = 'It’s eleven o’clock, she said “go to\u00ad b\u200bed” and left.';
    const match = anchorInText(edited, selectors);
    expect(match?.method).toBe('quote');
    expect(edited.slice(match?.start, match?.end)).toBe(
      'o’clock, she said “go to\u00ad b\u200bed”',
    );
  });
});

describe('anchorAllInText', () => {
  it('anchors many passages in one call, in order, with orphans as null', () => {
    const passages = ['alarm goes off', 'melatonin', 'drive there kids', 'Thank you for reading.'];
    const selectorsList = passages.map((passage) => describePassage(ESSAY, passage));
    const edited = `New first line. ${ESSAY.replace('drive there kids', 'take their children')}`;
    const found = anchorAllInText(edited, selectorsList).map((match) =>
      match ? edited.slice(match.start, match.end) : null,
    );
    expect(found).toEqual(['alarm goes off', 'melatonin', null, 'Thank you for reading.']);
  });
});
