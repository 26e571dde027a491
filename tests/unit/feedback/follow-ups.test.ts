import { describe, expect, it } from 'vitest';
import { followUpDoneAt, followUpState, groupFollowUps } from '../../../utils/feedback/follow-ups';
import { formatDay } from '../../../utils/i18n/index';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date(2026, 11, 4, 12).getTime();

describe('where a follow-up stands', () => {
  it('is none without a date, done once followed up, due from its date, upcoming before', () => {
    expect(followUpState({}, NOW)).toBe('none');
    expect(followUpState({ followUpAt: NOW - DAY, followedUpAt: NOW - 1 }, NOW)).toBe('done');
    expect(followUpState({ followUpAt: NOW + DAY, followedUpAt: NOW - 1 }, NOW)).toBe('done');
    expect(followUpState({ followUpAt: NOW - DAY }, NOW)).toBe('due');
    expect(followUpState({ followUpAt: NOW }, NOW)).toBe('due');
    expect(followUpState({ followUpAt: NOW + 1 }, NOW)).toBe('upcoming');
  });
});

describe('a follow-up resolved by an outcome', () => {
  const outcome = (at: number) => ({ kind: 'actedOn' as const, at });

  it('is done once an outcome is recorded on or after its date, and done then', () => {
    const item = { followUpAt: NOW - DAY, outcome: outcome(NOW - 1) };
    expect(followUpState(item, NOW)).toBe('done');
    expect(followUpDoneAt(item)).toBe(NOW - 1);
    expect(followUpDoneAt({ followUpAt: NOW, outcome: outcome(NOW) })).toBe(NOW);
  });

  it('is still open when the outcome came before the date (a later follow-up was set)', () => {
    const item = { followUpAt: NOW - DAY, outcome: outcome(NOW - 2 * DAY) };
    expect(followUpState(item, NOW)).toBe('due');
    expect(followUpDoneAt(item)).toBeUndefined();
  });

  it('keeps the day it was marked followed up over a later outcome', () => {
    const item = { followUpAt: NOW - DAY, followedUpAt: NOW - 2, outcome: outcome(NOW - 1) };
    expect(followUpDoneAt(item)).toBe(NOW - 2);
  });
});

describe('grouping follow-ups', () => {
  it('splits open follow-ups into due and upcoming, each soonest first, leaving out the rest', () => {
    const entries = [
      { name: 'next week', item: { followUpAt: NOW + 7 * DAY } },
      { name: 'yesterday', item: { followUpAt: NOW - DAY } },
      { name: 'tomorrow', item: { followUpAt: NOW + DAY } },
      { name: 'last week', item: { followUpAt: NOW - 7 * DAY } },
      { name: 'done', item: { followUpAt: NOW - 2 * DAY, followedUpAt: NOW - DAY } },
      {
        name: 'outcome recorded',
        item: { followUpAt: NOW - 2 * DAY, outcome: { kind: 'partly' as const, at: NOW - DAY } },
      },
      { name: 'no date', item: {} },
    ];
    const groups = groupFollowUps(entries, NOW, (entry) => entry.item);
    expect(groups.due.map((entry) => entry.name)).toEqual(['last week', 'yesterday']);
    expect(groups.upcoming.map((entry) => entry.name)).toEqual(['tomorrow', 'next week']);
  });

  it('leaves the given list as it was', () => {
    const entries = [{ followUpAt: NOW + DAY }, { followUpAt: NOW - DAY }];
    const copy = [...entries];
    groupFollowUps(entries, NOW, (entry) => entry);
    expect(entries).toEqual(copy);
  });
});

describe('a follow-up day in short', () => {
  it('is day and month in the interface language, with the year only when it is another', () => {
    const at = new Date(2026, 11, 11, 8).getTime();
    expect(formatDay(at, 'en', NOW)).toBe('11 Dec');
    expect(formatDay(at, 'sv', NOW)).toBe('11 dec.');
    expect(formatDay(at, 'nb', NOW)).toBe('11. des.');
    expect(formatDay(new Date(2027, 0, 8, 8).getTime(), 'en', NOW)).toBe('8 Jan 2027');
  });
});
