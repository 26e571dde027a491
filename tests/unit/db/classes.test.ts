import { describe, expect, it } from 'vitest';
import { freshRepositories } from './fresh';

describe('groups (classes)', () => {
  it('creates a class with its school year and finds it again', async () => {
    const { groups } = freshRepositories();
    const group = await groups.create('8B', '2026/27');
    expect(group).toMatchObject({ name: '8B', schoolYear: '2026/27' });
    expect(await groups.get(group.id)).toEqual(group);
  });

  it('gives every class its own id', async () => {
    const { groups } = freshRepositories();
    const a = await groups.create('8A');
    const b = await groups.create('8A');
    expect(a.id).not.toBe(b.id);
    expect(await groups.count()).toBe(2);
  });
});

describe('renaming a class and moving its students', () => {
  it('renames the class and keeps its students', async () => {
    const { groups, students } = freshRepositories();
    const group = await groups.create('8B');
    const maja = await students.create('Maja', group.id);
    await groups.rename(group.id, '9B');
    expect((await groups.get(group.id))?.name).toBe('9B');
    expect((await students.listByGroup(group.id)).map(({ id }) => id)).toEqual([maja.id]);
  });

  it('moves a learner to another class, and out of every class', async () => {
    const { groups, students } = freshRepositories();
    const eightB = await groups.create('8B');
    const nineA = await groups.create('9A');
    const maja = await students.create('Maja', eightB.id);
    await students.moveToGroup(maja.id, nineA.id);
    expect(await students.listByGroup(eightB.id)).toEqual([]);
    expect((await students.listByGroup(nineA.id)).map(({ name }) => name)).toEqual(['Maja']);
    await students.moveToGroup(maja.id, null);
    expect((await students.get(maja.id))?.groupId).toBeUndefined();
    expect(await students.listByGroup(nineA.id)).toEqual([]);
  });
});

describe('students', () => {
  it('lists the learners of one class by name', async () => {
    const { groups, students } = freshRepositories();
    const eightB = await groups.create('8B');
    const nineA = await groups.create('9A');
    await students.create('Olivia', eightB.id);
    await students.create('Ahmed', eightB.id);
    await students.create('Maja', nineA.id);
    await students.create('Liam');
    const listed = await students.listByGroup(eightB.id);
    expect(listed.map((student) => student.name)).toEqual(['Ahmed', 'Olivia']);
  });

  it('keeps a learner without a class', async () => {
    const { students } = freshRepositories();
    const liam = await students.create('Liam');
    expect((await students.get(liam.id))?.groupId).toBeUndefined();
  });
});

describe('assignments', () => {
  it('gives each success criterion its own id, in the order written', async () => {
    const { assignments } = freshRepositories();
    const created = await assignments.create({
      title: 'Argumentative essay',
      learningGoal: 'Argue for a position with sources',
      criteria: ['States a clear thesis', 'Uses two sources', 'Answers a counter-argument'],
    });
    expect(created.criteria.map((criterion) => criterion.text)).toEqual([
      'States a clear thesis',
      'Uses two sources',
      'Answers a counter-argument',
    ]);
    const ids = created.criteria.map((criterion) => criterion.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => id.length > 0)).toBe(true);
    expect(await assignments.get(created.id)).toEqual(created);
  });

  it('starts with an empty goal and no criteria when none are given', async () => {
    const { assignments } = freshRepositories();
    const created = await assignments.create({ title: 'Lab report' });
    expect(created).toMatchObject({ title: 'Lab report', learningGoal: '', criteria: [] });
  });
});
