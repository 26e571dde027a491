import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../utils/i18n/catalogs/en';
import type { DocumentIdentity } from '../../../../utils/model/document';
import {
  anchor,
  click,
  composerPart,
  composerTexts,
  createFakePage,
  drafts,
  ESSAY,
  eventually,
  getButton,
  mountPanel,
  pause,
  queryByRole,
  savedItems,
  textOf,
  type,
  unmountAll,
} from '../fakes';

afterEach(unmountAll);

/** Long enough for the panel to have looked for a stored draft (it writes none before). */
const LOOKED_FOR_STORED_DRAFT_MS = 100;

/** The next student's text, shown by the same single-page app without a reload. */
const NEXT: DocumentIdentity = {
  key: 'https://lms.example/grade?student=b',
  url: 'https://lms.example/grade?student=b',
  title: 'Grading: Bo Lind',
};

const movedMessage = en.panelDocumentMoved
  .replace('{shown}', NEXT.title)
  .replace('{previous}', ESSAY.title);

describe('a page that moves on to another document without reloading', () => {
  it('is followed: new title, a one-line notice, and an empty composer, with the draft kept on the first document', async () => {
    const page = createFakePage();
    const { root, repos } = await mountPanel({ page });
    await pause(LOOKED_FOR_STORED_DRAFT_MS);
    // Moving on at once, before the half-second draft wait is over: the draft is written as the composer goes.
    await type(composerPart(root, 'feedBack').text, 'Unsaved words about the essay.');
    page.moveTo(NEXT);

    await eventually(() => expect(queryByRole(root, 'status', movedMessage)).toHaveLength(1));
    expect(root.querySelector('h1')?.textContent).toBe(NEXT.title);
    expect(composerTexts(root).feedBack).toBe('');
    await eventually(async () => {
      const essay = await repos.documents.findByKey(ESSAY.key);
      const kept = await drafts(repos);
      expect(kept.map((draft) => [draft.documentId, draft.parts[0]?.text])).toEqual([
        [essay?.id, 'Unsaved words about the essay.'],
      ]);
    });

    await click(getButton(root, en.panelDocumentMovedDismiss));
    expect(queryByRole(root, 'status', movedMessage)).toHaveLength(0);
  });

  it('ignores a selection made in another document than the one the panel is on', async () => {
    const page = createFakePage();
    const { root } = await mountPanel({ page });
    page.pushSelection({ anchor: anchor('the next student wrote'), documentKey: NEXT.key });
    page.pushSelection({ anchor: anchor('this essay says'), documentKey: ESSAY.key });
    await eventually(() => expect(textOf(root)).toContain('this essay says'));
    expect(textOf(root)).not.toContain('the next student wrote');
  });

  it('refuses to save when the page already shows another document, and keeps the text as a draft of its own', async () => {
    const page = createFakePage();
    const { root, repos } = await mountPanel({ page });
    await type(composerPart(root, 'feedBack').text, 'Written about the essay.');
    page.shows = NEXT;

    await click(getButton(root, en.composerSave));

    const refusal = en.composerDocumentMoved
      .replaceAll('{written}', ESSAY.title)
      .replace('{shown}', NEXT.title);
    await eventually(() => expect(textOf(root)).toContain(refusal));
    expect(await savedItems(repos)).toEqual([]);
    expect(composerTexts(root).feedBack).toBe('Written about the essay.');
    await eventually(async () =>
      expect((await drafts(repos)).map((draft) => draft.parts[0]?.text)).toEqual([
        'Written about the essay.',
      ]),
    );
  });
});
