import { describe, expect, it } from 'vitest';
import { suggestTags } from '../../../utils/feedback/suggest';

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
