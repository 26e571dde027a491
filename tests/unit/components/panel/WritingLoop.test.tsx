import { afterEach, describe, expect, it } from 'vitest';
import { LIST_PAGE_SIZE } from '../../../../components/feedback-list/FeedbackList';
import { en } from '../../../../utils/i18n/catalogs/en';
import {
  click,
  composerPart,
  ESSAY,
  eventually,
  feedbackTab,
  focus,
  freshRepositories,
  getButton,
  listedItems,
  mountPanel,
  pickerSearch,
  press,
  pressCtrlEnter,
  storeItem,
  textOf,
  type,
  unmountAll,
} from '../fakes';

afterEach(unmountAll);

const DAY = 24 * 60 * 60 * 1000;

const statusLine = (root: HTMLElement) =>
  textOf(feedbackTab(root).querySelector('[data-testid="document-status"]') as HTMLElement);

/** The saved items' texts from the top of the list down, as the teacher sees them. */
const shownTexts = (root: HTMLElement) =>
  [...feedbackTab(root).querySelectorAll('[data-testid="feedback-text"]')].map(
    (element) => element.textContent,
  );

describe('the document’s state in one line', () => {
  it('says that nothing is chosen or written yet, and opens to choose the student', async () => {
    const { root } = await mountPanel();
    await eventually(() =>
      expect(statusLine(root)).toBe('No student chosen · no assignment · no feedback yet'),
    );
    const details = root.querySelector('details.document-status') as HTMLDetailsElement;
    await eventually(() => expect(details.open).toBe(true));
  });

  it('names the student and assignment, counts the items and the follow-ups due, and stays folded', async () => {
    const { name, repos } = freshRepositories();
    const student = await repos.students.create('Maja Lind');
    const assignment = await repos.assignments.create({ title: 'Persuasive essay' });
    const document = await repos.documents.ensure(ESSAY);
    await repos.documents.attach(document.id, {
      studentId: student.id,
      assignmentId: assignment.id,
    });
    const due = await storeItem(repos, { text: 'Check the sources.', createdAt: 1000 });
    await repos.feedback.put({ ...due, followUpAt: Date.now() - DAY });
    const later = await storeItem(repos, { text: 'Try a counter-argument.', createdAt: 2000 });
    await repos.feedback.put({ ...later, followUpAt: Date.now() + 7 * DAY });
    await storeItem(repos, { text: 'Clear thesis.', createdAt: 3000 });
    // Overdue, but already followed up: not due any more.
    const done = await storeItem(repos, { text: 'Name your sources.', createdAt: 4000 });
    await repos.feedback.put({ ...done, followUpAt: Date.now() - DAY, followedUpAt: Date.now() });

    const { root } = await mountPanel({ name, repos });
    await eventually(() =>
      expect(statusLine(root)).toBe('Maja Lind · Persuasive essay · 4 items · 1 follow-up due'),
    );
    const details = root.querySelector('details.document-status') as HTMLDetailsElement;
    expect(details.open).toBe(false);
  });
});

describe('the saved feedback, newest first', () => {
  it('shows the newest page of a long list and the older ones on request', async () => {
    const { name, repos } = freshRepositories();
    for (let index = 1; index <= LIST_PAGE_SIZE + 5; index += 1) {
      await storeItem(repos, { text: `Item ${index}.`, createdAt: index * 1000 });
    }
    const { root } = await mountPanel({ name, repos });
    await eventually(() => expect(shownTexts(root)).toHaveLength(LIST_PAGE_SIZE));
    expect(shownTexts(root)[0]).toBe(`Item ${LIST_PAGE_SIZE + 5}.`);
    // Numbered in the order written, so "Insert item 25" is the newest.
    expect(textOf(feedbackTab(root))).toContain(
      `Feedback on this document (${LIST_PAGE_SIZE + 5})`,
    );

    await click(getButton(root, en.listMore.replace('{count}', '5')));
    await eventually(() => expect(shownTexts(root)).toHaveLength(LIST_PAGE_SIZE + 5));
    expect(shownTexts(root).at(-1)).toBe('Item 1.');
  });

  it('shows and focuses the item just saved, its Insert one key away', async () => {
    const { root } = await mountPanel();
    const field = composerPart(root, 'feedBack').text;
    await type(field, 'Your thesis is clear.');
    await pressCtrlEnter(field);
    await eventually(() => expect(listedItems(root)).toHaveLength(1));
    const [item] = listedItems(root);
    await eventually(() => expect(document.activeElement).toBe(item));
    const insert = en.insertActionLabel.replace('{number}', '1');
    expect(item?.querySelector(`button[aria-label="${insert}"]`)).not.toBeNull();
  });

  it('goes to the newest item with Alt+L from anywhere in the panel', async () => {
    const { name, repos } = freshRepositories();
    await storeItem(repos, { text: 'Older.', createdAt: 1000 });
    await storeItem(repos, { text: 'Newest.', createdAt: 2000 });
    const { root } = await mountPanel({ name, repos });
    await eventually(() => expect(listedItems(root)).toHaveLength(2));
    const shortcut = await press(composerPart(root, 'feedUp').text, '¬', {
      altKey: true,
      code: 'KeyL',
    });
    expect(shortcut.defaultPrevented).toBe(true);
    await eventually(() => expect(document.activeElement).toBe(listedItems(root)[1]));
  });
});

describe('the composer, compact', () => {
  it('opens the comment bank at the part last written in with Ctrl+K, wherever the focus is', async () => {
    const { root } = await mountPanel();
    const feedForward = composerPart(root, 'feedForward');
    await focus(feedForward.text);
    const summary = root.querySelector('details.document-status > summary') as HTMLElement;
    const shortcut = await press(summary, 'k', { ctrlKey: true });
    expect(shortcut.defaultPrevented).toBe(true);
    await eventually(() => expect(document.activeElement).toBe(pickerSearch(root)));
    // The list opened inside the part being written, not in a section of its own.
    expect(feedForward.fieldset.contains(pickerSearch(root))).toBe(true);
    await press(pickerSearch(root), 'Escape');
    await eventually(() => expect(document.activeElement).toBe(feedForward.text));
    expect(root.querySelector('.template-picker')).toBeNull();
  });

  it('keeps the praise folded away until it is wanted, and open while it holds text', async () => {
    const { root } = await mountPanel();
    const praise = root.querySelector('details.praise-details') as HTMLDetailsElement;
    expect(praise.open).toBe(false);
    await type(composerPart(root, 'praise').text, 'You worked hard on this.');
    await eventually(() => expect(praise.open).toBe(true));
  });
});
