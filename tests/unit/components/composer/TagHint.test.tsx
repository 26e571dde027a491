import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../utils/i18n/catalogs/en';
import { composerPart, composerTexts, mountPanel } from '../fakes';
import { click, eventually, getButton, type, unmountAll } from '../render';

afterEach(unmountAll);

describe('suggesting the question and level of what was typed', () => {
  it('offers to move a next step typed into Feed back over to Feed forward', async () => {
    const { root } = await mountPanel();
    await type(
      composerPart(root, 'feedBack').text,
      'Next time, make an outline before you start drafting.',
    );
    const move = await eventually(() =>
      getButton(root, en.composerMoveTo.replace('{part}', en.questionFeedForward)),
    );
    await click(move);
    await eventually(() =>
      expect(composerTexts(root)).toMatchObject({
        feedBack: '',
        feedForward: 'Next time, make an outline before you start drafting.',
      }),
    );
  });

  it('offers the level the text reads like, and uses it on request', async () => {
    const { root } = await mountPanel();
    const part = composerPart(root, 'feedForward');
    await type(part.text, 'Next time, make an outline before you start drafting.');
    await click(await eventually(() => getButton(root, en.composerUseLevel)));
    await eventually(() => expect(part.level?.value).toBe('process'));
  });
});
