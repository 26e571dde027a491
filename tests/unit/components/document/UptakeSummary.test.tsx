import { afterEach, describe, expect, it } from 'vitest';
import { UptakeSummary } from '../../../../components/document/UptakeSummary';
import type { Repositories } from '../../../../utils/db/index';
import { eventually, freshRepositories, mount, Providers, textOf, unmountAll } from '../render';

afterEach(unmountAll);

const DAY = 86_400_000;

/** A saved feed-forward for `studentId`, given at `at`. */
async function feedForward(repos: Repositories, studentId: string, key: string) {
  const document = await repos.documents.ensure({ key, title: key, url: `https://x.test/${key}` });
  await repos.documents.put({ ...document, studentId });
  return repos.feedback.commit({
    documentId: document.id,
    anchor: null,
    parts: [{ question: 'feedForward', level: 'process', text: 'Next, add a source.' }],
  });
}

describe('UptakeSummary', () => {
  it('counts the student’s feed-forwards and, for a student in a class, the class’s', async () => {
    const { repos } = freshRepositories();
    const group = await repos.groups.create('9A');
    const anna = await repos.students.create('Anna', group.id);
    const erik = await repos.students.create('Erik', group.id);
    const outsider = await repos.students.create('Lisa');
    const first = await feedForward(repos, anna.id, 'anna-1');
    await feedForward(repos, anna.id, 'anna-2');
    const eriks = await feedForward(repos, erik.id, 'erik-1');
    const lisas = await feedForward(repos, outsider.id, 'lisa-1');
    await repos.feedback.recordOutcome(first.id, { kind: 'actedOn' }, first.createdAt + 4 * DAY);
    await repos.feedback.recordOutcome(eriks.id, { kind: 'partly' }, eriks.createdAt + 2 * DAY);
    await repos.feedback.recordOutcome(lisas.id, { kind: 'notYet' }, lisas.createdAt);

    const root = await mount(
      <Providers repos={repos}>
        <UptakeSummary studentId={anna.id} />
      </Providers>,
    );
    const line = (testId: string) => {
      const element = root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
      return element ? textOf(element) : '';
    };
    await eventually(() =>
      expect(line('uptake-student')).toBe(
        'Uptake: 1 of 2 feed-forwards acted on · 100% taken up · median 4 days',
      ),
    );
    // Class 9A: Anna's two and Erik's one; (1 + ½) / 2 with an outcome = 75 %, median of 4 and 2.
    expect(line('uptake-class')).toBe(
      'Class 9A: 1 of 3 feed-forwards acted on · 1 partly · 75% taken up · median 3 days',
    );
  });

  it('shows no class line for a student in no class', async () => {
    const { repos } = freshRepositories();
    const lisa = await repos.students.create('Lisa');
    await feedForward(repos, lisa.id, 'lisa-1');
    const root = await mount(
      <Providers repos={repos}>
        <UptakeSummary studentId={lisa.id} />
      </Providers>,
    );
    await eventually(() => expect(textOf(root)).toBe('Uptake: 0 of 1 feed-forwards acted on'));
    expect(root.querySelector('[data-testid="uptake-class"]')).toBeNull();
  });
});
