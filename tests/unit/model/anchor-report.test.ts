import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MAX_LONG_TEXT } from '../../../utils/model/fields';
import { AnchorReportSchema, foundReport, sameReports } from '../../../utils/model/page';

describe('a found passage’s report', () => {
  it('carries the text the passage covers now, and is a valid report', () => {
    const report = foundReport('a', 'sea levels');
    expect(report).toEqual({ id: 'a', status: 'anchored', text: 'sea levels' });
    expect(v.is(AnchorReportSchema, report)).toBe(true);
  });

  it('leaves out a text too long to send rather than cutting it short', () => {
    const report = foundReport('a', 'x'.repeat(MAX_LONG_TEXT + 1));
    expect(report).toEqual({ id: 'a', status: 'anchored' });
    expect(v.is(AnchorReportSchema, report)).toBe(true);
  });
});

describe('sameReports', () => {
  it('counts a found passage’s changed text as a change, so the panel hears of the edit', () => {
    const before = [foundReport('a', 'sea levels')];
    expect(sameReports(before, [foundReport('a', 'sea levels')])).toBe(true);
    expect(sameReports(before, [foundReport('a', 'sea lewels')])).toBe(false);
    expect(sameReports(before, [{ id: 'a', status: 'orphaned' }])).toBe(false);
  });
});
