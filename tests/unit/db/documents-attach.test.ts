import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeedbackPart, Repositories } from '../../../utils/db/index';
import { clockAt, freshRepositories, identity } from './fresh';

afterEach(() => {
  vi.useRealTimers();
});

const PARTS: Omit<FeedbackPart, 'id'>[] = [
  { question: 'feedForward', level: 'process', text: 'Next, explain why it ended.' },
];

/** A document with saved, inserted and draft feedback, as after a session of work on it. */
async function workedOnDocument(repos: Repositories, key = 'gdoc:essay') {
  const document = await repos.documents.ensure(identity(key));
  const saved = await repos.feedback.commit({
    documentId: document.id,
    anchor: null,
    parts: PARTS,
  });
  const other = await repos.feedback.commit({
    documentId: document.id,
    anchor: null,
    parts: PARTS,
  });
  const inserted = await repos.feedback.put({ ...other, status: 'inserted', insertedAt: 5 });
  const draft = await repos.feedback.putDraft({
    documentId: document.id,
    anchor: null,
    parts: PARTS,
  });
  // A learner's history lists saved and inserted work; the draft follows the student too.
  return { document, ids: [saved.id, inserted.id].sort(), draftId: draft.id };
}

const idsOf = (items: { id: string }[]) => items.map((item) => item.id).sort();

describe('documents.attach (whose work it is, which assignment it answers)', () => {
  it('links the document to a student and an assignment, and keeps the link', async () => {
    clockAt(1_000);
    const repos = freshRepositories();
    const document = await repos.documents.ensure(identity('gdoc:essay'));
    vi.setSystemTime(2_000);

    const attached = await repos.documents.attach(document.id, {
      studentId: 'anna',
      assignmentId: 'essay-1',
    });

    expect(attached).toMatchObject({
      id: document.id,
      key: 'gdoc:essay',
      studentId: 'anna',
      assignmentId: 'essay-1',
      createdAt: 1_000,
      updatedAt: 2_000,
    });
    expect(await repos.documents.get(document.id)).toEqual(attached);
  });

  it('lets the teacher’s earlier feedback on the document join the student’s history, and the draft follows the student', async () => {
    const repos = freshRepositories();
    const { document, ids } = await workedOnDocument(repos);
    expect(await repos.feedback.listForStudent('anna')).toEqual([]);

    await repos.documents.attach(document.id, { studentId: 'anna' });

    expect(idsOf(await repos.feedback.listForStudent('anna'))).toEqual(ids);
    expect((await repos.feedback.findDraft(document.id))?.studentId).toBe('anna');
  });

  it('moves the document’s feedback to the right student when the teacher corrects the link', async () => {
    const repos = freshRepositories();
    const { document, ids } = await workedOnDocument(repos);
    await repos.documents.attach(document.id, { studentId: 'anna' });

    await repos.documents.attach(document.id, { studentId: 'ben' });

    expect(await repos.feedback.listForStudent('anna')).toEqual([]);
    expect(idsOf(await repos.feedback.listForStudent('ben'))).toEqual(ids);
    expect((await repos.feedback.findDraft(document.id))?.studentId).toBe('ben');
    expect((await repos.documents.get(document.id))?.studentId).toBe('ben');
  });

  it('moves only this document’s feedback, not the student’s feedback on other documents', async () => {
    const repos = freshRepositories();
    const { document: essay, ids: essayIds } = await workedOnDocument(repos, 'gdoc:essay');
    const { document: report, ids: reportIds } = await workedOnDocument(repos, 'gdoc:report');
    await repos.documents.attach(essay.id, { studentId: 'anna' });
    await repos.documents.attach(report.id, { studentId: 'anna' });

    await repos.documents.attach(essay.id, { studentId: 'ben' });

    expect(idsOf(await repos.feedback.listForStudent('anna'))).toEqual(reportIds);
    expect(idsOf(await repos.feedback.listForStudent('ben'))).toEqual(essayIds);
  });

  it('gives feedback written after the link the linked student', async () => {
    const repos = freshRepositories();
    const document = await repos.documents.ensure(identity('gdoc:essay'));
    await repos.documents.attach(document.id, { studentId: 'anna' });
    const item = await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: PARTS,
    });
    expect(item.studentId).toBe('anna');
    expect(idsOf(await repos.feedback.listForStudent('anna'))).toEqual([item.id]);
  });

  it('leaves the student alone when only the assignment is given', async () => {
    const repos = freshRepositories();
    const { document, ids } = await workedOnDocument(repos);
    await repos.documents.attach(document.id, { studentId: 'anna', assignmentId: 'essay-1' });

    const attached = await repos.documents.attach(document.id, { assignmentId: 'essay-2' });

    expect(attached).toMatchObject({ studentId: 'anna', assignmentId: 'essay-2' });
    expect(await repos.documents.get(document.id)).toMatchObject({
      studentId: 'anna',
      assignmentId: 'essay-2',
    });
    expect(idsOf(await repos.feedback.listForStudent('anna'))).toEqual(ids);
  });

  it('leaves the assignment alone when only the student is given', async () => {
    const repos = freshRepositories();
    const document = await repos.documents.ensure(identity('gdoc:essay'));
    await repos.documents.attach(document.id, { studentId: 'anna', assignmentId: 'essay-1' });

    await repos.documents.attach(document.id, { studentId: 'ben' });

    expect(await repos.documents.get(document.id)).toMatchObject({
      studentId: 'ben',
      assignmentId: 'essay-1',
    });
  });

  it('removes the student link on null, taking the feedback out of that student’s history', async () => {
    const repos = freshRepositories();
    const { document } = await workedOnDocument(repos);
    await repos.documents.attach(document.id, { studentId: 'anna', assignmentId: 'essay-1' });

    const detached = await repos.documents.attach(document.id, { studentId: null });

    expect(detached.studentId).toBeUndefined();
    expect(detached.assignmentId).toBe('essay-1');
    const stored = await repos.documents.get(document.id);
    expect(stored?.studentId).toBeUndefined();
    expect(stored?.assignmentId).toBe('essay-1');
    expect(await repos.feedback.listForStudent('anna')).toEqual([]);
    const items = (await repos.feedback.all()).filter((item) => item.documentId === document.id);
    expect(items).toHaveLength(3);
    expect(items.every((item) => item.studentId === undefined)).toBe(true);
  });

  it('removes the assignment link on null, keeping the student', async () => {
    const repos = freshRepositories();
    const document = await repos.documents.ensure(identity('gdoc:essay'));
    await repos.documents.attach(document.id, { studentId: 'anna', assignmentId: 'essay-1' });

    await repos.documents.attach(document.id, { assignmentId: null });

    const stored = await repos.documents.get(document.id);
    expect(stored?.assignmentId).toBeUndefined();
    expect(stored?.studentId).toBe('anna');
  });

  it('refuses an unknown document and creates nothing', async () => {
    const repos = freshRepositories();
    await expect(
      repos.documents.attach('no-such-document', { studentId: 'anna' }),
    ).rejects.toThrow();
    expect(await repos.documents.count()).toBe(0);
    expect(await repos.documents.get('no-such-document')).toBeUndefined();
  });
});
