import { afterEach, describe, expect, it } from 'vitest';
import { SummaryView } from '../../../../components/summary/SummaryView';
import { toDateInput } from '../../../../utils/text/date-input';
import {
  eventually,
  freshRepositories,
  getButton,
  getByLabel,
  mount,
  Providers,
  textOf,
  type,
  unmountAll,
} from '../render';

afterEach(unmountAll);

describe('SummaryView', () => {
  it('shows the student, class and the school year so far, and writes a new period into the address', async () => {
    const { repos } = freshRepositories();
    const group = await repos.groups.create('9B');
    const student = await repos.students.create('Ola', group.id);
    const document = await repos.documents.ensure({
      key: 'e',
      title: 'Essay',
      url: 'https://x.test/e',
    });
    await repos.documents.put({ ...document, studentId: student.id });
    await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: [
        { question: 'feedBack', level: 'task', text: 'Clear thesis.' },
        { question: 'feedBack', level: 'self', text: 'You are clever.' },
        { question: 'feedForward', level: 'process', text: 'Add a source.' },
      ],
    });
    const hashes: string[] = [];
    const root = await mount(
      <Providers repos={repos}>
        <SummaryView hash={`#student=${student.id}`} onHashChange={(hash) => hashes.push(hash)} />
      </Providers>,
    );
    await eventually(() => expect(textOf(root)).toContain('Ola – summary for a development talk'));
    expect(textOf(root)).toContain('Class: 9B');
    expect(textOf(root)).toContain('Clear thesis.');
    expect(textOf(root)).toContain('Add a source.');
    expect(textOf(root)).toContain('No outcome recorded yet');
    // Praise of the person is no strength of the work.
    expect(textOf(root)).not.toContain('You are clever.');
    expect(getByLabel<HTMLInputElement>(root, 'To').value).toBe(toDateInput(Date.now()));

    await type(getByLabel<HTMLInputElement>(root, 'From'), '2020-01-01');
    expect(hashes.at(-1)).toBe(
      `#student=${student.id}&from=2020-01-01&to=${toDateInput(Date.now())}`,
    );
  });

  it('speaks the interface language', async () => {
    const { repos } = freshRepositories();
    const student = await repos.students.create('Ola');
    const swedish = await mount(
      <Providers repos={repos} locale="sv">
        <SummaryView hash={`#student=${student.id}`} onHashChange={() => {}} />
      </Providers>,
    );
    await eventually(() =>
      expect(swedish.querySelector('h1')?.textContent).toBe(
        'Ola – sammanfattning inför utvecklingssamtal',
      ),
    );
    expect(textOf(swedish)).toContain('Inte i någon klass');
    const norwegian = await mount(
      <Providers repos={repos} locale="nb">
        <SummaryView hash={`#student=${student.id}`} onHashChange={() => {}} />
      </Providers>,
    );
    await eventually(() =>
      expect(norwegian.querySelector('h1')?.textContent).toBe(
        'Ola – oppsummering til utviklingssamtalen',
      ),
    );
    expect(getButton(norwegian, 'Skriv ut')).toBeDefined();
  });

  it('says so when the period ends before it starts, or the student is not stored', async () => {
    const { repos } = freshRepositories();
    const student = await repos.students.create('Ola');
    const root = await mount(
      <Providers repos={repos}>
        <SummaryView
          hash={`#student=${student.id}&from=2026-12-01&to=2026-11-01`}
          onHashChange={() => {}}
        />
      </Providers>,
    );
    await eventually(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toBe(
        'Choose a period whose last day is on or after its first.',
      ),
    );
    const gone = await mount(
      <Providers repos={repos}>
        <SummaryView hash="#student=nobody" onHashChange={() => {}} />
      </Providers>,
    );
    await eventually(() =>
      expect(gone.querySelector('[role="alert"]')?.textContent).toBe(
        'This student is not stored in this browser.',
      ),
    );
  });
});
