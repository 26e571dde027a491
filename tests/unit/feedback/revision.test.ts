import { describe, expect, it } from 'vitest';
import { describeTextRange } from '../../../utils/anchoring/index';
import { revisionState } from '../../../utils/feedback/revision';

const TEXT = 'Jag tycker att skolan ska börja senare på morgonen.';
const QUOTE = 'skolan ska börja senare';
const anchor = describeTextRange(TEXT, TEXT.indexOf(QUOTE), TEXT.indexOf(QUOTE) + QUOTE.length);
const DAY = 86_400_000;

describe('revisionState', () => {
  it('says revised when the found passage reads differently from the quote', () => {
    expect(revisionState({ anchor }, 'skolan borde börja senare', 0)).toBe('revised');
  });

  it('counts a change of white space or quote style as no revision', () => {
    expect(revisionState({ anchor }, 'skolan  ska\nbörja senare', 0)).toBe('none');
  });

  it('says not yet revised for an unchanged passage once its follow-up date has come', () => {
    expect(revisionState({ anchor, followUpAt: DAY }, QUOTE, DAY)).toBe('notYetRevised');
    expect(revisionState({ anchor, followUpAt: DAY }, QUOTE, DAY - 1)).toBe('none');
    expect(revisionState({ anchor }, QUOTE, DAY)).toBe('none');
  });

  it('says nothing while the passage is not found, or for feedback on the whole document', () => {
    expect(revisionState({ anchor, followUpAt: DAY }, undefined, 2 * DAY)).toBe('none');
    expect(revisionState({ anchor: null, followUpAt: DAY }, 'anything', 2 * DAY)).toBe('none');
  });
});
