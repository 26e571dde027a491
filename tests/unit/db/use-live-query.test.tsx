import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openRepositories, type Repositories } from '../../../utils/db/index';
import { useLiveQuery } from '../../../utils/panel/hooks/use-live-query';
import { identity, uniqueDatabaseName } from './fresh';

let container: HTMLElement;

/** Waits for a re-render; generous, since two cores run every test file at once. */
function eventually(check: () => void): Promise<void> {
  return vi.waitFor(check, { timeout: 3000 });
}

afterEach(async () => {
  if (container) await act(() => render(null, container));
  container?.remove();
});

/** Renders into a fresh element of the test page. */
async function mount(vnode: ComponentChild): Promise<HTMLElement> {
  container = document.createElement('div');
  document.body.append(container);
  await act(() => render(vnode, container));
  return container;
}

/** Shows the feedback texts of one document, as the panel's list does. */
function FeedbackList({ repos, documentId }: { repos: Repositories; documentId: string }) {
  const { data, error } = useLiveQuery(
    () => repos.feedback.listForDocument(documentId),
    [documentId],
  );
  if (error) return <p>failed: {String(error)}</p>;
  if (!data) return <p>loading</p>;
  return (
    <ul>
      {data.map((item) => (
        <li key={item.id}>{item.parts.map((part) => part.text).join(' ')}</li>
      ))}
    </ul>
  );
}

async function addFeedback(repos: Repositories, documentId: string, text: string) {
  return repos.feedback.commit({
    documentId,
    anchor: null,
    parts: [{ question: 'feedForward', level: 'task', text }],
  });
}

function items(root: HTMLElement): string[] {
  return [...root.querySelectorAll('li')].map((li) => li.textContent ?? '');
}

describe('useLiveQuery (the panel never shows stale feedback)', () => {
  it('shows what is stored once the query has run', async () => {
    const repos = openRepositories(uniqueDatabaseName());
    const document = await repos.documents.ensure(identity('gdoc:live'));
    await addFeedback(repos, document.id, 'Good thesis.');
    const root = await mount(<FeedbackList repos={repos} documentId={document.id} />);
    await eventually(() => expect(items(root)).toEqual(['Good thesis.']));
  });

  it('updates when another tab saves feedback on the same document', async () => {
    const name = uniqueDatabaseName();
    const panel = openRepositories(name);
    const otherTab = openRepositories(name);
    const document = await panel.documents.ensure(identity('gdoc:live'));
    const root = await mount(<FeedbackList repos={panel} documentId={document.id} />);
    await eventually(() => expect(root.querySelector('ul')).not.toBeNull());
    expect(items(root)).toEqual([]);

    await addFeedback(otherTab, document.id, 'Written in the other tab.');
    await eventually(() => expect(items(root)).toEqual(['Written in the other tab.']));

    const second = await addFeedback(otherTab, document.id, 'And a second one.');
    await eventually(() => expect(items(root)).toHaveLength(2));

    await otherTab.feedback.remove(second.id);
    await eventually(() => expect(items(root)).toEqual(['Written in the other tab.']));
  });

  it('switches to the new document’s feedback when the panel moves to another document', async () => {
    const repos = openRepositories(uniqueDatabaseName());
    const essay = await repos.documents.ensure(identity('gdoc:essay'));
    const report = await repos.documents.ensure(identity('gdoc:report'));
    await addFeedback(repos, essay.id, 'On the essay.');
    await addFeedback(repos, report.id, 'On the report.');
    const root = await mount(<FeedbackList repos={repos} documentId={essay.id} />);
    await eventually(() => expect(items(root)).toEqual(['On the essay.']));
    await act(() => render(<FeedbackList repos={repos} documentId={report.id} />, root));
    await eventually(() => expect(items(root)).toEqual(['On the report.']));
  });

  it('reports a failing query instead of loading forever', async () => {
    function Failing() {
      const { error } = useLiveQuery<number>(() => Promise.reject(new Error('quota exceeded')), []);
      return <p>{error ? `failed: ${String(error)}` : 'loading'}</p>;
    }
    const root = await mount(<Failing />);
    await eventually(() => expect(root.textContent).toContain('quota exceeded'));
  });

  it('stops querying once the list is gone', async () => {
    const name = uniqueDatabaseName();
    const repos = openRepositories(name);
    const document = await repos.documents.ensure(identity('gdoc:live'));
    let runs = 0;
    function Counting() {
      const { data } = useLiveQuery(() => {
        runs += 1;
        return repos.feedback.listForDocument(document.id);
      }, []);
      return <p>{data ? data.length : 'loading'}</p>;
    }
    const root = await mount(<Counting />);
    await eventually(() => expect(root.textContent).toBe('0'));
    await addFeedback(repos, document.id, 'one');
    await eventually(() => expect(root.textContent).toBe('1'));

    await act(() => render(null, root));
    const runsWhenClosed = runs;
    await addFeedback(openRepositories(name), document.id, 'two');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs).toBe(runsWhenClosed);
  });
});
