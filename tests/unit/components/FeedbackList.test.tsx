import { afterEach, describe, expect, it } from 'vitest';
import { FeedbackList } from '../../../components/FeedbackList';
import type { Anchor } from '../../../utils/anchoring/types';
import { openRepositories, type Repositories } from '../../../utils/db/index';
import type { FeedbackItemRecord } from '../../../utils/db/records';
import type { FeedbackLevel, FeedbackQuestion } from '../../../utils/feedback/model';
import { en } from '../../../utils/i18n/catalogs/en';
import {
  anchor,
  click,
  createFakePage,
  ESSAY,
  eventually,
  getButton,
  mount,
  mountPanel,
  queryByRole,
  settle,
  textOf,
  uniqueDatabaseName,
  unmountAll,
} from './fakes';

afterEach(unmountAll);

/** Stores an item with a chosen creation time (so the order is certain). */
async function storeItem(
  repos: Repositories,
  input: {
    text: string;
    question?: FeedbackQuestion;
    level?: FeedbackLevel;
    anchor?: Anchor | null;
    createdAt: number;
  },
): Promise<FeedbackItemRecord> {
  const document = await repos.documents.ensure(ESSAY);
  return repos.feedback.put({
    id: crypto.randomUUID(),
    documentId: document.id,
    anchor: input.anchor ?? null,
    parts: [
      {
        id: crypto.randomUUID(),
        question: input.question ?? 'feedBack',
        level: input.level ?? 'task',
        text: input.text,
      },
    ],
    source: 'teacher',
    status: 'saved',
    createdAt: input.createdAt,
    updatedAt: input.createdAt,
  });
}

const listedItems = (root: HTMLElement) => [
  ...root.querySelectorAll<HTMLElement>('[data-testid="feedback-item"]'),
];
const listedTexts = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-testid="feedback-text"]')].map((element) => element.textContent);

describe('FeedbackList in the panel', () => {
  it('lists the document’s items oldest first, each with its question and level', async () => {
    const name = uniqueDatabaseName();
    const repos = openRepositories(name);
    await storeItem(repos, {
      text: 'Second.',
      question: 'feedForward',
      level: 'selfRegulation',
      createdAt: 2000,
    });
    await storeItem(repos, {
      text: 'First.',
      question: 'feedUp',
      level: 'process',
      createdAt: 1000,
    });
    await storeItem(repos, {
      text: 'Third.',
      question: 'feedBack',
      level: 'self',
      createdAt: 3000,
    });
    const other = await repos.documents.ensure({ ...ESSAY, key: 'gdoc:other' });
    await repos.feedback.create({
      documentId: other.id,
      anchor: null,
      parts: [{ question: 'feedBack', level: 'task', text: 'On another document.' }],
    });

    const { root } = await mountPanel({ name, repos });
    await eventually(() => expect(listedTexts(root)).toEqual(['First.', 'Second.', 'Third.']));
    expect(textOf(root)).toContain(en.listHeading.replace('{count}', '3'));
    const tags = listedItems(root).map((item) =>
      [...item.querySelectorAll('.tag')].map((tag) => tag.textContent),
    );
    expect(tags).toEqual([
      [en.questionFeedUp, en.levelProcess],
      [en.questionFeedForward, en.levelSelfRegulation],
      [en.questionFeedBack, en.levelSelf],
    ]);
  });

  it('says so when the document has no feedback yet', async () => {
    const { root } = await mountPanel();
    await eventually(() => expect(textOf(root)).toContain(en.listEmpty));
    expect(textOf(root)).toContain(en.listHeading.replace('{count}', '0'));
  });

  it('shows a newly saved item at the end of the list', async () => {
    const { root, repos } = await mountPanel();
    await storeItem(repos, { text: 'Older.', createdAt: 1000 });
    await eventually(() => expect(listedTexts(root)).toEqual(['Older.']));

    const textarea = root.querySelector('textarea') as HTMLTextAreaElement;
    textarea.value = 'Newest.';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(5);
    await click(getButton(root, en.composerSave));
    await eventually(() => expect(listedTexts(root)).toEqual(['Older.', 'Newest.']));
  });

  it('shows an item saved in another tab without reloading', async () => {
    const name = uniqueDatabaseName();
    const { root } = await mountPanel({ name });
    await eventually(() => expect(textOf(root)).toContain(en.listEmpty));

    const otherTab = openRepositories(name);
    const document = await otherTab.documents.ensure(ESSAY);
    await otherTab.feedback.create({
      documentId: document.id,
      anchor: anchor('the conclusion'),
      parts: [{ question: 'feedForward', level: 'task', text: 'From the other tab.' }],
    });

    await eventually(() => expect(listedTexts(root)).toEqual(['From the other tab.']));
    expect(textOf(root)).not.toContain(en.listEmpty);
    expect(textOf(root)).toContain(en.listHeading.replace('{count}', '1'));
  });

  it('shows stored markup as text and never creates elements from it', async () => {
    const name = uniqueDatabaseName();
    const repos = openRepositories(name);
    const hostile = '<img src=x onerror="window.__feedforwardPwned = true">';
    const quote = '<b>bold</b><script>window.__feedforwardPwned = true</script>';
    await storeItem(repos, { text: hostile, anchor: anchor(quote), createdAt: 1000 });

    const { root } = await mountPanel({ name, repos });
    await eventually(() => expect(listedTexts(root)).toEqual([hostile]));
    expect(root.querySelector('.quote-button .quote')?.textContent).toBe(quote);
    expect(root.querySelector('img, b, script')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect((window as { __feedforwardPwned?: boolean }).__feedforwardPwned).toBeUndefined();
  });

  it('shows the passage in the document when its quote is clicked, and warns when it is gone', async () => {
    const name = uniqueDatabaseName();
    const repos = openRepositories(name);
    const firstAnchor = anchor('rising sea levels', 40);
    const secondAnchor = anchor('coastal cities', 400);
    await storeItem(repos, { text: 'One.', anchor: firstAnchor, createdAt: 1000 });
    await storeItem(repos, { text: 'Two.', anchor: secondAnchor, createdAt: 2000 });
    const page = createFakePage();
    const { root } = await mountPanel({ name, repos, page });
    await eventually(() => expect(listedItems(root)).toHaveLength(2));

    await click(getButton(root, en.listShowInDocument.replace('{quote}', 'rising sea levels')));
    await eventually(() =>
      expect(page.requestsOf('page/scrollTo')).toEqual([{ anchor: firstAnchor }]),
    );
    await settle(20);
    expect(textOf(root)).not.toContain(en.listNotFound);

    page.found = false;
    await click(getButton(root, en.listShowInDocument.replace('{quote}', 'coastal cities')));
    await eventually(() => expect(queryByRole(root, 'status', en.listNotFound)).toHaveLength(1));
    expect(page.requestsOf('page/scrollTo').at(-1)).toEqual({ anchor: secondAnchor });
    const [first, second] = listedItems(root);
    expect(textOf(first as HTMLElement)).not.toContain(en.listNotFound);
    expect(textOf(second as HTMLElement)).toContain(en.listNotFound);

    // Found again (the student undid the edit): the warning goes away.
    page.found = true;
    await click(getButton(root, en.listShowInDocument.replace('{quote}', 'coastal cities')));
    await eventually(() => expect(textOf(root)).not.toContain(en.listNotFound));
  });
});

describe('FeedbackList on its own', () => {
  it('reports a list that could not be read', async () => {
    const root = await mount(
      <FeedbackList
        items={undefined}
        error={new Error('DatabaseClosedError')}
        onReveal={async () => 'found' as const}
      />,
    );
    const message = en.listLoadFailed.replace('{reason}', 'Error: DatabaseClosedError');
    expect(queryByRole(root, 'alert', message)).toHaveLength(1);
    expect(textOf(root)).not.toContain(en.listEmpty);
  });

  it('shows nothing as "empty" while the list is still loading', async () => {
    const root = await mount(
      <FeedbackList items={undefined} error={undefined} onReveal={async () => 'found' as const} />,
    );
    expect(textOf(root)).not.toContain(en.listEmpty);
    expect(root.querySelectorAll('li')).toHaveLength(0);
  });
});
