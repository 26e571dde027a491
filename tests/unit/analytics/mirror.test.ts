import { describe, expect, it } from 'vitest';
import {
  addToMirror,
  emptyMirror,
  type MirrorItem,
  mirrorRows,
} from '../../../utils/analytics/mirror';
import type { NewFeedbackPart } from '../../../utils/model/feedback-item';
import type { FeedbackItemRecord } from '../../../utils/model/records';
import { feedbackItemRecord } from '../builders';

// The fixture's times below are Stockholm's, the zone every unit test runs in.

const local = (month: number, day: number, hour = 12) =>
  new Date(2026, month - 1, day, hour).getTime();

const part = (
  question: NewFeedbackPart['question'],
  level: NewFeedbackPart['level'],
  extra: Partial<NewFeedbackPart> = {},
): NewFeedbackPart => ({ question, level, text: `${question} ${level}`, ...extra });

/**
 * Five items around the change to winter time (Sunday 25 October 2026):
 * a, b, c in week 43 (c at 23:30 on the Sunday itself), d and e in week 44.
 * By month, a–d are October and e is November.
 */
const ITEMS: FeedbackItemRecord[] = [
  feedbackItemRecord(
    'a',
    {
      parts: [
        part('feedUp', 'task', { criterionId: 'c1' }),
        part('feedBack', 'task'),
        part('feedForward', 'process'),
      ],
      reviewTrail: { flagged: ['no-criterion', 'person-criticism'], atSave: [] },
    },
    local(10, 19),
  ),
  feedbackItemRecord(
    'b',
    {
      parts: [part('feedBack', 'task'), part('feedBack', 'self')],
      reviewTrail: {
        flagged: ['no-feed-forward', 'person-praise'],
        atSave: ['no-feed-forward', 'person-praise'],
      },
    },
    local(10, 21),
  ),
  feedbackItemRecord(
    'c',
    {
      parts: [part('feedForward', 'selfRegulation'), part('feedForward', 'process')],
      reviewTrail: { flagged: ['no-positive', 'person-criticism'], atSave: ['no-positive'] },
    },
    local(10, 25, 23),
  ),
  feedbackItemRecord('d', { parts: [part('feedForward', 'task')] }, local(10, 26, 0)),
  feedbackItemRecord('e', { parts: [part('feedBack', 'process')] }, local(11, 1)),
];

/** For items without a trail, what running the rules over their text would say. */
const OLD_FINDINGS: Record<string, string[]> = { d: ['person-criticism'], e: [] };
const findingsOf = (item: MirrorItem) =>
  item.reviewTrail?.atSave ?? OLD_FINDINGS[(item as FeedbackItemRecord).id] ?? [];

describe('the mirror by week', () => {
  const weeks = () => {
    const tally = emptyMirror('week');
    // Two pages, as the repository hands them over.
    addToMirror(tally, ITEMS.slice(0, 2), findingsOf);
    addToMirror(tally, ITEMS.slice(2), findingsOf);
    return mirrorRows(tally);
  };

  it('puts the Sunday of the clock change in its own week and the Monday after in the next', () => {
    expect(weeks().map((row) => [row.period.key, row.items])).toEqual([
      ['2026-W43', 3],
      ['2026-W44', 2],
    ]);
  });

  it('counts parts by level and by question', () => {
    const [w43, w44] = weeks();
    // a: task, task, process; b: task, self; c: selfRegulation, process.
    expect(w43?.partsByLevel).toEqual({ task: 3, process: 2, selfRegulation: 1, self: 1 });
    expect(w43?.partsByQuestion).toEqual({ feedUp: 1, feedBack: 3, feedForward: 3 });
    expect(w44?.partsByLevel).toEqual({ task: 1, process: 1, selfRegulation: 0, self: 0 });
    expect(w44?.partsByQuestion).toEqual({ feedUp: 0, feedBack: 1, feedForward: 1 });
  });

  it('counts shares of items: feed-forward, person-level, criterion; and points per item', () => {
    const [w43, w44] = weeks();
    expect(w43?.feedForward).toEqual({ count: 2, of: 3 });
    expect(w43?.personPraise).toEqual({ count: 1, of: 3 });
    // a's criticism was fixed before saving: only what the saved text says counts.
    expect(w43?.personCriticism).toEqual({ count: 0, of: 3 });
    expect(w43?.criterion).toEqual({ count: 1, of: 3 });
    // 1 + 0 + 2 feed-forward parts over 3 items.
    expect(w43?.pointsPerItem).toBe(1);
    expect(w44?.personCriticism).toEqual({ count: 1, of: 2 });
    expect(w44?.pointsPerItem).toBe(0.5);
  });

  it('lists the rules flagged on drafts, most often first, and how many were fixed before saving', () => {
    const [w43, w44] = weeks();
    expect(w43?.reviewed).toBe(3);
    expect(w43?.rules).toEqual([
      { rule: 'person-criticism', flagged: 2, fixed: 2 },
      { rule: 'no-criterion', flagged: 1, fixed: 1 },
      { rule: 'no-feed-forward', flagged: 1, fixed: 0 },
      { rule: 'no-positive', flagged: 1, fixed: 0 },
      { rule: 'person-praise', flagged: 1, fixed: 0 },
    ]);
    // 6 flags in all (2 + 2 + 2), of which 3 were gone at save (a's two, c's criticism).
    expect(w43?.fixedBeforeSaving).toEqual({ count: 3, of: 6 });
    expect(w44?.reviewed).toBe(0);
    expect(w44?.fixedBeforeSaving).toEqual({ count: 0, of: 0 });
  });
});

describe('the mirror by month', () => {
  it('puts the items of the clock-change week in October and 1 November in November', () => {
    const tally = emptyMirror('month');
    addToMirror(tally, ITEMS, findingsOf);
    const rows = mirrorRows(tally);
    expect(rows.map((row) => [row.period.key, row.items])).toEqual([
      ['2026-10', 4],
      ['2026-11', 1],
    ]);
    expect(rows[0]?.feedForward).toEqual({ count: 3, of: 4 });
  });

  it('splits the months at the school-year boundary by local time', () => {
    const tally = emptyMirror('month');
    const lastOfJuly = new Date(2026, 6, 31, 23, 30).getTime();
    const firstOfAugust = new Date(2026, 7, 1, 0, 30).getTime();
    addToMirror(
      tally,
      [feedbackItemRecord('july', {}, lastOfJuly), feedbackItemRecord('august', {}, firstOfAugust)],
      () => [],
    );
    expect(mirrorRows(tally).map((row) => [row.period.key, row.items])).toEqual([
      ['2026-07', 1],
      ['2026-08', 1],
    ]);
  });
});

describe('what the mirror leaves out, and uptake', () => {
  it('counts only the teacher’s saved items, and their uptake as the panel does', () => {
    const at = local(10, 19);
    const tally = emptyMirror('month');
    addToMirror(
      tally,
      [
        feedbackItemRecord('saved', {}, at),
        {
          ...feedbackItemRecord('acted', {}, at),
          outcome: { kind: 'actedOn', at: at + 2 * 86_400_000 },
        },
        {
          ...feedbackItemRecord('partly', {}, at),
          outcome: { kind: 'partly', at: at + 4 * 86_400_000 },
        },
        feedbackItemRecord('draft', { status: 'draft' }, at),
        feedbackItemRecord('peer', { source: 'peer' }, at),
      ],
      () => [],
    );
    const [october] = mirrorRows(tally);
    expect(october?.items).toBe(3);
    expect(october?.uptake).toMatchObject({
      feedForwards: 3,
      withOutcome: 2,
      actedOn: 1,
      partly: 1,
      share: 0.75,
      medianDaysToOutcome: 3,
    });
  });
});
