import { afterEach, describe, expect, it, vi } from 'vitest';
import { feedbackItemRecord } from '../builders';
import { clockAt, freshRepositories, studentDocument } from './fresh';

afterEach(() => {
  vi.useRealTimers();
});

const PARTS = [{ question: 'feedForward' as const, level: 'process' as const, text: 'Next.' }];

describe('the review’s trail on a saved item', () => {
  it('is stored with a new item, and an edit adds to what was flagged before', async () => {
    const { repos, document } = await studentDocument();
    const saved = await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: PARTS,
      reviewTrail: { flagged: ['person-criticism', 'no-positive'], atSave: ['no-positive'] },
    });
    expect((await repos.feedback.get(saved.id))?.reviewTrail).toEqual({
      flagged: ['person-criticism', 'no-positive'],
      atSave: ['no-positive'],
    });
    await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: PARTS,
      draftOf: saved.id,
      draftOfRevision: 1,
      reviewTrail: { flagged: ['no-positive', 'sweeping'], atSave: [] },
    });
    expect((await repos.feedback.get(saved.id))?.reviewTrail).toEqual({
      flagged: ['no-positive', 'person-criticism', 'sweeping'],
      atSave: [],
    });
  });
});

describe('reading a period’s feedback page by page', () => {
  it('reads only the items written in the range, drafts left out, in pages of the size asked', async () => {
    const repos = freshRepositories();
    const at = (day: number) => Date.UTC(2026, 9, day, 12);
    for (const [id, day] of [
      ['before', 1],
      ['first', 5],
      ['second', 6],
      ['third', 7],
      ['after', 20],
    ] as const) {
      await repos.feedback.put(feedbackItemRecord(id, {}, at(day)));
    }
    await repos.feedback.put(feedbackItemRecord('draft', { status: 'draft' }, at(6)));
    const pages: string[][] = [];
    for await (const page of repos.feedback.pagesWrittenIn(
      { from: at(5), to: at(20) },
      { pageSize: 2 },
    )) {
      pages.push(page.map((item) => item.id));
    }
    // Two full pages (the draft takes a place in the second) and the rest.
    expect(pages.flat().sort()).toEqual(['first', 'second', 'third']);
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });

  it('reads every item once when more items than a page share one moment', async () => {
    const repos = freshRepositories();
    const at = Date.UTC(2026, 9, 5, 12);
    const ids = ['e', 'a', 'd', 'b', 'c'];
    for (const id of ids) await repos.feedback.put(feedbackItemRecord(id, {}, at));
    await repos.feedback.put(feedbackItemRecord('later', {}, at + 1));
    const pages: string[][] = [];
    for await (const page of repos.feedback.pagesWrittenIn(
      { from: at, to: at + 2 },
      { pageSize: 2 },
    )) {
      pages.push(page.map((item) => item.id));
    }
    expect(pages).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'later'],
    ]);
  });

  it('reads one class’s learners from their own index', async () => {
    const repos = freshRepositories();
    clockAt(Date.UTC(2026, 9, 5));
    const inClass = await studentDocument(repos, 'gdoc:a', 'anna');
    const other = await studentDocument(repos, 'gdoc:b', 'bo');
    await repos.feedback.commit({ documentId: inClass.document.id, anchor: null, parts: PARTS });
    await repos.feedback.commit({ documentId: other.document.id, anchor: null, parts: PARTS });
    const read: string[] = [];
    for await (const page of repos.feedback.pagesWrittenIn(
      { from: Date.UTC(2026, 9, 1), to: Date.UTC(2026, 9, 31) },
      { studentIds: ['anna'] },
    )) {
      read.push(...page.map((item) => item.studentId ?? ''));
    }
    expect(read).toEqual(['anna']);
  });
});
