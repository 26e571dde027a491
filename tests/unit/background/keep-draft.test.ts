import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { keepDraft } from '../../../utils/background/keep-draft';
import { openRepositories } from '../../../utils/db/index';
import { parseMessage } from '../../../utils/messaging/messages';
import { WORKER_REQUEST_PARAMS } from '../../../utils/messaging/worker-protocol';
import { type KeptDraft, KeptDraftSchema } from '../../../utils/model/kept-draft';

const ESSAY = {
  key: 'gdoc:essay-1',
  url: 'https://docs.google.com/document/d/essay-1/edit',
  title: 'Essay',
};

function kept(text: string): KeptDraft {
  return {
    document: ESSAY,
    draft: { anchor: null, parts: [{ question: 'feedBack', level: 'task', text }] },
  };
}

describe('keepDraft (the worker stores a closing panel’s draft)', () => {
  it('stores the document on first need and the draft on it, replacing an earlier one', async () => {
    const repos = openRepositories(`feedforward-keep-${crypto.randomUUID()}`);
    await keepDraft(repos, kept('First words'));
    await keepDraft(repos, kept('First words, and more'));

    const document = await repos.documents.findByKey(ESSAY.key);
    expect(document?.title).toBe('Essay');
    const draft = document && (await repos.feedback.findDraft(document.id));
    expect(draft?.parts.map((part) => part.text)).toEqual(['First words, and more']);
  });
});

describe('the draft/keep message', () => {
  it('accepts a draft as the panel sends it', () => {
    expect(
      parseMessage(WORKER_REQUEST_PARAMS, { type: 'draft/keep', params: kept('x') }),
    ).not.toBeNull();
  });

  it.each([
    ['a document without a key', { ...kept('x'), document: { url: 'x', title: 'y' } }],
    [
      'a part with an unknown level',
      {
        ...kept('x'),
        draft: { anchor: null, parts: [{ question: 'feedBack', level: 'grade', text: 'x' }] },
      },
    ],
    [
      'a part that already has an id',
      {
        ...kept('x'),
        draft: {
          anchor: null,
          parts: [{ id: 'p', question: 'feedBack', level: 'task', text: 'x' }],
        },
      },
    ],
    ['a field no draft has', { ...kept('x'), draft: { ...kept('x').draft, status: 'saved' } }],
  ])('refuses %s', (_what, params) => {
    expect(v.safeParse(KeptDraftSchema, params).success).toBe(false);
  });
});
