import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../utils/i18n/catalogs/en';
import {
  anchor,
  click,
  createFakePage,
  eventually,
  freshRepositories,
  getButton,
  listedItems,
  mountPanel,
  storeItem,
  unmountAll,
} from '../fakes';

afterEach(async () => {
  await unmountAll();
});

const QUOTE = 'rising sea levels threaten the coast';

/** One item on QUOTE, due for follow-up already, in a panel whose page finds it covering `text`. */
async function panelFindingPassageAs(text: string) {
  const { name, repos } = freshRepositories();
  const stored = await storeItem(repos, {
    text: 'Name the source.',
    anchor: anchor(QUOTE, 40),
    createdAt: 1000,
  });
  const item = await repos.feedback.put({ ...stored, followUpAt: 2000 });
  const page = createFakePage();
  page.handle('page/place', ({ items }) => ({
    reports: items.map((placed) => ({ id: placed.id, status: 'anchored' as const, text })),
  }));
  const panel = await mountPanel({ name, repos, page });
  await eventually(() => expect(listedItems(panel.root)[0]?.dataset.anchor).toBe('anchored'));
  return { ...panel, page, item };
}

const noteOf = (root: HTMLElement) => root.querySelector('[data-testid="revision-note"]');

describe('whether the student revised a passage', () => {
  it('says the passage was revised, and shows the removed and added words on request', async () => {
    const { root } = await panelFindingPassageAs('rising sea levels endanger the coast');

    await eventually(() => expect(noteOf(root)?.textContent).toBe(en.revisionRevised));
    const show = getButton(root, en.revisionShowChanges);
    expect(show.getAttribute('aria-expanded')).toBe('false');
    await click(show);

    const diff = root.querySelector('[data-testid="revision-diff"]');
    expect(diff?.querySelector('del')?.textContent).toBe(`${en.revisionRemoved} threaten`);
    expect(diff?.querySelector('ins')?.textContent).toBe(`${en.revisionAdded} endanger`);
    expect(diff?.textContent).toBe(
      `rising sea levels ${en.revisionRemoved} threaten ${en.revisionAdded} endanger the coast`,
    );
    const hide = getButton(root, en.revisionHideChanges);
    expect(hide.getAttribute('aria-expanded')).toBe('true');
    expect(hide.getAttribute('aria-controls')).toBe(diff?.id);
  });

  it('renders the student’s text as text, never as HTML', async () => {
    const { root } = await panelFindingPassageAs('rising sea levels <b>threaten</b> the coast');
    await eventually(() => expect(noteOf(root)).not.toBeNull());
    await click(getButton(root, en.revisionShowChanges));
    expect(root.querySelector('[data-testid="revision-diff"] b')).toBeNull();
    expect(root.querySelector('[data-testid="revision-diff"] ins')?.textContent).toContain('<b');
  });

  it('says "not yet revised" once the follow-up date has come and the passage reads the same', async () => {
    const { root } = await panelFindingPassageAs(QUOTE.replace(' ', '  '));
    await eventually(() => expect(noteOf(root)?.textContent).toBe(en.revisionNotYet));
    expect(root.querySelector('[data-testid="revision-diff"]')).toBeNull();
  });

  it('follows the student’s edits as the page reports them', async () => {
    const { root, page, item } = await panelFindingPassageAs(QUOTE);
    await eventually(() => expect(noteOf(root)?.textContent).toBe(en.revisionNotYet));

    page.emit('page/anchorsChanged', {
      reports: [{ id: item.id, status: 'anchored', text: 'rising seas threaten the coast' }],
    });
    await eventually(() => expect(noteOf(root)?.textContent).toBe(en.revisionRevised));

    page.emit('page/anchorsChanged', { reports: [{ id: item.id, status: 'orphaned' }] });
    await eventually(() => expect(noteOf(root)).toBeNull());
  });
});
