import { describe, expect, it, vi } from 'vitest';
import type { FeedbackItemRecord } from '../../../../utils/db/index';
import type { PanelRequests } from '../../../../utils/messaging/protocol';
import type { InsertOutcome } from '../../../../utils/model/insert';
import { feedbackContent, insertFeedback } from '../../../../utils/panel/services/insert-feedback';
import { ANCHOR, freshRepositories } from '../../db/fresh';

const OPTIONS = { format: 'paragraphs', lang: 'en', autoPost: false, now: () => 5000 } as const;

/** A saved item on a passage with a goal and a next step, in a fresh database. */
async function savedItem() {
  const repos = freshRepositories();
  const document = await repos.documents.ensure({ key: 'gdoc:essay', title: 'Essay', url: '' });
  const item = await repos.feedback.commit({
    documentId: document.id,
    anchor: ANCHOR,
    parts: [
      { question: 'feedUp', level: 'task', text: 'Argue one claim.' },
      { question: 'feedForward', level: 'process', text: 'Add a source <b>here</b>.' },
    ],
  });
  return { repos, item: item as FeedbackItemRecord };
}

/** A page that answers 'page/insert' with `answer`, recording what it was sent. */
function pageAnswering(answer: () => Promise<InsertOutcome>) {
  const sent: PanelRequests['page/insert']['params'][] = [];
  const request = vi.fn(
    async (_type: 'page/insert', params: PanelRequests['page/insert']['params']) => {
      sent.push(params);
      return answer();
    },
  );
  type Settled = { posted: boolean; copied: boolean };
  const listeners = new Set<(params: Settled) => void>();
  const on = (_type: 'page/commentSettled', listener: (params: Settled) => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  /** The page telling the panel what came of Docs' comment box. */
  const settle = (posted: boolean, copied = false) => {
    for (const listener of [...listeners]) listener({ posted, copied });
  };
  return { page: { request, on } as never, sent, settle };
}

describe('feedbackContent', () => {
  it('gives the item’s text and the same text as escaped paragraphs', () => {
    const content = feedbackContent(
      {
        parts: [
          { id: '1', question: 'feedUp', level: 'task', text: 'Goal.' },
          { id: '2', question: 'feedForward', level: 'task', text: 'Next <step>.' },
        ],
      },
      { format: 'paragraphs', lang: 'en' },
    );
    expect(content).toEqual({
      text: 'Goal.\n\nNext <step>.',
      html: '<p>Goal.</p><p>Next &lt;step&gt;.</p>',
    });
  });
});

describe('insertFeedback', () => {
  it('sends the item to the page and records when it was inserted', async () => {
    const { repos, item } = await savedItem();
    const { page, sent } = pageAnswering(async () => ({ status: 'inserted' }));
    const copy = vi.fn(async () => {});

    const result = await insertFeedback(
      item,
      { page, repos, copy },
      { ...OPTIONS, autoPost: true },
    );

    expect(result).toEqual({ kind: 'inserted' });
    const text = 'Argue one claim.\n\nAdd a source <b>here</b>.';
    expect(sent).toEqual([{ anchor: ANCHOR, text, autoPost: true }]);
    expect(copy).not.toHaveBeenCalled();
    const stored = await repos.feedback.get(item.id);
    expect(stored?.status).toBe('inserted');
    expect(stored?.insertedAt).toBe(5000);
  });

  it('passes on a posted Google Docs comment and records the insert', async () => {
    const { repos, item } = await savedItem();
    const { page } = pageAnswering(async () => ({ status: 'commentPosted' }));
    const result = await insertFeedback(item, { page, repos, copy: async () => {} }, OPTIONS);
    expect(result).toEqual({ kind: 'commentPosted' });
    expect((await repos.feedback.get(item.id))?.insertedAt).toBe(5000);
  });

  it('records a comment left in Docs’ box only once the page says it was posted', async () => {
    const { repos, item } = await savedItem();
    const { page, settle } = pageAnswering(async () => ({ status: 'commentReady' }));
    const copy = vi.fn(async () => {});
    const result = await insertFeedback(item, { page, repos, copy }, OPTIONS);
    expect(result.kind).toBe('commentReady');
    expect((await repos.feedback.get(item.id))?.insertedAt).toBeUndefined();
    settle(true);
    if (result.kind !== 'commentReady') throw new Error('not ready');
    await expect(result.settled).resolves.toEqual({ kind: 'commentPosted' });
    expect((await repos.feedback.get(item.id))?.insertedAt).toBe(5000);
    expect(copy).not.toHaveBeenCalled();
  });

  it('does not copy again what the page already put on the clipboard', async () => {
    const { repos, item } = await savedItem();
    const { page, settle } = pageAnswering(async () => ({ status: 'commentReady' }));
    const copy = vi.fn(async () => {});
    const result = await insertFeedback(item, { page, repos, copy }, OPTIONS);
    settle(false, true);
    if (result.kind !== 'commentReady') throw new Error('not ready');
    await expect(result.settled).resolves.toMatchObject({
      reason: 'commentNotPosted',
      copied: true,
    });
    expect(copy).not.toHaveBeenCalled();
  });

  it('copies the feedback and leaves it not inserted when the teacher lets Docs’ box go unposted', async () => {
    const { repos, item } = await savedItem();
    const { page, settle } = pageAnswering(async () => ({ status: 'commentReady' }));
    const copy = vi.fn(async () => {});
    const result = await insertFeedback(item, { page, repos, copy }, OPTIONS);
    settle(false);
    if (result.kind !== 'commentReady') throw new Error('not ready');
    await expect(result.settled).resolves.toEqual({
      kind: 'fallback',
      reason: 'commentNotPosted',
      copied: true,
    });
    expect(copy).toHaveBeenCalledOnce();
    expect((await repos.feedback.get(item.id))?.status).toBe('saved');
  });

  it('copies the feedback when the page cannot take it, and leaves it not inserted', async () => {
    const { repos, item } = await savedItem();
    const { page } = pageAnswering(async () => ({ status: 'fallback', reason: 'passageNotFound' }));
    const copy = vi.fn(async () => {});

    const result = await insertFeedback(item, { page, repos, copy }, OPTIONS);

    expect(result).toEqual({ kind: 'fallback', reason: 'passageNotFound', copied: true });
    expect(copy).toHaveBeenCalledExactlyOnceWith(feedbackContent(item, OPTIONS));
    const stored = await repos.feedback.get(item.id);
    expect(stored?.status).toBe('saved');
    expect(stored?.insertedAt).toBeUndefined();
  });

  it('says when the clipboard refused the feedback too', async () => {
    const { repos, item } = await savedItem();
    const { page } = pageAnswering(async () => ({ status: 'fallback', reason: 'noField' }));
    const copy = vi.fn(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));

    const result = await insertFeedback(item, { page, repos, copy }, OPTIONS);
    expect(result).toEqual({ kind: 'fallback', reason: 'noField', copied: false });
  });

  it('copies the feedback and says the page did not answer when the request fails', async () => {
    const { repos, item } = await savedItem();
    const { page } = pageAnswering(() => Promise.reject(new Error('Receiving end does not exist')));
    const copy = vi.fn(async () => {});

    const result = await insertFeedback(item, { page, repos, copy }, OPTIONS);
    expect(result).toEqual({ kind: 'fallback', reason: 'noAnswer', copied: true });
    expect(copy).toHaveBeenCalledTimes(1);
    expect((await repos.feedback.get(item.id))?.status).toBe('saved');
  });

  it('copies an item whose saved passage cannot be read, without asking the page, and says why', async () => {
    const { repos, item } = await savedItem();
    const { page, sent } = pageAnswering(async () => ({ status: 'inserted' }));
    const copy = vi.fn(async () => {});
    // As an old backup may hold it: an empty quote the page would refuse to look for.
    const damaged = {
      ...item,
      anchor: { ...ANCHOR, quote: { exact: '', prefix: '', suffix: '' } },
    };

    const result = await insertFeedback(
      damaged as FeedbackItemRecord,
      { page, repos, copy },
      OPTIONS,
    );
    expect(result).toEqual({ kind: 'fallback', reason: 'unreadablePassage', copied: true });
    expect(sent).toEqual([]);
    expect(copy).toHaveBeenCalledTimes(1);
  });
});
