import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ComposedFeedback, FeedbackComposer } from '../../../components/FeedbackComposer';
import { en } from '../../../utils/i18n/catalogs/en';
import { sv } from '../../../utils/i18n/catalogs/sv';
import { createI18n, I18nContext } from '../../../utils/i18n/context';
import {
  choose,
  click,
  createFakePage,
  deferred,
  ESSAY,
  eventually,
  getButton,
  getByLabel,
  mount,
  mountPanel,
  pressCtrlEnter,
  queryByRole,
  selection,
  settle,
  textOf,
  type,
  unmountAll,
} from './fakes';

afterEach(unmountAll);

const textarea = (root: HTMLElement) => getByLabel<HTMLTextAreaElement>(root, en.composerTextLabel);
const saveButton = (root: HTMLElement) =>
  root.querySelector<HTMLButtonElement>('button[type="submit"]');

describe('FeedbackComposer in the panel', () => {
  it('refuses to save an empty text and says why', async () => {
    const { root, repos } = await mountPanel();
    await click(getButton(root, en.composerSave));
    await eventually(() => expect(queryByRole(root, 'alert', en.composerEmpty)).toHaveLength(1));

    await type(textarea(root), '   \n  ');
    await pressCtrlEnter(textarea(root));
    await eventually(() => expect(queryByRole(root, 'alert', en.composerEmpty)).toHaveLength(1));

    await settle(50);
    expect(await repos.feedback.count()).toBe(0);
    expect(await repos.documents.count()).toBe(0);
  });

  it('saves the text with the selected passage, question and level, then clears text and passage', async () => {
    const chosen = selection('Ice melts faster every year.', 120, 'Since 1990, ', ' This means');
    const page = createFakePage({ selection: chosen });
    const { root, repos } = await mountPanel({ page });
    await eventually(() =>
      expect(root.querySelector('[data-testid="selected-quote"]')).not.toBeNull(),
    );

    await choose(getByLabel<HTMLSelectElement>(root, en.composerQuestionLabel), 'feedForward');
    await choose(getByLabel<HTMLSelectElement>(root, en.composerLevelLabel), 'process');
    expect(textOf(root)).toContain(en.questionFeedForwardHint);
    await type(textarea(root), '  Next, give a source for this claim.  ');
    await click(getButton(root, en.composerSave));

    await eventually(async () => expect(await repos.feedback.count()).toBe(1));
    const [item] = await repos.feedback.all();
    const document = await repos.documents.findByKey(ESSAY.key);
    expect(document).toMatchObject(ESSAY);
    expect(item).toMatchObject({
      documentId: document?.id,
      anchor: chosen.anchor,
      status: 'saved',
      source: 'teacher',
      parts: [
        { question: 'feedForward', level: 'process', text: 'Next, give a source for this claim.' },
      ],
    });

    await eventually(() => expect(textarea(root).value).toBe(''));
    expect(root.querySelector('[data-testid="selected-quote"]')).toBeNull();
    expect(textOf(root)).toContain(en.passageNone);
    expect(queryByRole(root, 'status', en.composerSaved)).toHaveLength(1);
    // The choices stay for the next item.
    expect(getByLabel<HTMLSelectElement>(root, en.composerQuestionLabel).value).toBe('feedForward');
    expect(getByLabel<HTMLSelectElement>(root, en.composerLevelLabel).value).toBe('process');
  });

  it('saves with Ctrl+Enter', async () => {
    const { root, repos } = await mountPanel();
    await type(textarea(root), 'Clear structure.');
    await pressCtrlEnter(textarea(root));

    await eventually(async () => expect(await repos.feedback.count()).toBe(1));
    const [item] = await repos.feedback.all();
    expect(item?.parts).toMatchObject([
      { question: 'feedBack', level: 'task', text: 'Clear structure.' },
    ]);
    expect(item?.anchor).toBeNull();
    await eventually(() => expect(textarea(root).value).toBe(''));
  });

  it('does not save on a plain Enter (a new line in the text)', async () => {
    const { root, repos } = await mountPanel();
    await type(textarea(root), 'First line');
    await act(() => {
      textarea(root).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await settle(50);
    expect(await repos.feedback.count()).toBe(0);
    expect(textarea(root).value).toBe('First line');
  });
});

describe('FeedbackComposer on its own', () => {
  it('keeps the text and shows the reason when saving fails', async () => {
    const onSave = vi.fn(
      (_feedback: ComposedFeedback): Promise<void> =>
        Promise.reject(new Error('QuotaExceededError')),
    );
    const root = await mount(<FeedbackComposer onSave={onSave} />);
    await type(textarea(root), 'Precious words.');
    await click(getButton(root, en.composerSave));

    const message = en.composerSaveFailed.replace('{reason}', 'QuotaExceededError');
    await eventually(() => expect(queryByRole(root, 'alert', message)).toHaveLength(1));
    expect(onSave).toHaveBeenCalledWith({
      text: 'Precious words.',
      question: 'feedBack',
      level: 'task',
    } satisfies ComposedFeedback);
    expect(textarea(root).value).toBe('Precious words.');
    expect(saveButton(root)?.disabled).toBe(false);

    // Typing again clears the error; saving again can succeed.
    onSave.mockImplementation(() => Promise.resolve());
    await type(textarea(root), 'Precious words, again.');
    expect(queryByRole(root, 'alert')).toHaveLength(0);
    await click(getButton(root, en.composerSave));
    await eventually(() => expect(textarea(root).value).toBe(''));
    expect(onSave).toHaveBeenLastCalledWith(
      expect.objectContaining({ text: 'Precious words, again.' }),
    );
  });

  it('disables saving while a save is under way, so a second click does not save twice', async () => {
    const pending = deferred<void>();
    const onSave = vi.fn(() => pending.promise);
    const root = await mount(<FeedbackComposer onSave={onSave} />);
    await type(textarea(root), 'Only once.');

    await click(getButton(root, en.composerSave));
    await eventually(() => expect(saveButton(root)?.disabled).toBe(true));
    expect(saveButton(root)?.textContent).toBe(en.composerSaving);

    await click(saveButton(root) as HTMLButtonElement);
    await pressCtrlEnter(textarea(root));
    saveButton(root)?.form?.requestSubmit();
    await settle(30);
    expect(onSave).toHaveBeenCalledTimes(1);

    pending.resolve();
    await eventually(() => expect(saveButton(root)?.disabled).toBe(false));
    expect(saveButton(root)?.textContent).toBe(en.composerSave);
    expect(textarea(root).value).toBe('');
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('speaks the language it is given', async () => {
    const root = await mount(
      <I18nContext.Provider value={createI18n('sv')}>
        <FeedbackComposer onSave={() => Promise.resolve()} />
      </I18nContext.Provider>,
    );
    expect(textOf(root)).toContain(sv.composerHeading);
    expect(getByLabel(root, sv.composerTextLabel).tagName).toBe('TEXTAREA');
    expect(getButton(root, sv.composerSave)).toBeDefined();
  });
});
