import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeedbackPart, Repositories } from '../../../utils/db/index';
import type { Anchor } from '../../../utils/model/anchor';
import { ANCHOR, clockAt, freshRepositories, studentDocument } from './fresh';

afterEach(() => {
  vi.useRealTimers();
});

const OTHER_ANCHOR: Anchor = {
  quote: {
    type: 'TextQuoteSelector',
    exact: 'the treaty',
    prefix: 'After ',
    suffix: ' was signed',
  },
  position: { type: 'TextPositionSelector', start: 40, end: 50 },
};

const FIRST_TRY: Omit<FeedbackPart, 'id'>[] = [
  { question: 'feedBack', level: 'task', text: 'Your dates are correct.' },
];

const SECOND_TRY: Omit<FeedbackPart, 'id'>[] = [
  { question: 'feedBack', level: 'task', text: 'Your dates are correct and well placed.' },
  { question: 'feedForward', level: 'process', text: 'Next, explain why it ended.' },
];

/** A saved item (FIRST_TRY on ANCHOR) and a draft (SECOND_TRY) that edits it. */
async function savedWithEditDraft(repos: Repositories, documentId: string) {
  const saved = await repos.feedback.commit({ documentId, anchor: ANCHOR, parts: FIRST_TRY });
  await repos.feedback.putDraft({
    documentId,
    anchor: ANCHOR,
    parts: SECOND_TRY,
    draftOf: saved.id,
  });
  return saved;
}

/** Every stored record of one document, drafts included. */
async function storedFor(repos: Repositories, documentId: string) {
  return (await repos.feedback.all()).filter((item) => item.documentId === documentId);
}

const texts = (parts: readonly { text: string }[]) => parts.map((part) => part.text);

describe('feedback drafts (the composer’s unsaved work)', () => {
  it('finds no draft on a document the teacher has not started on', async () => {
    const { repos, document } = await studentDocument();
    expect(await repos.feedback.findDraft(document.id)).toBeUndefined();
  });

  it('keeps what the teacher typed as a draft of the document, with the document’s student', async () => {
    const { repos, document } = await studentDocument();
    await repos.feedback.putDraft({ documentId: document.id, anchor: ANCHOR, parts: SECOND_TRY });
    const draft = await repos.feedback.findDraft(document.id);
    expect(draft).toMatchObject({
      documentId: document.id,
      studentId: 'anna',
      anchor: ANCHOR,
      status: 'draft',
    });
    expect(texts(draft?.parts ?? [])).toEqual([
      'Your dates are correct and well placed.',
      'Next, explain why it ended.',
    ]);
  });

  it('keeps one draft per document: each put replaces the last, and the start time stays', async () => {
    const { repos, document } = await studentDocument();
    clockAt(1_000);
    const first = await repos.feedback.putDraft({
      documentId: document.id,
      anchor: ANCHOR,
      parts: FIRST_TRY,
    });
    clockAt(5_000);
    await repos.feedback.putDraft({
      documentId: document.id,
      anchor: OTHER_ANCHOR,
      parts: SECOND_TRY,
    });

    const stored = await storedFor(repos, document.id);
    expect(stored).toHaveLength(1);
    const draft = await repos.feedback.findDraft(document.id);
    expect(draft?.id).toBe(first.id);
    expect(draft?.anchor).toEqual(OTHER_ANCHOR);
    expect(texts(draft?.parts ?? [])).toEqual(texts(SECOND_TRY));
    expect(draft?.createdAt).toBe(1_000);
    expect(draft?.updatedAt).toBe(5_000);
  });

  it('remembers which saved item a draft edits', async () => {
    const { repos, document } = await studentDocument();
    const saved = await savedWithEditDraft(repos, document.id);
    expect((await repos.feedback.findDraft(document.id))?.draftOf).toBe(saved.id);
  });

  it('keeps the drafts of two documents apart', async () => {
    const repos = freshRepositories();
    const { document: essay } = await studentDocument(repos, 'gdoc:essay', 'anna');
    const { document: report } = await studentDocument(repos, 'gdoc:report', 'ben');
    await repos.feedback.putDraft({ documentId: essay.id, anchor: ANCHOR, parts: FIRST_TRY });
    await repos.feedback.putDraft({ documentId: report.id, anchor: null, parts: SECOND_TRY });

    const essayDraft = await repos.feedback.findDraft(essay.id);
    const reportDraft = await repos.feedback.findDraft(report.id);
    expect(essayDraft?.id).not.toBe(reportDraft?.id);
    expect(texts(essayDraft?.parts ?? [])).toEqual(['Your dates are correct.']);
    expect(reportDraft).toMatchObject({ studentId: 'ben', anchor: null });
  });

  it('never lists the draft among the document’s feedback', async () => {
    const { repos, document } = await studentDocument();
    const saved = await repos.feedback.commit({
      documentId: document.id,
      anchor: ANCHOR,
      parts: FIRST_TRY,
    });
    await repos.feedback.putDraft({ documentId: document.id, anchor: null, parts: SECOND_TRY });
    const listed = await repos.feedback.listForDocument(document.id);
    expect(listed.map((item) => item.id)).toEqual([saved.id]);
  });

  it('discards only this document’s draft, keeping its saved feedback and other drafts', async () => {
    const repos = freshRepositories();
    const { document: essay } = await studentDocument(repos, 'gdoc:essay');
    const { document: report } = await studentDocument(repos, 'gdoc:report');
    const saved = await repos.feedback.commit({
      documentId: essay.id,
      anchor: ANCHOR,
      parts: FIRST_TRY,
    });
    await repos.feedback.putDraft({ documentId: essay.id, anchor: null, parts: SECOND_TRY });
    await repos.feedback.putDraft({ documentId: report.id, anchor: null, parts: SECOND_TRY });

    await repos.feedback.discardDraft(essay.id);

    expect(await repos.feedback.findDraft(essay.id)).toBeUndefined();
    expect(await repos.feedback.get(saved.id)).toEqual(saved);
    expect(await repos.feedback.findDraft(report.id)).toBeDefined();
  });

  it('discards nothing and does not fail when there is no draft', async () => {
    const { repos, document } = await studentDocument();
    const saved = await repos.feedback.commit({
      documentId: document.id,
      anchor: ANCHOR,
      parts: FIRST_TRY,
    });
    await expect(repos.feedback.discardDraft(document.id)).resolves.toBeUndefined();
    expect(await repos.feedback.count()).toBe(1);
    expect(await repos.feedback.get(saved.id)).toEqual(saved);
  });
});

describe('feedback.commit (saving what the composer holds)', () => {
  it('saves a new item with the document’s student and removes the draft', async () => {
    const { repos, document } = await studentDocument();
    clockAt(2_000);
    await repos.feedback.putDraft({ documentId: document.id, anchor: ANCHOR, parts: SECOND_TRY });
    clockAt(3_000);
    const item = await repos.feedback.commit({
      documentId: document.id,
      anchor: ANCHOR,
      parts: SECOND_TRY,
    });

    expect(item).toMatchObject({
      documentId: document.id,
      studentId: 'anna',
      anchor: ANCHOR,
      status: 'saved',
      source: 'teacher',
      createdAt: 3_000,
      updatedAt: 3_000,
    });
    expect(texts(item.parts)).toEqual(texts(SECOND_TRY));
    expect(await repos.feedback.get(item.id)).toEqual(item);
    expect(await repos.feedback.findDraft(document.id)).toBeUndefined();
    expect(await storedFor(repos, document.id)).toHaveLength(1);
    expect((await repos.feedback.listForDocument(document.id)).map((saved) => saved.id)).toEqual([
      item.id,
    ]);
    expect((await repos.feedback.listForStudent('anna')).map((saved) => saved.id)).toEqual([
      item.id,
    ]);
  });

  it('saves the committed text, not an older draft', async () => {
    const { repos, document } = await studentDocument();
    await repos.feedback.putDraft({ documentId: document.id, anchor: ANCHOR, parts: FIRST_TRY });
    const item = await repos.feedback.commit({
      documentId: document.id,
      anchor: OTHER_ANCHOR,
      parts: SECOND_TRY,
    });
    const stored = await repos.feedback.get(item.id);
    expect(stored?.anchor).toEqual(OTHER_ANCHOR);
    expect(texts(stored?.parts ?? [])).toEqual(texts(SECOND_TRY));
  });

  it('saves a new item even when no draft was stored', async () => {
    const { repos, document } = await studentDocument();
    const item = await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: FIRST_TRY,
    });
    expect(await repos.feedback.listForDocument(document.id)).toEqual([item]);
  });

  it('leaves another document’s draft alone', async () => {
    const repos = freshRepositories();
    const { document: essay } = await studentDocument(repos, 'gdoc:essay');
    const { document: report } = await studentDocument(repos, 'gdoc:report');
    await repos.feedback.putDraft({ documentId: report.id, anchor: null, parts: FIRST_TRY });
    await repos.feedback.putDraft({ documentId: essay.id, anchor: null, parts: SECOND_TRY });
    await repos.feedback.commit({ documentId: essay.id, anchor: null, parts: SECOND_TRY });
    const reportDraft = await repos.feedback.findDraft(report.id);
    expect(texts(reportDraft?.parts ?? [])).toEqual(['Your dates are correct.']);
  });

  it('saves an edit into the same item: new text and passage, same id, creation time and status', async () => {
    const { repos, document } = await studentDocument();
    clockAt(1_000);
    const saved = await repos.feedback.commit({
      documentId: document.id,
      anchor: ANCHOR,
      parts: FIRST_TRY,
    });
    clockAt(2_000);
    await repos.feedback.putDraft({
      documentId: document.id,
      anchor: OTHER_ANCHOR,
      parts: SECOND_TRY,
      draftOf: saved.id,
    });
    clockAt(3_000);
    const edited = await repos.feedback.commit({
      documentId: document.id,
      anchor: OTHER_ANCHOR,
      parts: SECOND_TRY,
      draftOf: saved.id,
    });

    expect(edited).toMatchObject({
      id: saved.id,
      status: 'saved',
      studentId: 'anna',
      anchor: OTHER_ANCHOR,
      createdAt: 1_000,
      updatedAt: 3_000,
    });
    const stored = await repos.feedback.get(saved.id);
    expect(texts(stored?.parts ?? [])).toEqual(texts(SECOND_TRY));
    expect(stored?.anchor).toEqual(OTHER_ANCHOR);
    expect(await repos.feedback.findDraft(document.id)).toBeUndefined();
    expect(await storedFor(repos, document.id)).toHaveLength(1);
  });

  it('keeps an edited item marked as inserted into the student’s document', async () => {
    const { repos, document } = await studentDocument();
    const saved = await repos.feedback.commit({
      documentId: document.id,
      anchor: ANCHOR,
      parts: FIRST_TRY,
    });
    const inserted = { ...saved, status: 'inserted' as const, insertedAt: 1_500 };
    await repos.feedback.put(inserted);
    await repos.feedback.putDraft({
      documentId: document.id,
      anchor: ANCHOR,
      parts: SECOND_TRY,
      draftOf: saved.id,
    });

    const edited = await repos.feedback.commit({
      documentId: document.id,
      anchor: ANCHOR,
      parts: SECOND_TRY,
      draftOf: saved.id,
    });

    expect(edited.id).toBe(saved.id);
    const stored = await repos.feedback.get(saved.id);
    expect(stored).toMatchObject({
      status: 'inserted',
      insertedAt: 1_500,
      createdAt: saved.createdAt,
    });
    expect(texts(stored?.parts ?? [])).toEqual(texts(SECOND_TRY));
  });

  it('saves the edit as a new item when the edited item was deleted meanwhile, so nothing is lost', async () => {
    const { repos, document } = await studentDocument();
    const saved = await savedWithEditDraft(repos, document.id);
    await repos.feedback.remove(saved.id);

    const item = await repos.feedback.commit({
      documentId: document.id,
      anchor: ANCHOR,
      parts: SECOND_TRY,
      draftOf: saved.id,
    });

    expect(item.id).not.toBe(saved.id);
    expect(item).toMatchObject({ status: 'saved', studentId: 'anna', documentId: document.id });
    const listed = await repos.feedback.listForDocument(document.id);
    expect(listed.map((entry) => entry.id)).toEqual([item.id]);
    expect(texts(listed[0]?.parts ?? [])).toEqual(texts(SECOND_TRY));
    expect(await repos.feedback.findDraft(document.id)).toBeUndefined();
  });

  it('refuses to save on a document that no longer exists and keeps the draft', async () => {
    const { repos, document } = await studentDocument();
    await repos.feedback.putDraft({ documentId: document.id, anchor: ANCHOR, parts: SECOND_TRY });
    await repos.documents.remove(document.id);

    await expect(
      repos.feedback.commit({ documentId: document.id, anchor: ANCHOR, parts: SECOND_TRY }),
    ).rejects.toThrow();

    const draft = await repos.feedback.findDraft(document.id);
    expect(texts(draft?.parts ?? [])).toEqual(texts(SECOND_TRY));
    expect(await repos.feedback.listForDocument(document.id)).toEqual([]);
    expect(await repos.feedback.count()).toBe(1);
  });
});

describe('feedback.restore (undo of a delete)', () => {
  it('puts back the identical item, in its place among the document’s feedback', async () => {
    const { repos, document } = await studentDocument();
    clockAt(1_000);
    const first = await repos.feedback.commit({
      documentId: document.id,
      anchor: ANCHOR,
      parts: FIRST_TRY,
    });
    clockAt(2_000);
    const second = await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: SECOND_TRY,
    });
    const deleted = { ...first, status: 'inserted' as const, insertedAt: 1_500, followUpAt: 9_000 };
    await repos.feedback.put(deleted);
    await repos.feedback.remove(first.id);
    expect(await repos.feedback.get(first.id)).toBeUndefined();

    clockAt(4_000);
    await repos.feedback.restore(deleted);

    expect(await repos.feedback.get(first.id)).toEqual(deleted);
    const listed = await repos.feedback.listForDocument(document.id);
    expect(listed.map((item) => item.id)).toEqual([first.id, second.id]);
    expect((await repos.feedback.listForStudent('anna')).map((item) => item.id)).toEqual([
      first.id,
      second.id,
    ]);
  });
});

describe('drafts of several composers (two tabs on one document)', () => {
  it('keeps one draft per composer, and a composer’s writes replace only its own', async () => {
    const { repos, document } = await studentDocument();
    clockAt(1_000);
    await repos.feedback.putDraft({
      documentId: document.id,
      composerId: 'tab-a',
      anchor: null,
      parts: FIRST_TRY,
    });
    clockAt(2_000);
    await repos.feedback.putDraft({
      documentId: document.id,
      composerId: 'tab-b',
      anchor: null,
      parts: FIRST_TRY,
    });
    clockAt(3_000);
    await repos.feedback.putDraft({
      documentId: document.id,
      composerId: 'tab-a',
      anchor: null,
      parts: SECOND_TRY,
    });

    const listed = await repos.feedback.listDrafts(document.id);
    expect(listed.map((draft) => [draft.composerId, texts(draft.parts)])).toEqual([
      ['tab-a', texts(SECOND_TRY)],
      ['tab-b', texts(FIRST_TRY)],
    ]);
  });

  it('removes only the saving composer’s draft when it saves', async () => {
    const { repos, document } = await studentDocument();
    await repos.feedback.putDraft({
      documentId: document.id,
      composerId: 'tab-a',
      anchor: null,
      parts: FIRST_TRY,
    });
    await repos.feedback.putDraft({
      documentId: document.id,
      composerId: 'tab-b',
      anchor: null,
      parts: SECOND_TRY,
    });

    await repos.feedback.commit({
      documentId: document.id,
      composerId: 'tab-a',
      anchor: null,
      parts: FIRST_TRY,
    });

    const left = await repos.feedback.listDrafts(document.id);
    expect(left.map((draft) => [draft.composerId, texts(draft.parts)])).toEqual([
      ['tab-b', texts(SECOND_TRY)],
    ]);
  });

  it('hands a left draft to the composer that resumes it, once; a draft already gone is not adopted', async () => {
    const { repos, document } = await studentDocument();
    const left = await repos.feedback.putDraft({
      documentId: document.id,
      composerId: 'closed-tab',
      anchor: null,
      parts: FIRST_TRY,
    });

    const adopted = await repos.feedback.adoptDraft(left.id, 'new-tab');
    expect(adopted?.composerId).toBe('new-tab');
    expect(await repos.feedback.findDraft(document.id, 'new-tab')).toEqual(adopted);
    expect(await repos.feedback.findDraft(document.id, 'closed-tab')).toBeUndefined();

    await repos.feedback.remove(left.id);
    expect(await repos.feedback.adoptDraft(left.id, 'third-tab')).toBeUndefined();
  });
});
