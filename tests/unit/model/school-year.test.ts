import { describe, expect, it } from 'vitest';
import { schoolYearOf } from '../../../utils/model/school-year';

describe('schoolYearOf', () => {
  it('starts a new school year in August', () => {
    expect(schoolYearOf(new Date(2026, 6, 31, 23, 59).getTime())).toBe('2025/26');
    expect(schoolYearOf(new Date(2026, 7, 1, 0, 0).getTime())).toBe('2026/27');
  });

  it('writes the turn of the century with two digits', () => {
    expect(schoolYearOf(new Date(2099, 9, 1).getTime())).toBe('2099/00');
  });
});
