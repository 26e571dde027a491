import { describe, expect, it } from 'vitest';
import { studentIdFromHash, studentViewHash } from '../../../../components/students/student-link';
import { searchStudents } from '../../../../components/students/student-search';

const CLASS = ['Maja Lind', 'Åsa Östlund', 'Omar Haddad', 'Liam Majewski'].map((name) => ({
  name,
}));
const names = (query: string) => searchStudents(CLASS, query).map(({ name }) => name);

describe('finding a learner by typing', () => {
  it('lists everyone for an empty query, in the order given', () => {
    expect(names('  ')).toEqual(CLASS.map(({ name }) => name));
  });

  it('matches every typed word anywhere in the name, in any order and case', () => {
    expect(names('maj')).toEqual(['Maja Lind', 'Liam Majewski']);
    expect(names('li MA')).toEqual(['Maja Lind', 'Liam Majewski']);
    expect(names('lind maja')).toEqual(['Maja Lind']);
    expect(names('zed')).toEqual([]);
  });

  it('finds names with å, ä, ö typed without them', () => {
    expect(names('asa ostl')).toEqual(['Åsa Östlund']);
  });
});

describe('the dashboard address of a student view', () => {
  it('goes there and back, also for ids that need escaping', () => {
    expect(studentIdFromHash(studentViewHash('3f2a-9c'))).toBe('3f2a-9c');
    expect(studentIdFromHash(studentViewHash('a b#c'))).toBe('a b#c');
  });

  it('is not a student view for other fragments or a broken escape', () => {
    expect(studentIdFromHash('#storage')).toBeUndefined();
    expect(studentIdFromHash('')).toBeUndefined();
    expect(studentIdFromHash(undefined)).toBeUndefined();
    expect(studentIdFromHash('#student=%E0%A4%A')).toBeUndefined();
  });
});
