import { describe, expect, it } from 'vitest';
import { isOpenFeedForward, lastTimeEntries } from '../../../utils/feedback/last-time';
import type { OutcomeKind } from '../../../utils/model/outcome';
import { feedbackItemRecord } from '../builders';

/** A saved feed-forward on `documentId`, given at `at`, with an outcome if named. */
function given(id: string, documentId: string, at: number, outcome?: OutcomeKind) {
  const item = feedbackItemRecord(id, { documentId }, at);
  return outcome ? { ...item, outcome: { kind: outcome, at: at + 1 } } : item;
}

const DOCUMENTS = [
  { id: 'doc-a', title: 'Essay A' },
  { id: 'doc-b', title: 'Essay B' },
];

describe('an open feed-forward', () => {
  it('is one with no outcome, "not yet" or "partly"; "acted on" closes it', () => {
    expect(isOpenFeedForward(given('a', 'doc-a', 1))).toBe(true);
    expect(isOpenFeedForward(given('a', 'doc-a', 1, 'notYet'))).toBe(true);
    expect(isOpenFeedForward(given('a', 'doc-a', 1, 'partly'))).toBe(true);
    expect(isOpenFeedForward(given('a', 'doc-a', 1, 'actedOn'))).toBe(false);
  });

  it('needs written feed-forward words, and a saved item', () => {
    const noNextStep = feedbackItemRecord('x', {
      parts: [{ question: 'feedBack', level: 'task', text: 'Clear thesis.' }],
    });
    const blank = feedbackItemRecord('y', {
      parts: [{ question: 'feedForward', level: 'task', text: '  ' }],
    });
    const draft = feedbackItemRecord('z', { status: 'draft' });
    expect([noNextStep, blank, draft].map(isOpenFeedForward)).toEqual([false, false, false]);
  });
});

describe('the "last time" entries', () => {
  it('lists open feed-forwards of other documents, newest first, with their document’s title', () => {
    const items = [
      given('old', 'doc-a', 10),
      given('done', 'doc-a', 20, 'actedOn'),
      given('here', 'doc-b', 30),
      given('new', 'doc-a', 40, 'partly'),
    ];
    const entries = lastTimeEntries(items, DOCUMENTS, 'doc-b');
    expect(entries.map((entry) => entry.itemId)).toEqual(['new', 'old']);
    expect(entries[0]).toMatchObject({
      documentTitle: 'Essay A',
      at: 40,
      text: 'Next step for new.',
      outcome: { kind: 'partly' },
    });
  });

  it('joins several feed-forward parts and names no title for a document that is gone', () => {
    const item = feedbackItemRecord(
      'two',
      {
        documentId: 'gone',
        parts: [
          { question: 'feedForward', level: 'task', text: 'Add a source.' },
          { question: 'feedBack', level: 'task', text: 'Good start.' },
          { question: 'feedForward', level: 'process', text: ' Plan first. ' },
        ],
      },
      5,
    );
    expect(lastTimeEntries([item], DOCUMENTS, 'doc-b')).toMatchObject([
      { documentTitle: '', text: 'Add a source. Plan first.' },
    ]);
  });
});
