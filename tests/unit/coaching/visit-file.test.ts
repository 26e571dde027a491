import { describe, expect, it } from 'vitest';
import {
  buildVisitFile,
  importedVisit,
  parseVisitFile,
  visitFileName,
} from '../../../utils/coaching/visit-file';
import { freshRepositories } from '../db/fresh';
import { VISIT_AT, visitRecord } from './visit-builders';

/** A coach's visit with every part filled in. */
const FULL_VISIT = visitRecord({
  focus: 'Who gets my attention',
  focusExamples: ['attention', 'girls-boys'],
  methods: ['notes', 'tables'],
  followUpAt: VISIT_AT + 86_400_000,
  observations: [{ id: 'o1', at: VISIT_AT + 60_000, kind: 'question', text: 'Why the back row?' }],
  tally: [{ id: 't1', label: 'Girls spoken to', count: 7 }],
  followUp: { 'own-reflection': 'I looked at the front' },
  coachReflection: 'Seven girls and nine boys were spoken to.',
});

/** Reads a file as the import does. */
function parse(text: string) {
  return parseVisitFile(text, text.length);
}

describe('the hand-over file', () => {
  it('brings the coach’s visit into the colleague’s database unchanged', async () => {
    const text = JSON.stringify(buildVisitFile(FULL_VISIT, new Date(VISIT_AT)));
    const parsed = parse(text);
    if (!parsed.ok) throw new Error(parsed.error.key);
    const colleague = freshRepositories();
    expect(await colleague.visits.receive(importedVisit(parsed.file, VISIT_AT + 5))).toBe('added');
    expect(await colleague.visits.get('visit-1')).toEqual({
      ...FULL_VISIT,
      receivedAt: VISIT_AT + 5,
    });
    // Importing the same visit again replaces the copy rather than adding a second.
    expect(await colleague.visits.receive(importedVisit(parsed.file, VISIT_AT + 6))).toBe(
      'replaced',
    );
    expect(await colleague.visits.all()).toHaveLength(1);
  });

  it('is named after the visited colleague and the meeting', () => {
    expect(visitFileName(visitRecord({ visitedColleague: 'Åsa Öberg', meetingNumber: 3 }))).toBe(
      'feedforward-visit-asa-oberg-3.json',
    );
  });

  it('refuses a broken file and says why', () => {
    const good = buildVisitFile(FULL_VISIT, new Date(VISIT_AT));
    expect(parse('{"format": "feedforward-visit", ').ok).toBe(false);
    expect(parse('{"format": "feedforward-visit", ')).toEqual({
      ok: false,
      error: { key: 'visitImportNotJson' },
    });
    expect(parse(JSON.stringify({ format: 'feedforward-templates', version: 1 }))).toEqual({
      ok: false,
      error: { key: 'visitImportNotOurs' },
    });
    expect(parse(JSON.stringify({ ...good, version: 2 }))).toEqual({
      ok: false,
      error: { key: 'visitImportNewer', params: { version: 2 } },
    });
    const damaged = {
      ...good,
      visit: { ...good.visit, tally: [{ id: 't1', label: 'x', count: -1 }] },
    };
    expect(parse(JSON.stringify(damaged))).toEqual({
      ok: false,
      error: { key: 'visitImportInvalid', params: { field: 'visit.tally[0].count' } },
    });
    const smuggled = { ...good, visit: { ...good.visit, html: '<img onerror=x>' } };
    expect(parse(JSON.stringify(smuggled)).ok).toBe(false);
    expect(parseVisitFile('{}', 6_000_000)).toMatchObject({
      error: { key: 'visitImportTooLarge' },
    });
  });
});

describe('a colleague’s visits in storage', () => {
  it('numbers a pair’s meetings on creation, whoever coaches', async () => {
    const repos = freshRepositories();
    const first = await repos.visits.create({
      school: 'X',
      at: 1,
      visitedColleague: 'Kim',
      coach: 'Sam',
    });
    const second = await repos.visits.create({
      school: 'X',
      at: 2,
      visitedColleague: 'Sam',
      coach: 'Kim',
    });
    const other = await repos.visits.create({
      school: 'X',
      at: 3,
      visitedColleague: 'Kim',
      coach: 'Alex',
    });
    expect([first.meetingNumber, second.meetingNumber, other.meetingNumber]).toEqual([1, 2, 1]);
  });

  it('are erased with the colleague they name, and nothing else', async () => {
    const repos = freshRepositories();
    await repos.visits.create({ school: 'X', at: 1, visitedColleague: 'Kim', coach: 'Sam' });
    await repos.visits.create({ school: 'X', at: 2, visitedColleague: 'alex', coach: 'kim' });
    await repos.visits.create({ school: 'X', at: 3, visitedColleague: 'Alex', coach: 'Sam' });
    const summary = await repos.cleanUp.remove({ kind: 'colleague', name: 'Kim' });
    expect(summary.removed.visits).toBe(2);
    expect((await repos.visits.all()).map((visit) => visit.visitedColleague)).toEqual(['Alex']);
  });
});
