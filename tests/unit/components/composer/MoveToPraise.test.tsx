import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../utils/i18n/catalogs/en';
import {
  click,
  composerPart,
  composerTexts,
  eventually,
  getButton,
  mountPanel,
  type,
  unmountAll,
} from '../fakes';

afterEach(unmountAll);

describe('moving praise of the person out of the feedback on the work', () => {
  it('moves the whole sentence after a line break, leaving nothing of it behind', async () => {
    const { root } = await mountPanel();
    await type(composerPart(root, 'feedBack').text, 'Your argument holds.\nYou are so clever.');

    await click(await eventually(() => getButton(root, en.reviewMoveToPraise)));

    await eventually(() =>
      expect(composerTexts(root)).toMatchObject({
        feedBack: 'Your argument holds.',
        praise: 'You are so clever.',
      }),
    );
    // Followed, the advice goes: praise of the person in the praise field is where it belongs.
    await eventually(() => expect(root.querySelector('[data-rule="person-praise"]')).toBeNull());
  });

  it('adds the sentence after praise already written, and keeps the sentences around it', async () => {
    const { root } = await mountPanel();
    await type(composerPart(root, 'praise').text, 'Well done.');
    await type(
      composerPart(root, 'feedBack').text,
      'Your argument holds. You are so clever. The sources are well chosen.',
    );

    await click(await eventually(() => getButton(root, en.reviewMoveToPraise)));

    await eventually(() =>
      expect(composerTexts(root)).toMatchObject({
        feedBack: 'Your argument holds. The sources are well chosen.',
        praise: 'Well done. You are so clever.',
      }),
    );
  });
});
