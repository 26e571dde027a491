import { describe, expect, it } from 'vitest';
import { nextMeetingNumber, pairKey, rememberedNames } from '../../../utils/coaching/pairs';
import { visitRecord } from './visit-builders';

describe('meeting numbers per pair', () => {
  it('starts a new pair at meeting 1', () => {
    expect(nextMeetingNumber([], 'Kim', 'Sam')).toBe(1);
  });

  it('counts both roles as the same pair: the colleagues coach each other in turns', () => {
    const visits = [
      visitRecord({ id: 'a', meetingNumber: 1, visitedColleague: 'Kim', coach: 'Sam' }),
      visitRecord({ id: 'b', meetingNumber: 2, visitedColleague: 'Sam', coach: 'Kim' }),
    ];
    expect(nextMeetingNumber(visits, 'Kim', 'Sam')).toBe(3);
    expect(nextMeetingNumber(visits, 'Sam', 'Kim')).toBe(3);
    expect(pairKey('Kim', 'Sam')).toBe(pairKey('Sam', 'Kim'));
  });

  it('keeps other pairs apart and matches names as they are typed again', () => {
    const visits = [
      visitRecord({ id: 'a', meetingNumber: 4, visitedColleague: 'Kim', coach: 'Sam' }),
      visitRecord({ id: 'b', meetingNumber: 1, visitedColleague: 'Kim', coach: 'Alex' }),
    ];
    expect(nextMeetingNumber(visits, ' kim ', 'SAM')).toBe(5);
    expect(nextMeetingNumber(visits, 'Alex', 'Kim')).toBe(2);
    expect(nextMeetingNumber(visits, 'Alex', 'Sam')).toBe(1);
  });

  it('follows the highest number, so a deleted visit never makes two meetings share one', () => {
    const visits = [visitRecord({ id: 'c', meetingNumber: 3 })];
    expect(nextMeetingNumber(visits, 'Kim', 'Sam')).toBe(4);
  });
});

describe('remembered names', () => {
  it('offers each colleague and school once, as first written, alphabetically', () => {
    const visits = [
      visitRecord({ id: 'a', visitedColleague: 'Kim', coach: 'Sam', createdAt: 1 }),
      visitRecord({
        id: 'b',
        visitedColleague: 'sam',
        coach: 'Alex',
        school: 'centralskolan',
        createdAt: 2,
      }),
    ];
    expect(rememberedNames(visits)).toEqual({
      colleagues: ['Alex', 'Kim', 'Sam'],
      schools: ['Centralskolan'],
    });
  });
});
