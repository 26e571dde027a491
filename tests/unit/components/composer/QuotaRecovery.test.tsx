import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DraftInput } from '../../../../utils/db/feedback';
import { en } from '../../../../utils/i18n/catalogs/en';
import {
  click,
  composerPart,
  composerTexts,
  createFakeStorage,
  DASHBOARD_URL,
  drafts,
  eventually,
  freshRepositories,
  getButton,
  mountPanel,
  pause,
  queryByRole,
  savedItems,
  type,
  unmountAll,
  withFeedback,
} from '../fakes';

afterEach(unmountAll);

/** Longer than the composer's draft delay. */
const AFTER_DRAFT_DELAY_MS = 700;

const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
/** How Dexie reports a transaction the browser aborted for lack of space. */
const abortedForSpace = () => new Dexie.AbortError('Transaction aborted', full());

/** The notice shown when a write failed for lack of space. */
const notice = (root: HTMLElement) =>
  root.querySelector<HTMLElement>('[data-testid="quota-notice"]');

describe('a save refused because storage is full', () => {
  it('keeps the text, says where to free space, and saves by itself once space is freed', async () => {
    const { name, repos: real } = freshRepositories();
    const unneeded = await real.students.create('Old student');
    // Every write fails until the teacher frees space.
    let diskFull = true;
    const commit = vi.fn(async (input: DraftInput) => {
      if (diskFull) throw full();
      return real.feedback.commit(input);
    });
    const putDraft = vi.fn(async (input: DraftInput) => {
      if (diskFull) throw abortedForSpace();
      return real.feedback.putDraft(input);
    });
    const repos = withFeedback(real, { commit, putDraft });
    const { root } = await mountPanel({ name, repos });
    await type(composerPart(root, 'feedBack').text, 'Your argument holds.');
    await type(composerPart(root, 'feedForward').text, 'Add a source.');
    await click(getButton(root, en.composerSave));

    await eventually(() =>
      expect(queryByRole(root, 'alert', en.storageQuotaSaveFailed)).toHaveLength(1),
    );
    expect(composerTexts(root)).toMatchObject({
      feedBack: 'Your argument holds.',
      feedForward: 'Add a source.',
    });
    const link = [...(notice(root)?.querySelectorAll('a') ?? [])][0];
    expect(link?.textContent).toBe(en.storageOpenOverview);
    expect(link?.getAttribute('href')).toBe(`${DASHBOARD_URL}#storage`);

    // Typing more does not hide the notice (its draft fails too), and nothing retries in a loop.
    await type(composerPart(root, 'feedForward').text, 'Add a source, please.');
    await pause(AFTER_DRAFT_DELAY_MS);
    expect(putDraft).toHaveBeenCalled();
    expect(queryByRole(root, 'alert', en.storageQuotaSaveFailed)).toHaveLength(1);
    expect(commit).toHaveBeenCalledTimes(1);
    expect(await savedItems(real)).toHaveLength(0);

    // The teacher deletes something (here, as in the dashboard): the save is tried again.
    diskFull = false;
    await real.students.remove(unneeded.id);
    await eventually(async () => expect(await savedItems(real)).toHaveLength(1));
    expect(commit).toHaveBeenCalledTimes(2);
    expect((await savedItems(real))[0]?.parts.map((part) => part.text)).toEqual([
      'Your argument holds.',
      'Add a source, please.',
    ]);
    await eventually(() => expect(notice(root)).toBeNull());
    expect(composerTexts(root).feedBack).toBe('');
  });

  it('recognises the error inside an aborted transaction, and saves on Retry', async () => {
    const { name, repos: real } = freshRepositories();
    const commit = vi
      .fn((input: DraftInput) => real.feedback.commit(input))
      .mockRejectedValueOnce(abortedForSpace());
    const { root } = await mountPanel({ name, repos: withFeedback(real, { commit }) });
    await type(composerPart(root, 'feedBack').text, 'Clear structure.');
    await click(getButton(root, en.composerSave));
    await eventually(() => expect(notice(root)).not.toBeNull());
    expect(composerTexts(root).feedBack).toBe('Clear structure.');

    await click(getButton(notice(root) as HTMLElement, en.storageRetry));
    await eventually(async () => expect(await savedItems(real)).toHaveLength(1));
    await eventually(() => expect(notice(root)).toBeNull());
  });

  it('keeps waiting, text intact, when a retry fails again', async () => {
    const { name, repos: real } = freshRepositories();
    const commit = vi
      .fn((input: DraftInput) => real.feedback.commit(input))
      .mockRejectedValueOnce(full())
      .mockRejectedValueOnce(abortedForSpace());
    const { root } = await mountPanel({ name, repos: withFeedback(real, { commit }) });
    await type(composerPart(root, 'feedBack').text, 'Strong opening.');
    await click(getButton(root, en.composerSave));
    await eventually(() => expect(notice(root)).not.toBeNull());
    await click(getButton(notice(root) as HTMLElement, en.storageRetry));
    await eventually(() => expect(commit).toHaveBeenCalledTimes(2));
    await pause(50);
    expect(notice(root)).not.toBeNull();
    expect(composerTexts(root).feedBack).toBe('Strong opening.');
    expect(await savedItems(real)).toHaveLength(0);
  });
});

describe('a draft refused because storage is full', () => {
  it('keeps the text, says so, and keeps the draft once space is freed', async () => {
    const { name, repos: real } = freshRepositories();
    const unneeded = await real.students.create('Old student');
    const watching = vi.spyOn(real.usage, 'revision');
    const putDraft = vi
      .fn((input: DraftInput) => real.feedback.putDraft(input))
      .mockRejectedValueOnce(abortedForSpace());
    const { root } = await mountPanel({ name, repos: withFeedback(real, { putDraft }) });
    await type(composerPart(root, 'feedBack').text, 'Half a thought');
    await eventually(() =>
      expect(queryByRole(root, 'alert', en.storageQuotaDraftFailed)).toHaveLength(1),
    );
    expect(composerTexts(root).feedBack).toBe('Half a thought');
    expect(await drafts(real)).toHaveLength(0);

    // A teacher frees space seconds later, after the panel has started watching for it.
    await eventually(() => expect(watching).toHaveBeenCalled());
    await pause(100);
    await real.students.remove(unneeded.id);
    await eventually(async () => expect(await drafts(real)).toHaveLength(1));
    expect((await drafts(real))[0]?.parts.find((part) => part.text)?.text).toBe('Half a thought');
    await eventually(() => expect(notice(root)).toBeNull());
  });
});

describe('the panel’s storage warning', () => {
  it('appears past the threshold and opens the dashboard’s backup and storage sections', async () => {
    const storage = createFakeStorage({ usage: 820, quota: 1000 });
    const { root } = await mountPanel({ storage });
    const warning = await eventually(() => {
      const element = root.querySelector('[data-testid="storage-warning"]');
      if (!element) throw new Error('no warning yet');
      return element;
    });
    expect(warning.textContent).toContain('82%');
    expect(
      [...warning.querySelectorAll('a')].map((link) => [link.getAttribute('href'), link.target]),
    ).toEqual([
      [`${DASHBOARD_URL}#backup`, '_blank'],
      [`${DASHBOARD_URL}#storage`, '_blank'],
    ]);
  });
});
