import { afterEach, describe, expect, it, vi } from 'vitest';
import { BalanceView } from '../../../../components/quarter/BalanceView';
import type { Repositories } from '../../../../utils/db/index';
import { schoolYearOf } from '../../../../utils/model/school-year';
import { feedbackItemRecord } from '../../builders';
import {
  choose,
  click,
  eventually,
  freshRepositories,
  getButton,
  getByLabel,
  mount,
  normalise,
  Providers,
  queryByRole,
  tableRows,
  type,
  unmountAll,
} from '../render';

afterEach(async () => {
  await unmountAll();
  vi.restoreAllMocks();
});

const NOW = Date.UTC(2026, 10, 18, 12);
const DAY = 86_400_000;

async function seed(repos: Repositories) {
  await repos.groups.put({ id: 'g7a', name: '7a', createdAt: 1, updatedAt: 1 });
  await repos.students.put({ id: 'ada', name: 'Ada', groupId: 'g7a', createdAt: 1, updatedAt: 1 });
  await repos.students.put({ id: 'ben', name: 'Ben', groupId: 'g7a', createdAt: 1, updatedAt: 1 });
  for (const [id, studentId] of [
    ['i1', 'ada'],
    ['i2', 'ada'],
    ['i3', 'ben'],
  ] as const)
    await repos.feedback.put(feedbackItemRecord(id, { studentId }, NOW - DAY));
  await repos.activity.put({
    id: 'whole-class',
    kind: 'formative',
    at: NOW - 2 * DAY,
    groupId: 'g7a',
    schoolYear: schoolYearOf(NOW),
  });
}

describe('BalanceView', () => {
  it('shows the class’s shares and each student’s counts, and counts work logged in it', async () => {
    const { repos } = freshRepositories();
    await seed(repos);
    const root = await mount(
      <Providers repos={repos}>
        <BalanceView now={() => NOW} />
      </Providers>,
    );
    await eventually(() =>
      expect(tableRows(root, 'Quarter balance of 7a')).toEqual([
        ['Kind of feedback', 'Share of the work', 'Guide: a quarter'],
        ['Teacher feedback', '75%', '25%'],
        ['Formative check', '25%', '25%'],
        ['Peer feedback', '0%', '25%'],
        ['Self-assessment', '0%', '25%'],
      ]),
    );
    expect(normalise(root.querySelector('.balance-suggestion')?.textContent)).toMatch(
      /^No peer feedback in this period — the peer-feedback prompt/,
    );

    await choose(getByLabel<HTMLSelectElement>(root, 'For'), 'ben');
    await click(getButton(root, 'Peer feedback'));
    await eventually(() =>
      expect(queryByRole(root, 'status', 'Logged: Peer feedback for Ben')).toHaveLength(1),
    );
    await eventually(() =>
      expect(tableRows(root, 'Each student in 7a')).toEqual([
        ['Student', 'Teacher feedback', 'Formative check', 'Peer feedback', 'Self-assessment'],
        ['Ada', '2', '1', '0', '0'],
        ['Ben', '1', '1', '1', '0'],
      ]),
    );
    const [logged] = await repos.activity.between(NOW - DAY, NOW + DAY);
    expect(logged).toMatchObject({ kind: 'peer', studentId: 'ben', groupId: 'g7a', at: NOW });

    await choose(getByLabel<HTMLSelectElement>(root, 'Balance of'), 'ben');
    await eventually(() =>
      expect(tableRows(root, 'Quarter balance of Ben')).toEqual([
        ['Kind of feedback', 'Share of the work', 'Guide: a quarter'],
        ['Teacher feedback', '33.3%', '25%'],
        ['Formative check', '33.3%', '25%'],
        ['Peer feedback', '33.3%', '25%'],
        ['Self-assessment', '0%', '25%'],
      ]),
    );
    expect(normalise(root.querySelector('.balance-suggestion')?.textContent)).toMatch(
      /^No self-assessment in this period — the self-assessment prompt/,
    );
  });

  it('refuses custom dates that end before they start', async () => {
    const { repos } = freshRepositories();
    await seed(repos);
    const root = await mount(
      <Providers repos={repos}>
        <BalanceView now={() => NOW} />
      </Providers>,
    );
    await choose(getByLabel<HTMLSelectElement>(root, 'Period'), 'custom');
    await type(getByLabel<HTMLInputElement>(root, 'From'), '2026-11-20');
    await type(getByLabel<HTMLInputElement>(root, 'To'), '2026-11-10');
    await eventually(() =>
      expect(queryByRole(root, 'alert', 'the last not before the first')).toHaveLength(1),
    );
    await type(getByLabel<HTMLInputElement>(root, 'To'), '2026-11-30');
    await eventually(() =>
      expect(tableRows(root, 'Quarter balance of 7a')).toContainEqual([
        'Teacher feedback',
        '0%',
        '25%',
      ]),
    );
  });

  it('says so when there is no class yet', async () => {
    const { repos } = freshRepositories();
    const root = await mount(
      <Providers repos={repos}>
        <BalanceView now={() => NOW} />
      </Providers>,
    );
    await eventually(() => expect(root.textContent).toContain('No classes yet.'));
  });
});
