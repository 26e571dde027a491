import { describe, expect, it } from 'vitest';
import { uptakeOf } from '../../../utils/feedback/uptake';
import { monthOf, uptakeFold, uptakeOverTime } from '../../../utils/feedback/uptake-by-month';
import type { OutcomeKind } from '../../../utils/model/outcome';
import { feedbackItemRecord } from '../builders';

const DAY = 86_400_000;
const STOCKHOLM = 'Europe/Stockholm';

/** A feed-forward given at `at` (UTC) to `studentId`, with its outcome `days` later if any. */
function given(
  id: string,
  studentId: string,
  at: number,
  outcome?: { kind: OutcomeKind; days: number },
) {
  const item = feedbackItemRecord(id, { studentId }, at);
  return outcome ? { ...item, outcome: { kind: outcome.kind, at: at + outcome.days * DAY } } : item;
}

/** A class of three: A and B in October, B and C in November, and one item with no next step. */
const CLASS_ITEMS = [
  given('a1', 'A', Date.UTC(2026, 9, 1, 12), { kind: 'actedOn', days: 3 }),
  given('a2', 'A', Date.UTC(2026, 9, 10, 12), { kind: 'partly', days: 10 }),
  {
    ...feedbackItemRecord(
      'a3',
      {
        studentId: 'A',
        parts: [{ question: 'feedBack', level: 'task', text: 'Clear thesis.' }],
      },
      Date.UTC(2026, 9, 12, 12),
    ),
    outcome: { kind: 'notYet' as const, at: Date.UTC(2026, 9, 13, 12) },
  },
  given('b1', 'B', Date.UTC(2026, 9, 15, 12), { kind: 'notYet', days: 1 }),
  given('b2', 'B', Date.UTC(2026, 10, 2, 12)),
  given('c1', 'C', Date.UTC(2026, 10, 5, 12), { kind: 'actedOn', days: 7 }),
];

describe('uptake of a class, over time', () => {
  it('counts the whole class: 5 feed-forwards, 4 outcomes, 62.5 % taken up, median 5 days', () => {
    // a3 has no feed-forward, so its outcome does not count.
    // share: (2 acted on + ½ · 1 partly) / 4 = 0.625; days 1, 3, 7, 10 → (3 + 7) / 2 = 5
    expect(uptakeOf(CLASS_ITEMS)).toEqual({
      feedForwards: 5,
      withOutcome: 4,
      actedOn: 2,
      partly: 1,
      notYet: 1,
      share: 0.625,
      medianDaysToOutcome: 5,
    });
  });

  it('splits it by the month each feed-forward was given, oldest first', () => {
    // October: a1 (acted on, 3 d), a2 (partly, 10 d), b1 (not yet, 1 d) → 1.5 / 3, median 3
    // November: b2 (none yet), c1 (acted on, 7 d) → 1 / 1, median 7
    expect(uptakeOverTime(CLASS_ITEMS, STOCKHOLM).months).toEqual([
      {
        month: '2026-10',
        uptake: {
          feedForwards: 3,
          withOutcome: 3,
          actedOn: 1,
          partly: 1,
          notYet: 1,
          share: 0.5,
          medianDaysToOutcome: 3,
        },
      },
      {
        month: '2026-11',
        uptake: {
          feedForwards: 2,
          withOutcome: 1,
          actedOn: 1,
          partly: 0,
          notYet: 0,
          share: 1,
          medianDaysToOutcome: 7,
        },
      },
    ]);
  });

  it('gives the same numbers folded one learner at a time, in any order', () => {
    const byLearner = (order: readonly string[]) => {
      const fold = uptakeFold(STOCKHOLM);
      for (const learner of order)
        fold.add(CLASS_ITEMS.filter((item) => item.studentId === learner));
      return fold.result();
    };
    const atOnce = {
      months: uptakeOverTime(CLASS_ITEMS, STOCKHOLM).months,
      all: uptakeOf(CLASS_ITEMS),
    };
    expect(byLearner(['A', 'B', 'C'])).toEqual(atOnce);
    expect(byLearner(['C', 'A', 'B'])).toEqual(atOnce);
    expect(atOnce.all.medianDaysToOutcome).toBe(5);
  });

  it('has no months when no feed-forward was given', () => {
    expect(
      uptakeOverTime([CLASS_ITEMS[2] as (typeof CLASS_ITEMS)[number]], STOCKHOLM).months,
    ).toEqual([]);
  });
});

describe('the month of a moment on a Stockholm clock, across the daylight-saving changes', () => {
  it('puts 00:30 on 1 April (summer time, UTC+2) in April although UTC still says 31 March', () => {
    expect(monthOf(Date.UTC(2026, 2, 31, 22, 30), STOCKHOLM)).toBe('2026-04');
    expect(monthOf(Date.UTC(2026, 2, 31, 22, 30), 'UTC')).toBe('2026-03');
    expect(monthOf(Date.UTC(2026, 2, 31, 21, 30), STOCKHOLM)).toBe('2026-03');
  });

  it('after summer time ends (UTC+1) a fixed two-hour offset would be wrong by a month', () => {
    // 31 Oct 22:30 UTC is 23:30 in Stockholm in winter time: still October.
    expect(monthOf(Date.UTC(2026, 9, 31, 22, 30), STOCKHOLM)).toBe('2026-10');
    expect(monthOf(Date.UTC(2026, 9, 31, 23, 30), STOCKHOLM)).toBe('2026-11');
  });

  it('buckets a class across the change by the local month', () => {
    const items = [
      given('late-march', 'A', Date.UTC(2026, 2, 31, 21, 30), { kind: 'actedOn', days: 2 }),
      given('first-april', 'A', Date.UTC(2026, 2, 31, 22, 30), { kind: 'notYet', days: 4 }),
      given('last-october', 'B', Date.UTC(2026, 9, 31, 22, 30), { kind: 'partly', days: 1 }),
      given('first-november', 'B', Date.UTC(2026, 9, 31, 23, 30)),
    ];
    expect(
      uptakeOverTime(items, STOCKHOLM).months.map(({ month, uptake }) => [month, uptake.share]),
    ).toEqual([
      ['2026-03', 1],
      ['2026-04', 0],
      ['2026-10', 0.5],
      ['2026-11', null],
    ]);
  });
});
