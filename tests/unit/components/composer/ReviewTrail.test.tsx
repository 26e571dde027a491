import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../utils/i18n/catalogs/en';
import {
  click,
  composerPart,
  eventually,
  getButton,
  mountPanel,
  savedItems,
  type,
  unmountAll,
} from '../fakes';

afterEach(unmountAll);

describe('what the review flagged, kept with the saved item', () => {
  it('keeps a criticism of the person the teacher fixed before saving as flagged but not at save', async () => {
    const { root, repos } = await mountPanel();
    const feedBack = composerPart(root, 'feedBack').text;
    await type(feedBack, 'You are lazy and careless.');
    await eventually(() =>
      expect(root.querySelector('[data-rule="person-criticism"]')).not.toBeNull(),
    );
    await type(feedBack, 'The last two paragraphs have several spelling mistakes.');
    await type(composerPart(root, 'feedForward').text, 'Next, read the ending aloud.');
    await click(getButton(root, en.composerSave));

    const [item] = await eventually(async () => {
      const items = await savedItems(repos);
      expect(items).toHaveLength(1);
      return items;
    });
    expect(item?.reviewTrail?.flagged).toContain('person-criticism');
    expect(item?.reviewTrail?.atSave).not.toContain('person-criticism');
    // Every rule still flagged at save was also flagged while writing.
    for (const rule of item?.reviewTrail?.atSave ?? []) {
      expect(item?.reviewTrail?.flagged).toContain(rule);
    }
  });

  it('starts the next item with a trail of its own', async () => {
    const { root, repos } = await mountPanel();
    const feedBack = composerPart(root, 'feedBack').text;
    await type(feedBack, 'You are lazy and careless.');
    await eventually(() =>
      expect(root.querySelector('[data-rule="person-criticism"]')).not.toBeNull(),
    );
    await click(getButton(root, en.composerSave));
    await eventually(async () => expect(await savedItems(repos)).toHaveLength(1));

    await type(composerPart(root, 'feedBack').text, 'The ending sums up your argument well.');
    await type(composerPart(root, 'feedForward').text, 'Next, add a second source.');
    await click(getButton(root, en.composerSave));
    const items = await eventually(async () => {
      const saved = await savedItems(repos);
      expect(saved).toHaveLength(2);
      return saved;
    });
    const second = items.find((item) => item.parts.some((part) => part.text.includes('ending')));
    expect(second?.reviewTrail?.flagged).not.toContain('person-criticism');
  });
});
