import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Repositories } from '../../../../utils/db/index';
import { en } from '../../../../utils/i18n/catalogs/en';
import { formatDateTime } from '../../../../utils/i18n/index';
import { FEEDBACK_LEVELS } from '../../../../utils/model/feedback';
import { HIGHLIGHT_PALETTES } from '../../../../utils/model/highlight-palettes';
import type { InsertOutcome } from '../../../../utils/model/insert';
import type { HighlightPalette } from '../../../../utils/model/page';
import {
  anchor,
  announced,
  choose,
  click,
  composerPart,
  createFakePage,
  eventually,
  type FakePage,
  freshRepositories,
  getButton,
  getByLabel,
  listedItems,
  mountPanel,
  pause,
  queryByRole,
  selection,
  settle,
  storeItem,
  textOf,
  type,
  unmountAll,
} from '../fakes';

afterEach(async () => {
  await unmountAll();
  vi.restoreAllMocks();
});

const OLD = anchor('rising sea levels', 40);
const NUMBER_ONE = { number: '1' };

function label(template: string, values: Record<string, string> = NUMBER_ONE): string {
  return Object.entries(values).reduce(
    (text, [key, value]) => text.replace(`{${key}}`, value),
    template,
  );
}

/** A page that cannot find the passage "rising sea levels" any more; every other passage is there. */
function pageMissingOldPassage(): FakePage {
  const page = createFakePage();
  page.handle('page/place', ({ items }) => ({
    reports: items.map((item) => ({
      id: item.id,
      status: item.anchor.quote.exact === OLD.quote.exact ? 'orphaned' : 'anchored',
    })),
  }));
  return page;
}

/** The panel over a document with one item on "rising sea levels" and one on the whole document. */
async function panelWithItems(page: FakePage = createFakePage()) {
  const { name, repos } = freshRepositories();
  const onPassage = await storeItem(repos, {
    text: 'Name the source.',
    level: 'process',
    anchor: OLD,
    createdAt: 1000,
  });
  const whole = await storeItem(repos, {
    text: 'Well structured.',
    level: 'self',
    createdAt: 2000,
  });
  const panel = await mountPanel({ name, repos, page });
  await eventually(() => expect(listedItems(panel.root)).toHaveLength(2));
  return { ...panel, onPassage, whole };
}

/** The browser refuses every clipboard write from now on (until mocks are restored). */
function refuseClipboard() {
  vi.spyOn(navigator.clipboard, 'write').mockRejectedValue(new Error('denied'));
  vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
}

function firstItem(root: HTMLElement): HTMLElement {
  return listedItems(root)[0] as HTMLElement;
}

describe('passages in the page', () => {
  it('does not make the page find every passage again while the teacher types a draft', async () => {
    const page = createFakePage();
    const { root, repos, onPassage } = await panelWithItems(page);
    await eventually(() => expect(page.requestsOf('page/place').at(-1)?.items).toHaveLength(1));
    const before = page.requestsOf('page/place').length;
    await type(composerPart(root, 'feedBack').text, 'A first thought');
    // The draft is stored (and the document's list read again) after the composer's draft delay.
    await eventually(async () =>
      expect(await repos.feedback.listDrafts(onPassage.documentId)).toHaveLength(1),
    );
    await type(composerPart(root, 'feedBack').text, 'A first thought, longer');
    await pause(700);
    expect(page.requestsOf('page/place')).toHaveLength(before);
  });

  it('sends the passages to the page with each item’s level and the standard colours', async () => {
    const page = createFakePage();
    const { onPassage } = await panelWithItems(page);
    await eventually(() =>
      expect(page.requestsOf('page/place').at(-1)).toEqual({
        items: [{ id: onPassage.id, anchor: OLD, level: 'process' }],
        palette: 'standard',
      }),
    );
  });

  it('marks an item whose passage is gone, counts it, and keeps it usable', async () => {
    const { root } = await panelWithItems(pageMissingOldPassage());
    const notice = await eventually(() => {
      const found = firstItem(root).querySelector<HTMLElement>('[data-testid="orphan-notice"]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(textOf(notice)).toContain(en.anchorOrphaned);
    expect(textOf(notice)).toContain(en.anchorOrphanedHint);
    expect(queryByRole(root, 'status', label(en.anchorOrphanedCount, { count: '1' }))).toHaveLength(
      1,
    );
    expect(listedItems(root)[1]?.querySelector('[data-testid="orphan-notice"]')).toBeNull();
    for (const name of [
      en.insertActionLabel,
      en.copyActionLabel,
      en.listEditItem,
      en.listDeleteItem,
    ]) {
      expect(getButton(root, label(name)).disabled).toBe(false);
    }
  });

  it('moves an orphaned item to the passage the teacher selects, and finds it there', async () => {
    const page = pageMissingOldPassage();
    const { root, repos, onPassage } = await panelWithItems(page);
    const move = await eventually(() => getButton(root, label(en.anchorReattachLabel)));
    expect(move.disabled).toBe(true);
    expect(textOf(firstItem(root))).toContain(en.anchorReattachNeedsSelection);

    const next = selection('rising seas', 52);
    page.pushSelection(next);
    await eventually(() => expect(move.disabled).toBe(false));
    await click(move);

    await eventually(async () =>
      expect((await repos.feedback.get(onPassage.id))?.anchor).toEqual(next.anchor),
    );
    await eventually(() =>
      expect(page.requestsOf('page/place').at(-1)?.items).toEqual([
        { id: onPassage.id, anchor: next.anchor, level: 'process' },
      ]),
    );
    await eventually(() =>
      expect(queryByRole(root, 'status', en.anchorReattached)).toHaveLength(1),
    );
    expect(root.querySelector('[data-testid="orphan-notice"]')).toBeNull();
    expect(textOf(root)).not.toContain(label(en.anchorOrphanedCount, { count: '1' }));
    expect(firstItem(root).querySelector('.quote')?.textContent).toBe('rising seas');
  });

  it('follows the page when its text changes: passages lost and found again', async () => {
    const page = createFakePage();
    const { root, onPassage } = await panelWithItems(page);
    await eventually(() => expect(firstItem(root).dataset.anchor).toBe('anchored'));

    page.emit('page/anchorsChanged', { reports: [{ id: onPassage.id, status: 'orphaned' }] });
    await eventually(() =>
      expect(firstItem(root).querySelector('[data-testid="orphan-notice"]')).not.toBeNull(),
    );

    page.emit('page/anchorsChanged', { reports: [{ id: onPassage.id, status: 'anchored' }] });
    await eventually(() =>
      expect(firstItem(root).querySelector('[data-testid="orphan-notice"]')).toBeNull(),
    );
    expect(root.querySelector('[data-testid="orphan-count"]')).toBeNull();
  });

  it('brings the item into view and focus when its passage is clicked in the page', async () => {
    const page = createFakePage();
    const { root, whole } = await panelWithItems(page);

    page.emit('page/highlightActivated', { id: whole.id, how: 'click' });
    await eventually(() => expect(document.activeElement).toBe(listedItems(root)[1]));
    expect(listedItems(root)[1]?.classList.contains('focused')).toBe(true);
    expect(firstItem(root).classList.contains('focused')).toBe(false);
    expect(listedItems(root)[1]?.classList.contains('hovered')).toBe(false);
  });

  it('marks the item whose passage the teacher points at, without moving focus', async () => {
    const page = createFakePage();
    const { root, onPassage, whole } = await panelWithItems(page);

    page.emit('page/highlightActivated', { id: onPassage.id, how: 'hover' });
    await eventually(() => expect(firstItem(root).classList.contains('hovered')).toBe(true));
    expect(listedItems(root)[1]?.classList.contains('hovered')).toBe(false);
    expect(firstItem(root).classList.contains('focused')).toBe(false);

    page.emit('page/highlightActivated', { id: whole.id, how: 'hover' });
    await eventually(() => expect(listedItems(root)[1]?.classList.contains('hovered')).toBe(true));
    expect(firstItem(root).classList.contains('hovered')).toBe(false);
  });
});

describe('inserting and copying', () => {
  const TEXT = 'Name the source.';

  async function insertWith(
    answer: () => InsertOutcome | Promise<InsertOutcome>,
    clipboard: 'allowed' | 'refused' = 'allowed',
  ) {
    const page = createFakePage();
    page.handle('page/insert', answer);
    const panel = await panelWithItems(page);
    await navigator.clipboard.writeText('');
    if (clipboard === 'refused') refuseClipboard();
    await click(getButton(panel.root, label(en.insertActionLabel)));
    const outcome = await eventually(() => {
      const found = firstItem(panel.root).querySelector('[data-testid="insert-outcome"]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    return { ...panel, page, outcome };
  }

  it('says where the feedback went and when it was inserted', async () => {
    const { root, repos, page, onPassage, outcome } = await insertWith(() => ({
      status: 'inserted',
    }));
    expect(textOf(outcome)).toBe(en.insertInserted);
    expect(announced(root)).toBe(en.insertInserted);
    expect(page.requestsOf('page/insert')).toEqual([{ anchor: OLD, text: TEXT, autoPost: false }]);
    const stored = await eventually(async () => {
      const item = await repos.feedback.get(onPassage.id);
      expect(item?.insertedAt).toBeTypeOf('number');
      return item;
    });
    await eventually(() =>
      expect(textOf(firstItem(root))).toContain(
        label(en.insertedAt, { time: formatDateTime(stored?.insertedAt ?? 0, 'en') }),
      ),
    );
    expect(await navigator.clipboard.readText()).toBe('');
  });

  it.each([
    ['commentReady', en.insertCommentReady],
    ['commentPosted', en.insertCommentPosted],
  ] as const)('tells the teacher about a Google Docs %s', async (status, message) => {
    const { outcome } = await insertWith(() => ({ status }));
    expect(textOf(outcome)).toBe(message);
  });

  it.each([
    ['noField', en.insertReasonNoField, en.insertPasteInField],
    ['bridgeMissing', en.insertReasonBridgeMissing, en.insertPasteInDocs],
    ['notAllowed', en.insertReasonNotAllowed, en.insertPasteInDocs],
    ['passageNotFound', en.insertReasonPassageNotFound, en.insertPasteInDocs],
    ['commentBoxMissing', en.insertReasonCommentBoxMissing, en.insertPasteInDocs],
  ] as const)(
    'after %s, says why and how to paste the feedback it copied',
    async (reason, why, how) => {
      const { root, outcome } = await insertWith(() => ({ status: 'fallback', reason }));
      expect(textOf(outcome)).toBe(`${why} ${how}`);
      expect(outcome.classList.contains('warning')).toBe(true);
      expect(await navigator.clipboard.readText()).toBe(TEXT);
      expect(root.querySelector('[data-testid="inserted-at"]')).toBeNull();
    },
  );

  it('copies the feedback and says so when the page does not answer', async () => {
    const { outcome } = await insertWith(() => Promise.reject(new Error('port closed')));
    expect(textOf(outcome)).toBe(`${en.insertReasonNoAnswer} ${en.insertPasteInDocs}`);
    expect(await navigator.clipboard.readText()).toBe(TEXT);
  });

  it('tells the teacher to copy by hand when the clipboard refuses too', async () => {
    const { outcome } = await insertWith(
      () => ({ status: 'fallback', reason: 'noField' }),
      'refused',
    );
    expect(textOf(outcome)).toBe(`${en.insertReasonNoField} ${en.copyFailed}`);
  });

  it('copies an item on request, and says when the browser refuses', async () => {
    const { root } = await panelWithItems();
    await navigator.clipboard.writeText('');
    await click(getButton(root, label(en.copyActionLabel, { number: '2' })));
    await eventually(() => expect(queryByRole(root, 'status', en.copyDone)).toHaveLength(1));
    expect(await navigator.clipboard.readText()).toBe('Well structured.');

    refuseClipboard();
    await click(getButton(root, label(en.copyActionLabel)));
    await eventually(() => expect(queryByRole(root, 'status', en.copyFailed)).toHaveLength(1));
  });
});

describe('page settings', () => {
  /** How the legend should show each level in a palette: background and underline. */
  const legendOf = (palette: HighlightPalette) =>
    FEEDBACK_LEVELS.map((level) => {
      const paint = HIGHLIGHT_PALETTES[palette][level];
      return [paint.background, `underline ${paint.underlineStyle} ${paint.underline} 2px`];
    });

  async function stored(repos: Repositories) {
    return {
      palette: await repos.settings.get('highlightPalette'),
      autoPost: await repos.settings.get('docsAutoPost'),
    };
  }

  it('switches the highlight colours, stores the choice, and repaints the page', async () => {
    const page = createFakePage();
    const { root, repos } = await panelWithItems(page);
    const swatches = () =>
      [...root.querySelectorAll<HTMLElement>('.highlight-legend .swatch')].map((swatch) => [
        swatch.style.backgroundColor,
        swatch.style.textDecoration,
      ]);
    expect(swatches()).toEqual(legendOf('standard'));

    await choose(getByLabel<HTMLSelectElement>(root, en.highlightPaletteLabel), 'colourBlind');
    await eventually(async () => expect((await stored(repos)).palette).toBe('colourBlind'));
    await eventually(() =>
      expect(page.requestsOf('page/place').at(-1)?.palette).toBe('colourBlind'),
    );
    await eventually(() => expect(swatches()).toEqual(legendOf('colourBlind')));
  });

  it('asks Google Docs to post the comment only once the teacher allows it', async () => {
    const page = createFakePage();
    page.handle('page/insert', () => ({ status: 'commentPosted' }));
    const { root, repos } = await panelWithItems(page);
    const autoPost = getByLabel<HTMLInputElement>(root, en.docsAutoPostLabel);
    expect(autoPost.checked).toBe(false);

    await click(getButton(root, label(en.insertActionLabel)));
    await eventually(() => expect(page.requestsOf('page/insert')).toHaveLength(1));
    expect(page.requestsOf('page/insert')[0]?.autoPost).toBe(false);

    await click(autoPost);
    await eventually(async () => expect((await stored(repos)).autoPost).toBe(true));
    await settle();
    await click(getButton(root, label(en.insertActionLabel)));
    await eventually(() => expect(page.requestsOf('page/insert')).toHaveLength(2));
    expect(page.requestsOf('page/insert')[1]?.autoPost).toBe(true);
  });
});
