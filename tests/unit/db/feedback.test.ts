import { afterEach, describe, expect, it, vi } from 'vitest';
import { isOpenFeedForward } from '../../../utils/feedback/last-time';
import type { NewFeedbackPart } from '../../../utils/model/feedback-item';
import type { FeedbackItemRecord } from '../../../utils/model/records';
import { feedbackItemRecord } from '../builders';
import { ANCHOR, clockAt, freshRepositories, identity, studentDocument } from './fresh';

afterEach(() => {
  vi.useRealTimers();
});

const PARTS: NewFeedbackPart[] = [
  { question: 'feedBack', level: 'task', text: 'Your dates are correct.' },
  { question: 'feedForward', level: 'process', text: 'Next, explain why it ended.' },
];

describe('feedback.commit (saving a new piece of feedback)', () => {
  it('stores the feedback as saved, on the passage, with the document’s student', async () => {
    const { repos, document } = await studentDocument();
    const item = await repos.feedback.commit({
      documentId: document.id,
      anchor: ANCHOR,
      parts: PARTS,
    });
    expect(item).toMatchObject({
      documentId: document.id,
      studentId: 'anna',
      anchor: ANCHOR,
      status: 'saved',
      source: 'teacher',
    });
    expect(await repos.feedback.get(item.id)).toEqual(item);
  });

  it('gives every part its own id and keeps the parts in order', async () => {
    const { repos, document } = await studentDocument();
    const item = await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: PARTS,
    });
    expect(item.parts.map((part) => part.text)).toEqual(PARTS.map((part) => part.text));
    const ids = item.parts.map((part) => part.id);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stores feedback on the whole document when no passage is selected', async () => {
    const { repos, document } = await studentDocument();
    const item = await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: PARTS,
    });
    expect((await repos.feedback.get(item.id))?.anchor).toBeNull();
  });

  it('keeps peer or self assessment recorded as such', async () => {
    const { repos, document } = await studentDocument();
    const item = feedbackItemRecord('peer-review', { documentId: document.id, source: 'peer' });
    await repos.feedback.put(item);
    expect((await repos.feedback.get(item.id))?.source).toBe('peer');
    expect((await repos.feedback.listForDocument(document.id)).map((saved) => saved.id)).toEqual([
      item.id,
    ]);
  });

  it('leaves the student empty when the document is not attached to one yet', async () => {
    const repos = freshRepositories();
    const document = await repos.documents.ensure(identity('gdoc:loose'));
    const item = await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: PARTS,
    });
    expect(item.studentId).toBeUndefined();
  });

  it('refuses feedback for a document that does not exist, and stores nothing', async () => {
    const repos = freshRepositories();
    await expect(
      repos.feedback.commit({ documentId: 'missing', anchor: null, parts: PARTS }),
    ).rejects.toThrow('missing');
    expect(await repos.feedback.count()).toBe(0);
  });
});

describe('feedback.listForDocument (the panel’s list)', () => {
  it('lists the document’s feedback oldest first', async () => {
    const { repos, document } = await studentDocument();
    const texts = new Map<number, string>([
      [3_000, 'third'],
      [1_000, 'first'],
      [2_000, 'second'],
    ]);
    for (const [at, text] of texts) {
      clockAt(at);
      await repos.feedback.commit({
        documentId: document.id,
        anchor: null,
        parts: [{ question: 'feedBack', level: 'task', text }],
      });
    }
    const listed = await repos.feedback.listForDocument(document.id);
    expect(listed.map((item) => item.parts[0]?.text)).toEqual(['first', 'second', 'third']);
  });

  it('leaves out drafts but includes feedback already put into the document', async () => {
    const { repos, document } = await studentDocument();
    const saved = await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: PARTS,
    });
    const inserted = await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: PARTS,
    });
    await repos.feedback.markInserted(inserted.id, Date.now());
    const draft = await repos.feedback.putDraft({
      documentId: document.id,
      anchor: null,
      parts: PARTS,
    });
    expect(await repos.feedback.count()).toBe(3);
    expect(draft.status).toBe('draft');

    const ids = (await repos.feedback.listForDocument(document.id)).map((item) => item.id);
    expect(ids.sort()).toEqual([saved.id, inserted.id].sort());
  });

  it('shows only this document’s feedback', async () => {
    const { repos, document } = await studentDocument();
    const other = await repos.documents.ensure(identity('gdoc:other'));
    await repos.feedback.commit({ documentId: other.id, anchor: null, parts: PARTS });
    const mine = await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: PARTS,
    });
    expect((await repos.feedback.listForDocument(document.id)).map((item) => item.id)).toEqual([
      mine.id,
    ]);
  });

  it('is empty for a new document', async () => {
    const { repos, document } = await studentDocument();
    expect(await repos.feedback.listForDocument(document.id)).toEqual([]);
  });
});

describe('feedback.listForStudent (a learner’s history)', () => {
  it('gathers one learner’s feedback across documents, oldest first, and no one else’s', async () => {
    const repos = freshRepositories();
    const { document: essay } = await studentDocument(repos, 'gdoc:essay', 'anna');
    const { document: report } = await studentDocument(repos, 'gdoc:report', 'anna');
    const { document: erik } = await studentDocument(repos, 'gdoc:erik', 'erik');

    clockAt(2_000);
    const later = await repos.feedback.commit({ documentId: essay.id, anchor: null, parts: PARTS });
    clockAt(1_000);
    const earlier = await repos.feedback.commit({
      documentId: report.id,
      anchor: null,
      parts: PARTS,
    });
    await repos.feedback.commit({ documentId: erik.id, anchor: null, parts: PARTS });

    const history = await repos.feedback.listForStudent('anna');
    expect(history.map((item) => item.id)).toEqual([earlier.id, later.id]);
  });
});

describe('feedback.remove', () => {
  it('deletes one item and leaves the others', async () => {
    const { repos, document } = await studentDocument();
    const keep = await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: PARTS,
    });
    const drop = await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: PARTS,
    });
    await repos.feedback.remove(drop.id);
    expect(await repos.feedback.get(drop.id)).toBeUndefined();
    expect((await repos.feedback.all()).map((item) => item.id)).toEqual([keep.id]);
  });
});

describe('feedback.recordOutcome (what came of the feed-forward)', () => {
  it('stores the outcome with its note and date, and clears it with null', async () => {
    const { repos, document } = await studentDocument();
    const item = await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: PARTS,
    });

    await repos.feedback.recordOutcome(item.id, { kind: 'partly', note: 'Only the intro.' }, 5_000);
    const recorded = await repos.feedback.get(item.id);
    expect(recorded?.outcome).toEqual({ kind: 'partly', note: 'Only the intro.', at: 5_000 });
    expect(recorded?.updatedAt).toBe(5_000);
    expect(recorded?.revision).toBe(item.revision);

    await repos.feedback.recordOutcome(item.id, null, 6_000);
    expect((await repos.feedback.get(item.id))?.outcome).toBeUndefined();
  });

  it('takes an overdue follow-up off the due and open lists, keeping its date', async () => {
    const { repos, document } = await studentDocument();
    const item = await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: PARTS,
      followUpAt: 1_000,
    });
    expect((await repos.feedback.dueFollowUps(2_000)).map((due) => due.id)).toEqual([item.id]);

    await repos.feedback.recordOutcome(item.id, { kind: 'actedOn' }, 2_000);
    expect(await repos.feedback.dueFollowUps(3_000)).toEqual([]);
    expect(await repos.feedback.openFollowUps()).toEqual([]);
    expect((await repos.feedback.get(item.id))?.followUpAt).toBe(1_000);
  });

  it('is kept when the item is edited and saved again', async () => {
    const { repos, document } = await studentDocument();
    const item = await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: PARTS,
    });
    await repos.feedback.recordOutcome(item.id, { kind: 'notYet' }, 5_000);
    await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: PARTS,
      draftOf: item.id,
      draftOfRevision: item.revision,
    });
    expect((await repos.feedback.get(item.id))?.outcome).toEqual({ kind: 'notYet', at: 5_000 });
  });
});

describe('feedback.listForStudents (a class’s feedback)', () => {
  it('gathers the feedback of the learners named, and no one else’s', async () => {
    const repos = freshRepositories();
    const { document: anna } = await studentDocument(repos, 'gdoc:anna', 'anna');
    const { document: erik } = await studentDocument(repos, 'gdoc:erik', 'erik');
    const { document: lisa } = await studentDocument(repos, 'gdoc:lisa', 'lisa');
    const annas = await repos.feedback.commit({ documentId: anna.id, anchor: null, parts: PARTS });
    const eriks = await repos.feedback.commit({ documentId: erik.id, anchor: null, parts: PARTS });
    await repos.feedback.commit({ documentId: lisa.id, anchor: null, parts: PARTS });

    const items = await repos.feedback.listForStudents(['anna', 'erik']);
    expect(items.map((item) => item.id).sort()).toEqual([annas.id, eriks.id].sort());
  });
});

describe('one learner’s feedback read by period and by what is still open', () => {
  /** Saves a feed-forward on the document at `at`, with an outcome if named. */
  async function saveAt(
    repos: Awaited<ReturnType<typeof studentDocument>>['repos'],
    documentId: string,
    at: number,
    outcome?: 'actedOn' | 'partly',
  ) {
    clockAt(at);
    const item = await repos.feedback.commit({ documentId, anchor: null, parts: PARTS });
    if (outcome) await repos.feedback.recordOutcome(item.id, { kind: outcome }, at + 1);
    vi.useRealTimers();
    return item;
  }

  it('lists the feedback given within a period, oldest first, end excluded', async () => {
    const { repos, document } = await studentDocument();
    const first = await saveAt(repos, document.id, 1_000);
    const second = await saveAt(repos, document.id, 2_000);
    await saveAt(repos, document.id, 3_000);
    const listed = await repos.feedback.listForStudentBetween('anna', 1_000, 3_000);
    expect(listed.map((item) => item.id)).toEqual([first.id, second.id]);
  });

  it('finds the newest open feed-forwards of other documents, up to a limit', async () => {
    const { repos, document: here } = await studentDocument();
    const { document: other } = await studentDocument(repos, 'gdoc:other');
    const oldest = await saveAt(repos, other.id, 1_000);
    await saveAt(repos, other.id, 2_000, 'actedOn');
    const partly = await saveAt(repos, other.id, 3_000, 'partly');
    const newest = await saveAt(repos, other.id, 4_000);
    await saveAt(repos, here.id, 5_000);
    // What the panel's "last time" hint asks for.
    const openElsewhere = (item: FeedbackItemRecord) =>
      item.documentId !== here.id && isOpenFeedForward(item);
    const open = await repos.feedback.newestForStudent('anna', 2, openElsewhere);
    expect(open.map((item) => item.id)).toEqual([newest.id, partly.id]);
    const all = await repos.feedback.newestForStudent('anna', 10, openElsewhere);
    expect(all.map((item) => item.id)).toEqual([newest.id, partly.id, oldest.id]);
  });
});

describe('feedback.newestForStudent (a page of the student view)', () => {
  it('returns the learner’s newest items first, up to the limit, passing the filter, no drafts', async () => {
    const repos = freshRepositories();
    const { document: essay } = await studentDocument(repos, 'gdoc:essay', 'anna');
    const { document: erik } = await studentDocument(repos, 'gdoc:erik', 'erik');
    const saved = [];
    for (const at of [1_000, 2_000, 3_000, 4_000]) {
      clockAt(at);
      saved.push(await repos.feedback.commit({ documentId: essay.id, anchor: null, parts: PARTS }));
    }
    clockAt(5_000);
    await repos.feedback.putDraft({ documentId: essay.id, anchor: null, parts: PARTS });
    await repos.feedback.commit({ documentId: erik.id, anchor: null, parts: PARTS });
    const ids = (items: { id: string }[]) => items.map((item) => item.id);

    expect(ids(await repos.feedback.newestForStudent('anna', 3))).toEqual(
      [saved[3], saved[2], saved[1]].map((item) => item?.id),
    );
    expect(
      ids(await repos.feedback.newestForStudent('anna', 10, (item) => item.createdAt < 3_000)),
    ).toEqual([saved[1], saved[0]].map((item) => item?.id));
  });
});
