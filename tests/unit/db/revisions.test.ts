import { describe, expect, it } from 'vitest';
import { StaleRevisionError } from '../../../utils/model/revision';
import { freshRepositories, studentDocument } from './fresh';

const parts = (text: string) => [{ question: 'feedBack' as const, level: 'task' as const, text }];

describe('saving an edit of a feedback item that another tab saved first', () => {
  it('gives a new item revision 1 and each saved edit one more', async () => {
    const { repos, document } = await studentDocument();
    const saved = await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: parts('First.'),
    });
    expect(saved.revision).toBe(1);
    const edited = await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: parts('Second.'),
      draftOf: saved.id,
      draftOfRevision: 1,
    });
    expect(edited).toMatchObject({ id: saved.id, revision: 2 });
  });

  it('refuses an edit made from an older revision, with the stored item, and changes nothing', async () => {
    const { repos, document } = await studentDocument();
    const saved = await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: parts('First.'),
    });
    const inTabA = { documentId: document.id, anchor: null, draftOf: saved.id, draftOfRevision: 1 };
    const byA = await repos.feedback.commit({ ...inTabA, parts: parts('Tab A.') });

    const inTabC = repos.feedback.commit({
      ...inTabA,
      composerId: 'tab-c',
      parts: parts('Tab C.'),
    });

    await expect(inTabC).rejects.toBeInstanceOf(StaleRevisionError);
    await expect(inTabC).rejects.toMatchObject({ current: byA });
    expect(await repos.feedback.get(saved.id)).toEqual(byA);
  });

  it('refuses an edit of an item deleted meanwhile instead of filing it as new', async () => {
    const { repos, document } = await studentDocument();
    const saved = await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: parts('First.'),
    });
    await repos.feedback.remove(saved.id);

    const late = repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: parts('Too late.'),
      draftOf: saved.id,
      draftOfRevision: 1,
    });

    await expect(late).rejects.toMatchObject({ current: undefined });
    expect(await repos.feedback.listForDocument(document.id)).toEqual([]);
  });
});

describe('saving an assignment’s goal and criteria edited in two places', () => {
  it('saves from the stored revision and refuses from an older one', async () => {
    const repos = freshRepositories();
    const made = await repos.assignments.create({ title: 'Essay', learningGoal: 'Argue.' });
    expect(made.revision).toBe(1);
    const first = await repos.assignments.saveEdit(
      { ...made, learningGoal: 'Argue with sources.' },
      1,
    );
    expect(first.revision).toBe(2);

    const stale = repos.assignments.saveEdit({ ...made, learningGoal: 'Argue well.' }, 1);

    await expect(stale).rejects.toMatchObject({ current: first });
    expect((await repos.assignments.get(made.id))?.learningGoal).toBe('Argue with sources.');
  });
});
