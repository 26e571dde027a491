import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../utils/i18n/catalogs/en';
import type { PageSelection } from '../../../../utils/model/page';
import {
  click,
  composerPart,
  createFakePage,
  deferred,
  eventually,
  getButton,
  mountPanel,
  savedItems,
  selection,
  settle,
  textOf,
  type,
  unmountAll,
} from '../fakes';

afterEach(unmountAll);

const quoteOf = (root: HTMLElement) =>
  root.querySelector('[data-testid="selected-quote"]')?.textContent ?? null;

describe('the selected passage', () => {
  it('shows the selection the page has when the panel opens', async () => {
    const page = createFakePage({ selection: selection('Glaciers are retreating.') });
    const { root } = await mountPanel({ page });
    await eventually(() => expect(quoteOf(root)).toBe('Glaciers are retreating.'));
    expect(page.requestsOf('page/selection')).toEqual([null]);
    expect(textOf(root)).not.toContain(en.passageNone);
  });

  it('shows a hint when nothing is selected', async () => {
    const { root } = await mountPanel();
    expect(quoteOf(root)).toBeNull();
    expect(textOf(root)).toContain(en.passageNone);
  });

  it('replaces the passage when the teacher selects something else', async () => {
    const page = createFakePage({ selection: selection('First passage.') });
    const { root } = await mountPanel({ page });
    await eventually(() => expect(quoteOf(root)).toBe('First passage.'));

    page.pushSelection(selection('Second   passage,\n  over two lines.', 300));
    await eventually(() => expect(quoteOf(root)).toBe('Second passage, over two lines.'));
  });

  it('does not let a late answer about the opening selection replace a newer selection', async () => {
    const page = createFakePage();
    const opening = deferred<PageSelection | null>();
    page.handle('page/selection', () => opening.promise);
    const { root } = await mountPanel({ page });
    // The panel asks for the opening selection and starts listening in the same step.
    await eventually(() => expect(page.requestsOf('page/selection')).toHaveLength(1));

    page.pushSelection(selection('The newer selection.', 200));
    await eventually(() => expect(quoteOf(root)).toBe('The newer selection.'));

    opening.resolve(selection('The selection at opening time.'));
    await settle(50);
    expect(quoteOf(root)).toBe('The newer selection.');
  });

  it('ignores the page saying the selection was emptied, and a page that cannot tell', async () => {
    const page = createFakePage();
    page.handle('page/selection', () => Promise.reject(new Error('no answer')));
    const { root } = await mountPanel({ page });
    await eventually(() => expect(page.requestsOf('page/selection')).toHaveLength(1));
    await settle(30);
    expect(quoteOf(root)).toBeNull();

    page.pushSelection(selection('Kept passage.'));
    await eventually(() => expect(quoteOf(root)).toBe('Kept passage.'));
    page.pushSelection(null);
    await settle(30);
    expect(quoteOf(root)).toBe('Kept passage.');
  });

  it('removes the passage on "clear passage", and the item is then about the whole document', async () => {
    const page = createFakePage({ selection: selection('A passage.') });
    const { root, repos } = await mountPanel({ page });
    await eventually(() => expect(quoteOf(root)).toBe('A passage.'));

    await click(getButton(root, en.passageClear));
    expect(quoteOf(root)).toBeNull();
    expect(textOf(root)).toContain(en.passageNone);

    await type(composerPart(root, 'feedBack').text, 'Overall: well argued.');
    await click(getButton(root, en.composerSave));
    await eventually(async () => expect(await savedItems(repos)).toHaveLength(1));
    expect((await savedItems(repos))[0]?.anchor).toBeNull();

    const item = await eventually(() => {
      const found = root.querySelector('[data-testid="feedback-item"]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(textOf(item)).toContain(en.passageWholeDocument);
    // No "show in the document" button: only putting it in, copying, editing and deleting.
    expect([...item.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'))).toEqual([
      en.insertActionLabel.replace('{number}', '1'),
      en.copyActionLabel.replace('{number}', '1'),
      en.listEditItem.replace('{number}', '1'),
      en.listDeleteItem.replace('{number}', '1'),
    ]);
  });
});
