import { describe, expect, it } from 'vitest';
import { mentionsName } from '../../../utils/db/cleanup-plan';
import { TABLE_NAMES } from '../../../utils/db/index';
import { freshRepositories } from './fresh';
import { everyRecordAsText, seedSchool, storedVisits } from './school-data';

describe('erasing one learner', () => {
  it('leaves no record of them in any table, and says what was removed', async () => {
    const repos = freshRepositories();
    await seedSchool(repos);
    const preview = await repos.cleanUp.preview({ kind: 'student', studentId: 'anna' });
    const summary = await repos.cleanUp.remove({ kind: 'student', studentId: 'anna' });

    expect(summary).toEqual(preview);
    expect(summary.removed).toEqual({
      groups: 0,
      students: 1,
      assignments: 0,
      documents: 1,
      feedback: 2,
      templates: 1,
      activity: 2,
      visits: 0,
      settings: 0,
    });
    expect(summary.settingsChanged).toBe(2);
    expect(summary.bytes).toBeGreaterThan(500);

    const left = await everyRecordAsText(repos);
    for (const table of TABLE_NAMES) expect(left[table]).not.toMatch(/anna/i);
    // Ben, his class and the teacher's other templates and searches are untouched.
    expect(await repos.students.get('ben')).toBeDefined();
    expect(await repos.feedback.get('fb-ben-1')).toBeDefined();
    expect(await repos.groups.get('g7a')).toBeDefined();
    expect(await repos.templates.get('plain')).toBeDefined();
    expect(await repos.missedSearches.list()).toHaveLength(1);
    expect(await repos.handoffs.pendingFocus()).toBeNull();
  });

  it('changes nothing when previewing', async () => {
    const repos = freshRepositories();
    await seedSchool(repos);
    const before = await everyRecordAsText(repos);
    await repos.cleanUp.preview({ kind: 'student', studentId: 'anna' });
    expect(await everyRecordAsText(repos)).toEqual(before);
  });
});

describe('cleaning up old data', () => {
  it('removes a class with its learners, assignments and their work', async () => {
    const repos = freshRepositories();
    await seedSchool(repos);
    const summary = await repos.cleanUp.remove({ kind: 'group', groupId: 'g7a' });
    expect(summary.removed).toMatchObject({
      groups: 1,
      students: 2,
      assignments: 1,
      documents: 2,
      feedback: 4,
      activity: 3,
    });
    expect((await repos.students.all()).map((student) => student.id)).toEqual(['cleo']);
    expect((await repos.feedback.all()).every((item) => item.studentId === 'cleo')).toBe(true);
  });

  it('removes a school year but keeps the documents and feedback of later years', async () => {
    const repos = freshRepositories();
    await seedSchool(repos);
    // Anna's essay from last year got feedback this year too: it stays, with that feedback.
    const lastYear = await repos.feedback.get('fb-anna-1');
    if (!lastYear) throw new Error('seeded feedback missing');
    await repos.feedback.put({
      ...lastYear,
      id: 'fb-anna-now',
      createdAt: Date.UTC(2025, 8, 1),
    });
    const preview = await repos.cleanUp.preview({ kind: 'schoolYear', schoolYear: '2024/25' });
    const summary = await repos.cleanUp.remove({ kind: 'schoolYear', schoolYear: '2024/25' });
    expect(summary).toEqual(preview);
    expect(await repos.groups.get('g7a')).toBeUndefined();
    expect(await repos.groups.get('g8b')).toBeDefined();
    expect((await storedVisits(repos)).map((visit) => visit.id)).toEqual(['visit-new']);
    expect((await repos.feedback.all()).map((item) => item.studentId).sort()).toEqual([
      'cleo',
      'cleo',
    ]);
  });

  it('previews nothing for a school year without data', async () => {
    const repos = freshRepositories();
    await seedSchool(repos);
    const summary = await repos.cleanUp.preview({ kind: 'schoolYear', schoolYear: '2019/20' });
    expect(Object.values(summary.removed).every((count) => count === 0)).toBe(true);
    expect(summary.bytes).toBe(0);
  });
});

describe('deleting all data', () => {
  it('empties every table but keeps the shipped templates, without the teacher’s marks', async () => {
    const repos = freshRepositories();
    await seedSchool(repos);
    const preview = await repos.cleanUp.previewAll();
    expect(await repos.students.count()).toBe(3);
    const summary = await repos.cleanUp.eraseAll();
    expect(summary).toEqual(preview);
    expect(summary.removed).toMatchObject({ students: 3, feedback: 6, templates: 2, visits: 1 });
    expect(summary.removed.settings).toBe(2);
    const summaryNow = await repos.usage.measure();
    for (const table of TABLE_NAMES) {
      expect(summaryNow.tables[table].records).toBe(table === 'templates' ? 1 : 0);
    }
    const [builtIn] = await repos.templates.all();
    expect(await repos.templates.count()).toBe(1);
    expect(builtIn).toMatchObject({ id: 'builtin', useCount: 0, favourite: false });
    expect(await repos.missedSearches.list()).toEqual([]);
  });
});

describe('mentionsName', () => {
  it('finds the name as a whole word in any case, not inside other words', () => {
    expect(mentionsName('Well done, ANNA!', 'Anna')).toBe(true);
    expect(mentionsName('Hanna wrote this', 'Anna')).toBe(false);
    expect(mentionsName('Åsa läser', 'åsa')).toBe(true);
    expect(mentionsName('a b c', 'a')).toBe(false);
  });
});
