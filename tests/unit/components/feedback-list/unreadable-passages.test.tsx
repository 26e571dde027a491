import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../utils/i18n/catalogs/en';
import {
  anchor,
  createFakePage,
  eventually,
  type FakePage,
  freshRepositories,
  getButton,
  listedItems,
  mountPanel,
  queryByRole,
  storeItem,
  unmountAll,
} from '../fakes';

afterEach(async () => {
  await unmountAll();
});

/** One item on a readable passage, and one whose stored passage is damaged (end before start). */
async function panelWithDamagedItem(page: FakePage) {
  const { name, repos } = freshRepositories();
  const good = await storeItem(repos, {
    text: 'Name the source.',
    anchor: anchor('rising sea levels', 40),
    createdAt: 1000,
  });
  const broken = anchor('melting ice', 80);
  const damaged = await storeItem(repos, {
    text: 'Explain the cause.',
    anchor: { ...broken, position: { ...broken.position, start: 95, end: 80 } },
    createdAt: 2000,
  });
  const panel = await mountPanel({ name, repos, page });
  await eventually(() => expect(listedItems(panel.root)).toHaveLength(2));
  return { ...panel, good, damaged };
}

/** A page that finds every readable passage and reports the damaged one as unreadable. */
function pageRefusingDamaged(): FakePage {
  const page = createFakePage();
  page.handle('page/place', ({ items }) => ({
    reports: items.map((item) => ({
      id: item.id,
      status: item.anchor.position.end > item.anchor.position.start ? 'anchored' : 'invalid',
    })),
  }));
  return page;
}

const sentence = (count: number) => en.anchorUnreadableCount.replace('{count}', String(count));

describe('saved passages the page could not read', () => {
  it('tells the teacher how many, and keeps those items listed and usable', async () => {
    const { root } = await panelWithDamagedItem(pageRefusingDamaged());

    await eventually(() => expect(queryByRole(root, 'status', sentence(1))).toHaveLength(1));
    const [goodItem, damagedItem] = listedItems(root);
    expect(goodItem?.dataset.anchor).toBe('anchored');
    expect(damagedItem?.dataset.anchor).toBe('invalid');
    expect(getButton(root, en.copyActionLabel.replace('{number}', '2')).disabled).toBe(false);
    expect(getButton(root, en.insertActionLabel.replace('{number}', '2')).disabled).toBe(false);
  });

  it('counts them again when the page reports after its text changed', async () => {
    const page = createFakePage();
    const { root, good, damaged } = await panelWithDamagedItem(page);
    await eventually(() => expect(listedItems(root)[0]?.dataset.anchor).toBe('anchored'));
    expect(root.querySelector('[data-testid="unreadable-count"]')).toBeNull();

    page.emit('page/anchorsChanged', {
      reports: [
        { id: good.id, status: 'orphaned' },
        { id: damaged.id, status: 'invalid' },
      ],
    });
    await eventually(() => expect(queryByRole(root, 'status', sentence(1))).toHaveLength(1));
    expect(listedItems(root)[1]?.dataset.anchor).toBe('invalid');
  });
});
