import { describe, expect, it } from 'vitest';
import {
  suggestTags,
  suggestTypedTags,
  templateMatchers,
  typedText,
} from '../../../utils/feedback/suggest';
import { BUILT_IN_EN } from '../../../utils/feedback/templates/builtin-en';

describe('suggesting the question and level of typed text', () => {
  it('reads a next step as feed forward, and a strategy as the process level', () => {
    expect(suggestTags('Next time, make an outline before you start drafting.', 'en')).toEqual({
      question: 'feedForward',
      level: 'process',
    });
  });

  it('reads a statement about the work as feed back at task level', () => {
    expect(suggestTags('Your introduction states the question clearly.', 'en')).toEqual({
      question: 'feedBack',
      level: 'task',
    });
  });

  it('works in Swedish and Norwegian too', () => {
    expect(suggestTags('Nästa gång, försök att använda fler källor.', 'sv')?.question).toBe(
      'feedForward',
    );
    expect(suggestTags('Neste gang bør du prøve å bruke flere kilder.', 'nb')?.question).toBe(
      'feedForward',
    );
  });

  it('suggests nothing for empty text', () => {
    expect(suggestTags('   ', 'en')).toBeNull();
  });
});

describe("leaving the bank's text out of the suggestion", () => {
  const FEED_UP =
    'In this task, the conclusion should sum up the main findings and answer the question from the introduction, without adding new material.';
  const WITH_BLANKS =
    '{student}, the part of the criteria to focus on in this assignment is {criterion}.';
  const matchers = templateMatchers([FEED_UP, WITH_BLANKS]);
  const TYPED = 'Next time, make an outline before you start drafting.';

  it("reads the bank's own feed-up template as feed forward on its own (why it is left out)", () => {
    expect(suggestTags(FEED_UP, 'en')?.question).toBe('feedForward');
  });

  it('gives no suggestion when the part holds only an inserted template', () => {
    expect(typedText(FEED_UP, matchers).trim()).toBe('');
    expect(suggestTypedTags(FEED_UP, 'en', matchers)).toBeNull();
  });

  it('judges what was typed around an inserted template', () => {
    expect(suggestTypedTags(`${FEED_UP} ${TYPED}`, 'en', matchers)).toEqual({
      question: 'feedForward',
      level: 'process',
    });
    expect(typedText(`Some words first. ${FEED_UP} ${TYPED}`, matchers)).toBe(
      `Some words first. \n ${TYPED}`,
    );
  });

  it('matches a template whatever its blanks were filled with, without taking the sentence before', () => {
    const filled =
      'Maja, the part of the criteria to focus on in this assignment is a clear claim.';
    expect(typedText(filled, matchers).trim()).toBe('');
    expect(typedText(`${TYPED} ${filled}`, matchers).trim()).toBe(TYPED);
    const unfilled = WITH_BLANKS;
    expect(typedText(unfilled, matchers).trim()).toBe('');
  });

  it('judges a template the teacher changed as typed text', () => {
    const changed = FEED_UP.replace('main findings', 'three main findings');
    expect(typedText(changed, matchers)).toBe(changed);
  });

  it('leaves out every built-in English template inserted into its own part', () => {
    const all = templateMatchers(BUILT_IN_EN.map((template) => template.text));
    for (const template of BUILT_IN_EN) {
      expect(suggestTypedTags(template.text, 'en', all), template.id).toBeNull();
    }
  });

  it('ignores templates that are little more than blanks', () => {
    expect(templateMatchers(['{student}!', '{a} and {b}'])).toEqual([]);
  });
});
