import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../../utils/i18n/catalogs/en';
import {
  announced,
  composerPart,
  composerTexts,
  drafts,
  ESSAY,
  eventually,
  freshRepositories,
  mountPanel,
  pause,
  saveStatus,
  type,
  unmountAll,
  withFeedback,
} from '../fakes';

afterEach(unmountAll);

/** Longer than the composer's 500 ms draft delay. */
const AFTER_DRAFT_DELAY_MS = 700;

describe('a stored draft that cannot be loaded', () => {
  it('is kept, untouched, and the teacher is told how to get it back', async () => {
    const { name, repos: real } = freshRepositories();
    const document = await real.documents.ensure(ESSAY);
    const stored = await real.feedback.putDraft({
      documentId: document.id,
      anchor: null,
      parts: [{ question: 'feedBack', level: 'task', text: 'Half a thought' }],
    });
    const listDrafts = vi.fn(() => Promise.reject(new Error('The database is busy')));
    const putDraft = vi.spyOn(real.feedback, 'putDraft');
    const discardDraft = vi.spyOn(real.feedback, 'discardDraft');
    const { root } = await mountPanel({ name, repos: withFeedback(real, { listDrafts }) });

    await eventually(() => expect(listDrafts).toHaveBeenCalled());
    await pause(AFTER_DRAFT_DELAY_MS);
    expect(await drafts(real)).toEqual([stored]);
    expect(discardDraft).not.toHaveBeenCalled();
    expect(putDraft).not.toHaveBeenCalled();
    const message = en.composerDraftLoadFailed.replace('{reason}', 'The database is busy');
    expect(saveStatus(root)).toBe(message);
    expect(announced(root)).toBe(message);
    expect(composerTexts(root).feedBack).toBe('');
  });

  it('stays beside the draft of what the teacher writes next', async () => {
    const { name, repos: real } = freshRepositories();
    const document = await real.documents.ensure(ESSAY);
    await real.feedback.putDraft({
      documentId: document.id,
      anchor: null,
      parts: [{ question: 'feedBack', level: 'task', text: 'Half a thought' }],
    });
    const listDrafts = vi.fn(() => Promise.reject(new Error('The database is busy')));
    const { root } = await mountPanel({ name, repos: withFeedback(real, { listDrafts }) });
    const message = en.composerDraftLoadFailed.replace('{reason}', 'The database is busy');
    await eventually(() => expect(saveStatus(root)).toBe(message));

    await type(composerPart(root, 'feedForward').text, 'A new start.');
    expect(saveStatus(root)).not.toBe(message);
    await eventually(async () =>
      expect(
        (await drafts(real)).map((draft) => draft.parts.map((part) => part.text)).sort(),
      ).toEqual([['A new start.'], ['Half a thought']]),
    );
  });
});
