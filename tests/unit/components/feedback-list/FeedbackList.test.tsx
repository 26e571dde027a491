import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedbackList } from '../../../../components/feedback-list/FeedbackList';
import { UndoNotice } from '../../../../components/ui/UndoNotice';
import { openRepositories } from '../../../../utils/db/index';
import { en } from '../../../../utils/i18n/catalogs/en';
import { formatDay } from '../../../../utils/i18n/index';
import type { FeedbackItemRecord } from '../../../../utils/model/records';
import { schoolYearOf } from '../../../../utils/model/school-year';
import type { FeedbackActions } from '../../../../utils/panel/services/feedback-actions';
import {
  anchor,
  click,
  composerPart,
  createFakePage,
  ESSAY,
  eventually,
  freshRepositories,
  getButton,
  listedItems,
  listedTexts,
  mount,
  mountPanel,
  queryByRole,
  settle,
  storeItem,
  textOf,
  type,
  uniqueDatabaseName,
  unmountAll,
} from '../fakes';
import { fakeActions, fakeSession, type SessionOverrides, WithSession } from '../session';

afterEach(unmountAll);

describe('FeedbackList in the panel', () => {
  it('lists the document’s items and no other’s, each with its question and level', async () => {
    const { name, repos } = freshRepositories();
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
    await repos.feedback.commit({
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

  it('shows a newly saved item with the others', async () => {
    const { root, repos } = await mountPanel();
    await storeItem(repos, { text: 'Older.', createdAt: 1000 });
    await eventually(() => expect(listedTexts(root)).toEqual(['Older.']));

    await type(composerPart(root, 'feedForward').text, 'Newest.');
    await type(composerPart(root, 'praise').text, 'Kind words.');
    await click(getButton(root, en.composerSave));
    await eventually(() => expect(listedTexts(root)).toEqual(['Older.', 'Newest.', 'Kind words.']));
    const newest = listedItems(root)[1] as HTMLElement;
    expect([...newest.querySelectorAll('.tag')].map((tag) => tag.textContent)).toEqual([
      en.questionFeedForward,
      en.levelTask,
      en.questionFeedBack,
      en.levelSelf,
    ]);
  });

  it('shows an item saved in another tab without reloading', async () => {
    const name = uniqueDatabaseName();
    const { root } = await mountPanel({ name });
    await eventually(() => expect(textOf(root)).toContain(en.listEmpty));

    const otherTab = openRepositories(name);
    const document = await otherTab.documents.ensure(ESSAY);
    await otherTab.feedback.commit({
      documentId: document.id,
      anchor: anchor('the conclusion'),
      parts: [{ question: 'feedForward', level: 'task', text: 'From the other tab.' }],
    });

    await eventually(() => expect(listedTexts(root)).toEqual(['From the other tab.']));
    expect(textOf(root)).not.toContain(en.listEmpty);
    expect(textOf(root)).toContain(en.listHeading.replace('{count}', '1'));
  });

  it('shows stored markup as text and never creates elements from it', async () => {
    const { name, repos } = freshRepositories();
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
    const { name, repos } = freshRepositories();
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

  it('says so when the page does not answer, and only on that item', async () => {
    const { name, repos } = freshRepositories();
    await storeItem(repos, { text: 'One.', anchor: anchor('rising sea levels'), createdAt: 1000 });
    await storeItem(repos, { text: 'Two.', anchor: anchor('coastal cities'), createdAt: 2000 });
    const page = createFakePage();
    page.handle('page/scrollTo', () => Promise.reject(new Error('Receiving end does not exist')));
    const { root } = await mountPanel({ name, repos, page });
    await eventually(() => expect(listedItems(root)).toHaveLength(2));

    await click(getButton(root, en.listShowInDocument.replace('{quote}', 'coastal cities')));
    await eventually(() =>
      expect(queryByRole(root, 'status', en.listPageNoAnswer)).toHaveLength(1),
    );
    const [first, second] = listedItems(root);
    expect(textOf(first as HTMLElement)).not.toContain(en.listPageNoAnswer);
    expect(textOf(second as HTMLElement)).toContain(en.listPageNoAnswer);
    expect(textOf(root)).not.toContain(en.listNotFound);

    // The page answers again: the warning goes away.
    page.handle('page/scrollTo', () => ({ found: true }));
    await click(getButton(root, en.listShowInDocument.replace('{quote}', 'coastal cities')));
    await eventually(() => expect(textOf(root)).not.toContain(en.listPageNoAnswer));
  });

  it('deletes an item, and Undo puts back exactly the same item', async () => {
    const { name, repos } = freshRepositories();
    const kept = await storeItem(repos, { text: 'Kept.', createdAt: 1000 });
    const doomed = await storeItem(repos, {
      text: 'Deleted by mistake.',
      question: 'feedForward',
      level: 'process',
      anchor: anchor('the conclusion', 300),
      createdAt: 2000,
    });
    const { root } = await mountPanel({ name, repos });
    await eventually(() => expect(listedTexts(root)).toEqual(['Kept.', 'Deleted by mistake.']));

    await click(getButton(root, en.listDeleteItem.replace('{number}', '2')));
    await eventually(() => expect(listedTexts(root)).toEqual(['Kept.']));
    expect(await repos.feedback.get(doomed.id)).toBeUndefined();
    const notice = await eventually(() => {
      const [found] = queryByRole(root, 'status', en.listDeleted);
      expect(found).toBeDefined();
      return found as HTMLElement;
    });

    await click(getButton(notice, en.actionUndo));
    await eventually(() => expect(listedTexts(root)).toEqual(['Kept.', 'Deleted by mistake.']));
    expect(await repos.feedback.get(doomed.id)).toEqual(doomed);
    expect(await repos.feedback.get(kept.id)).toEqual(kept);
    expect(queryByRole(root, 'status', en.listDeleted)).toHaveLength(0);
  });
});

describe('FeedbackList on its own', () => {
  /** The list over a session the test writes, with the actions it hands in. */
  const list = (overrides: SessionOverrides, actions?: FeedbackActions) => (
    <WithSession session={fakeSession(overrides)} actions={actions}>
      <FeedbackList activation={null} statusOf={() => 'anchored'} />
    </WithSession>
  );
  const item = (id: string, text: string): FeedbackItemRecord => ({
    id,
    documentId: 'doc-1',
    anchor: null,
    parts: [{ id: `${id}-part`, question: 'feedBack', level: 'task', text }],
    source: 'teacher',
    status: 'saved',
    schoolYear: schoolYearOf(1000),
    createdAt: 1000,
    updatedAt: 1000,
  });

  it('reports a list that could not be read', async () => {
    const root = await mount(
      list({ items: undefined, itemsError: new Error('DatabaseClosedError') }),
    );
    const message = en.listLoadFailed.replace('{reason}', 'Error: DatabaseClosedError');
    expect(queryByRole(root, 'alert', message)).toHaveLength(1);
    expect(textOf(root)).not.toContain(en.listEmpty);
  });

  it('shows nothing as "empty" while the list is still loading', async () => {
    const root = await mount(list({ items: undefined }));
    expect(textOf(root)).not.toContain(en.listEmpty);
    expect(root.querySelectorAll('li')).toHaveLength(0);
  });

  it("shows each item's follow-up date, marked when it is due and not followed up", async () => {
    const DAY = 24 * 60 * 60 * 1000;
    const now = Date.now();
    const items = [
      { ...item('a', 'Ahead.'), followUpAt: now + 7 * DAY },
      { ...item('b', 'Overdue.'), followUpAt: now - DAY },
      { ...item('c', 'Done.'), followUpAt: now - 2 * DAY, followedUpAt: now - DAY },
      item('d', 'None.'),
    ];
    const root = await mount(list({ items }));
    const dates = listedItems(root).map((element) =>
      element.querySelector<HTMLElement>('[data-testid="follow-up-date"]'),
    );
    expect(dates.map((date) => date?.textContent ?? null)).toEqual([
      en.followUpOn.replace('{date}', formatDay(now + 7 * DAY, 'en', now)),
      en.followUpOverdue.replace('{date}', formatDay(now - DAY, 'en', now)),
      en.followUpDoneOn.replace('{date}', formatDay(now - DAY, 'en', now)),
      null,
    ]);
    expect(dates.map((date) => date?.classList.contains('overdue') ?? false)).toEqual([
      false,
      true,
      false,
      false,
    ]);
  });

  it('hands the chosen item to Edit and Delete', async () => {
    const onEdit = vi.fn();
    const onDelete = vi.fn(async () => {});
    const items = [item('a', 'First.'), item('b', 'Second.')];
    const root = await mount(list({ items }, fakeActions({ edit: onEdit, remove: onDelete })));
    await click(getButton(root, en.listEditItem.replace('{number}', '2')));
    await click(getButton(root, en.listDeleteItem.replace('{number}', '1')));
    expect(onEdit).toHaveBeenCalledExactlyOnceWith(items[1]);
    expect(onDelete).toHaveBeenCalledExactlyOnceWith(items[0]);
  });

  it('offers no editing while other text is being written, and says why', async () => {
    const root = await mount(
      list({ items: [item('a', 'First.')], editing: { composerEmpty: false } }),
    );
    const edit = getButton(root, en.listEditItem.replace('{number}', '1'));
    expect(edit.disabled).toBe(true);
    expect(edit.title).toBe(en.listEditBusy);
    expect(getButton(root, en.listDeleteItem.replace('{number}', '1')).disabled).toBe(false);
  });

  it('marks the item being edited and offers neither editing nor deleting it again', async () => {
    const root = await mount(
      list({
        items: [item('a', 'First.'), item('b', 'Second.')],
        editing: { editingId: 'b', composerEmpty: false },
      }),
    );
    const [first, second] = listedItems(root);
    expect(first?.classList.contains('editing')).toBe(false);
    expect(second?.classList.contains('editing')).toBe(true);
    expect(getButton(root, en.listEditItem.replace('{number}', '2')).disabled).toBe(true);
    expect(getButton(root, en.listDeleteItem.replace('{number}', '2')).disabled).toBe(true);
    expect(getButton(root, en.listDeleteItem.replace('{number}', '1')).disabled).toBe(false);
  });
});

describe('UndoNotice', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('goes away by itself after ten seconds', async () => {
    vi.useFakeTimers();
    const onDismiss = vi.fn();
    const onUndo = vi.fn();
    const root = await mount(
      <UndoNotice message={en.listDeleted} onUndo={onUndo} onDismiss={onDismiss} />,
    );
    expect(queryByRole(root, 'status', en.listDeleted)).toHaveLength(1);
    vi.advanceTimersByTime(9_999);
    expect(onDismiss).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(onUndo).not.toHaveBeenCalled();
  });
});
