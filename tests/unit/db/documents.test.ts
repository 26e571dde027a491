import { afterEach, describe, expect, it, vi } from 'vitest';
import { openRepositories } from '../../../utils/db/index';
import { clockAt, freshRepositories, identity, uniqueDatabaseName } from './fresh';

afterEach(() => {
  vi.useRealTimers();
});

describe('documents.ensure (the document the panel is opened on)', () => {
  it('creates the document the first time and returns the same one afterwards', async () => {
    const repos = freshRepositories();
    const first = await repos.documents.ensure(identity('gdoc:abc'));
    const again = await repos.documents.ensure(identity('gdoc:abc'));
    expect(again.id).toBe(first.id);
    expect(await repos.documents.count()).toBe(1);
    expect(await repos.documents.findByKey('gdoc:abc')).toEqual(first);
  });

  it('keeps different documents apart', async () => {
    const repos = freshRepositories();
    const a = await repos.documents.ensure(identity('gdoc:aaa'));
    const b = await repos.documents.ensure(identity('gdoc:bbb'));
    expect(a.id).not.toBe(b.id);
    expect(await repos.documents.count()).toBe(2);
  });

  it('keeps the title and address current when the student renames the document', async () => {
    clockAt(1_000);
    const repos = freshRepositories();
    const first = await repos.documents.ensure(
      identity('gdoc:abc', 'Draft', 'https://docs.google.com/a'),
    );
    vi.setSystemTime(5_000);
    const renamed = await repos.documents.ensure(
      identity('gdoc:abc', 'Final essay', 'https://docs.google.com/b'),
    );
    expect(renamed).toMatchObject({
      id: first.id,
      title: 'Final essay',
      url: 'https://docs.google.com/b',
    });
    expect(renamed.createdAt).toBe(1_000);
    expect(renamed.updatedAt).toBe(5_000);
    expect(await repos.documents.get(first.id)).toEqual(renamed);
  });

  it('does not touch the stored document when nothing changed', async () => {
    clockAt(1_000);
    const repos = freshRepositories();
    await repos.documents.ensure(identity('gdoc:abc'));
    vi.setSystemTime(9_000);
    expect((await repos.documents.ensure(identity('gdoc:abc'))).updatedAt).toBe(1_000);
  });

  it('keeps the student and assignment a document was attached to when its title changes', async () => {
    const repos = freshRepositories();
    const document = await repos.documents.ensure(identity('gdoc:abc'));
    await repos.documents.put({ ...document, studentId: 'student-1', assignmentId: 'task-1' });
    const renamed = await repos.documents.ensure(identity('gdoc:abc', 'New title'));
    expect(renamed).toMatchObject({ studentId: 'student-1', assignmentId: 'task-1' });
  });

  it('creates one document when two tabs open the same document at the same moment', async () => {
    const name = uniqueDatabaseName();
    const tabA = openRepositories(name);
    const tabB = openRepositories(name);
    const [a, b] = await Promise.all([
      tabA.documents.ensure(identity('gdoc:same')),
      tabB.documents.ensure(identity('gdoc:same')),
    ]);
    expect(a.id).toBe(b.id);
    expect(await tabA.documents.count()).toBe(1);
  });
});

describe('separate databases', () => {
  it('share data between pages that open the same database', async () => {
    const name = uniqueDatabaseName();
    const created = await openRepositories(name).documents.ensure(identity('gdoc:shared'));
    expect(await openRepositories(name).documents.get(created.id)).toEqual(created);
  });

  it('do not see each other’s data', async () => {
    await freshRepositories().documents.ensure(identity('gdoc:private'));
    expect(await freshRepositories().documents.findByKey('gdoc:private')).toBeUndefined();
  });
});
