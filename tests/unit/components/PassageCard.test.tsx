import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../utils/i18n/catalogs/en';
import {
  click,
  createFakePage,
  eventually,
  getButton,
  getByLabel,
  mountPanel,
  selection,
  textOf,
  type,
  unmountAll,
} from './fakes';

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

  it('removes the passage on "clear passage", and the item is then about the whole document', async () => {
    const page = createFakePage({ selection: selection('A passage.') });
    const { root, repos } = await mountPanel({ page });
    await eventually(() => expect(quoteOf(root)).toBe('A passage.'));

    await click(getButton(root, en.passageClear));
    expect(quoteOf(root)).toBeNull();
    expect(textOf(root)).toContain(en.passageNone);

    await type(
      getByLabel<HTMLTextAreaElement>(root, en.composerTextLabel),
      'Overall: well argued.',
    );
    await click(getButton(root, en.composerSave));
    await eventually(async () => expect(await repos.feedback.count()).toBe(1));
    expect((await repos.feedback.all())[0]?.anchor).toBeNull();

    const item = await eventually(() => {
      const found = root.querySelector('[data-testid="feedback-item"]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(textOf(item)).toContain(en.passageWholeDocument);
    expect(item.querySelector('button')).toBeNull();
  });
});
