import { afterEach, describe, expect, it } from 'vitest';
import { LastTime } from '../../../../components/document/LastTime';
import type { Repositories } from '../../../../utils/db/index';
import type { DocumentRecord } from '../../../../utils/model/records';
import {
  click,
  eventually,
  freshRepositories,
  getButton,
  mount,
  Providers,
  textOf,
  unmountAll,
} from '../render';
import { fakeSession, WithSession } from '../session';

afterEach(unmountAll);

/** A document of the student, titled after its key. */
async function studentDocument(repos: Repositories, studentId: string, key: string) {
  const document = await repos.documents.ensure({ key, title: key, url: `https://x.test/${key}` });
  const attached = { ...document, studentId };
  await repos.documents.put(attached);
  return attached;
}

/** Saves a feed-forward on the document. */
function feedForward(repos: Repositories, document: DocumentRecord, text: string) {
  return repos.feedback.commit({
    documentId: document.id,
    anchor: null,
    parts: [{ question: 'feedForward', level: 'process', text }],
  });
}

/** The "last time" hint of `open`, the document the panel is on. */
function renderHint(repos: Repositories, open: DocumentRecord) {
  return mount(
    <Providers repos={repos}>
      <WithSession session={fakeSession({ document: open })}>
        <LastTime />
      </WithSession>
    </Providers>,
  );
}

describe('LastTime', () => {
  it('shows the newest three open next steps of other documents on a line each, in full and more on request', async () => {
    const { repos } = freshRepositories();
    const student = await repos.students.create('Maja');
    const earlier = await studentDocument(repos, student.id, 'Essay A');
    const open = await studentDocument(repos, student.id, 'Essay B');
    for (const step of ['Step 1', 'Step 2', 'Step 3', 'Step 4', 'Step 5'])
      await feedForward(repos, earlier, step);
    const done = await feedForward(repos, earlier, 'Step done');
    await repos.feedback.recordOutcome(done.id, { kind: 'actedOn' }, Date.now());
    await feedForward(repos, open, 'Step on this document');

    const root = await renderHint(repos, open);
    const steps = () =>
      [...root.querySelectorAll('.last-time-text')].map((element) => element.textContent);
    await eventually(() => expect(steps()).toHaveLength(3));
    // Saved within one millisecond they may tie; each is one of the open ones, none closed or from here.
    expect(textOf(root)).toMatch(/ · Essay A/);
    expect(textOf(root)).not.toContain('Step done');
    expect(textOf(root)).not.toContain('Step on this document');
    expect(root.querySelector('.last-time')?.classList.contains('compact')).toBe(true);
    // The first "Show more" shows the three in full, the next one the rest.
    await click(getButton(root, 'Show more'));
    expect(root.querySelector('.last-time')?.classList.contains('compact')).toBe(false);
    expect(steps()).toHaveLength(3);
    await click(getButton(root, 'Show more'));
    await eventually(() => expect(steps()).toHaveLength(5));
    expect(root.textContent).not.toContain('Show more');
  });

  it('shows nothing for a document without a student or with no open next step elsewhere', async () => {
    const { repos } = freshRepositories();
    const student = await repos.students.create('Maja');
    const open = await studentDocument(repos, student.id, 'Essay B');
    const root = await renderHint(repos, open);
    await feedForward(repos, open, 'Only here');
    await eventually(() => expect(textOf(root)).toBe(''));
  });
});
