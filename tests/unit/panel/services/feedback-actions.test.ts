import { describe, expect, it, vi } from 'vitest';
import type { FeedbackItemRecord } from '../../../../utils/db/index';
import {
  createFeedbackActions,
  type FeedbackActionDeps,
} from '../../../../utils/panel/services/feedback-actions';
import { revealPassage } from '../../../../utils/panel/services/reveal';
import { ANCHOR, freshRepositories } from '../../db/fresh';

/** A saved item on a passage, in a fresh database, and actions over it with recorded callbacks. */
async function setUp(overrides: Partial<FeedbackActionDeps> = {}) {
  const repos = freshRepositories();
  const document = await repos.documents.ensure({ key: 'gdoc:essay', title: 'Essay', url: '' });
  const item = (await repos.feedback.commit({
    documentId: document.id,
    anchor: ANCHOR,
    parts: [{ question: 'feedForward', level: 'process', text: 'Add a source.' }],
  })) as FeedbackItemRecord;
  const deps: FeedbackActionDeps = {
    repos,
    page: { request: vi.fn(async () => ({ found: true })) as never, on: vi.fn(() => () => {}) },
    copy: vi.fn(async () => {}),
    text: { format: 'paragraphs', lang: 'en', autoPost: false },
    passage: null,
    onEdit: vi.fn(),
    onDeleted: vi.fn(),
    now: () => 5000,
    ...overrides,
  };
  return { repos, item, deps, actions: createFeedbackActions(deps) };
}

describe('feedback actions', () => {
  it('deletes an item, keeps it for Undo, and restores it as it was', async () => {
    const { repos, item, deps, actions } = await setUp();
    await actions.remove(item);
    expect(await repos.feedback.get(item.id)).toBeUndefined();
    expect(deps.onDeleted).toHaveBeenLastCalledWith(item);
    await actions.restore(item);
    expect(await repos.feedback.get(item.id)).toEqual(item);
    expect(deps.onDeleted).toHaveBeenLastCalledWith(null);
  });

  it('moves an orphaned item only to a passage the teacher selected', async () => {
    const moved = { ...ANCHOR, quote: { ...ANCHOR.quote, exact: 'elsewhere' } };
    const without = await setUp();
    await without.actions.reattach(without.item);
    expect((await without.repos.feedback.get(without.item.id))?.anchor).toEqual(ANCHOR);

    const withPassage = await setUp({ passage: moved });
    await withPassage.actions.reattach(withPassage.item);
    expect((await withPassage.repos.feedback.get(withPassage.item.id))?.anchor).toEqual(moved);
  });

  it('says whether copying worked instead of throwing', async () => {
    const refused = await setUp({ copy: vi.fn(async () => Promise.reject(new Error('denied'))) });
    expect(await refused.actions.copy(refused.item)).toBe(false);
    const allowed = await setUp();
    expect(await allowed.actions.copy(allowed.item)).toBe(true);
    expect(allowed.deps.copy).toHaveBeenCalledWith({
      text: 'Add a source.',
      html: expect.stringContaining('Add a source.'),
    });
  });

  it('hands an item to edit to the session', async () => {
    const { item, deps, actions } = await setUp();
    actions.edit(item);
    expect(deps.onEdit).toHaveBeenCalledExactlyOnceWith(item);
  });
});

describe('revealPassage', () => {
  it('finds an item about the whole document without asking the page', async () => {
    const request = vi.fn();
    expect(await revealPassage({ request } as never, { anchor: null })).toBe('found');
    expect(request).not.toHaveBeenCalled();
  });

  it('reports a passage the page did not find, and a page that did not answer', async () => {
    const notFound = { request: vi.fn(async () => ({ found: false })) } as never;
    expect(await revealPassage(notFound, { anchor: ANCHOR })).toBe('notFound');
    const silent = { request: vi.fn(async () => Promise.reject(new Error('gone'))) } as never;
    expect(await revealPassage(silent, { anchor: ANCHOR })).toBe('noAnswer');
  });
});
