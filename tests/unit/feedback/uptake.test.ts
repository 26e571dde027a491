import { describe, expect, it } from 'vitest';
import { uptakeOf } from '../../../utils/feedback/uptake';
import type { OutcomeKind } from '../../../utils/model/outcome';
import { feedbackItemRecord } from '../builders';

const DAY = 86_400_000;

/** An item given on day `given` with a feed-forward, and its outcome recorded on day `recorded`. */
function given(id: string, day: number, outcome?: { kind: OutcomeKind; day: number }) {
  const item = feedbackItemRecord(id, {}, day * DAY);
  return outcome ? { ...item, outcome: { kind: outcome.kind, at: outcome.day * DAY } } : item;
}

describe('uptake of feed-forwards', () => {
  it('is all zeros and no share or median when nothing was given', () => {
    expect(uptakeOf([])).toEqual({
      feedForwards: 0,
      withOutcome: 0,
      actedOn: 0,
      partly: 0,
      notYet: 0,
      share: null,
      medianDaysToOutcome: null,
    });
  });

  it('counts each kind, weighs "partly" half, and takes the median days to an outcome', () => {
    const items = [
      given('a', 10, { kind: 'actedOn', day: 12 }), // 2 days
      given('b', 10, { kind: 'actedOn', day: 20 }), // 10 days
      given('c', 11, { kind: 'partly', day: 17 }), // 6 days
      given('d', 11, { kind: 'notYet', day: 18 }), // 7 days
      given('e', 12), // no outcome yet
    ];
    // share: (2 acted on + ½ · 1 partly) / 4 with an outcome = 2.5 / 4
    // days sorted 2, 6, 7, 10: median (6 + 7) / 2
    expect(uptakeOf(items)).toEqual({
      feedForwards: 5,
      withOutcome: 4,
      actedOn: 2,
      partly: 1,
      notYet: 1,
      share: 0.625,
      medianDaysToOutcome: 6.5,
    });
  });

  it('counts only items with a feed-forward part, and whole days (part of a day is 0)', () => {
    const feedBackOnly = {
      ...given('only-back', 1, { kind: 'actedOn', day: 2 }),
      parts: [{ id: 'p', question: 'feedBack' as const, level: 'task' as const, text: 'Good.' }],
    };
    const sameDay = {
      ...given('same-day', 3),
      outcome: { kind: 'partly' as const, at: 3 * DAY + DAY / 2 },
    };
    expect(uptakeOf([feedBackOnly, sameDay])).toMatchObject({
      feedForwards: 1,
      withOutcome: 1,
      actedOn: 0,
      partly: 1,
      share: 0.5,
      medianDaysToOutcome: 0,
    });
  });
});
