import { afterEach, describe, expect, it } from 'vitest';
import { MirrorView } from '../../../../components/mirror/MirrorView';
import type { Repositories } from '../../../../utils/db/index';
import { schoolYearOf } from '../../../../utils/model/school-year';
import { feedbackItemRecord } from '../../builders';
import {
  choose,
  eventually,
  freshRepositories,
  getByLabel,
  mount,
  normalise,
  Providers,
  tableRows,
  unmountAll,
} from '../render';

afterEach(unmountAll);

/** Wednesday 18 November 2026, week 47. */
const NOW = new Date(2026, 10, 18, 12).getTime();
const DAY = 86_400_000;

async function seed(repos: Repositories) {
  await repos.groups.put({ id: 'g7a', name: '7a', createdAt: 1, updatedAt: 1 });
  await repos.groups.put({ id: 'g8b', name: '8b', createdAt: 1, updatedAt: 1 });
  for (const [id, groupId] of [
    ['ada', 'g7a'],
    ['ben', 'g7a'],
    ['cai', 'g8b'],
  ] as const)
    await repos.students.put({ id, name: id, groupId, createdAt: 1, updatedAt: 1 });
  const feedBack = { question: 'feedBack', level: 'task' } as const;
  const feedForward = { question: 'feedForward', level: 'process' } as const;
  await repos.feedback.put(
    feedbackItemRecord(
      'ada-1',
      {
        studentId: 'ada',
        parts: [
          { ...feedBack, text: 'Your paragraphs each make one point.' },
          { ...feedForward, text: 'Next, link them with a sentence each.' },
        ],
        reviewTrail: { flagged: ['person-criticism'], atSave: [] },
      },
      NOW - DAY,
    ),
  );
  // Saved before the review's trail was kept: the rules read its text.
  await repos.feedback.put(
    feedbackItemRecord(
      'ben-1',
      { studentId: 'ben', parts: [{ ...feedBack, text: 'You are so clever.' }] },
      NOW - DAY,
    ),
  );
  await repos.feedback.put(
    feedbackItemRecord(
      'cai-1',
      { studentId: 'cai', parts: [{ ...feedForward, text: 'Next, add a source.' }] },
      NOW - DAY,
    ),
  );
  const schoolYear = schoolYearOf(NOW);
  await repos.activity.put({ id: 'f', kind: 'formative', at: NOW, groupId: 'g7a', schoolYear });
  await repos.activity.put({ id: 'p', kind: 'peer', at: NOW, studentId: 'cai', schoolYear });
}

const strategyCount = (root: HTMLElement, cell: string) =>
  normalise(root.querySelector(`[data-cell="${cell}"] .strategy-count`)?.textContent);

describe('MirrorView', () => {
  it('mirrors all classes or one, reading older items’ text with the rules', async () => {
    const { repos } = freshRepositories();
    await seed(repos);
    const root = await mount(
      <Providers repos={repos}>
        <MirrorView templateLang="en" now={() => NOW} />
      </Providers>,
    );
    await eventually(() =>
      expect(tableRows(root, 'What your items contain')).toEqual([
        [
          'Period',
          'With a feed-forward',
          'Praise of the person',
          'Criticism of the person',
          'Linked to a criterion',
          'Feed-forwards taken up',
        ],
        // ada and cai have a next step; ben's praise of the person is found in its text.
        ['Week 47, 2026', '67%', '33%', '0%', '0%', '0%'],
      ]),
    );
    expect(strategyCount(root, 'teacher-feedBack')).toBe('3 logged');
    expect(strategyCount(root, 'peer-feedUp')).toBe('1 logged');

    await choose(getByLabel<HTMLSelectElement>(root, 'Class'), 'g7a');
    await eventually(() =>
      expect(normalise(root.querySelector('[data-testid="mirror-summary"]')?.textContent)).toBe(
        'Saved items: 2. Periods: 1.',
      ),
    );
    expect(tableRows(root, 'What your items contain')[1]).toEqual([
      'Week 47, 2026',
      '50%',
      '50%',
      '0%',
      '0%',
      '0%',
    ]);
    // The class's formative check counts where the learner is now; cai's peer work is not 7a's.
    expect(strategyCount(root, 'teacher-feedBack')).toBe('3 logged');
    expect(strategyCount(root, 'peer-feedUp')).toBe('Nothing logged yet');
    expect(normalise(root.querySelector('[data-rule="person-criticism"]')?.textContent)).toBe(
      'Criticism of the person — flagged: 1, changed before saving: 1',
    );

    await choose(getByLabel<HTMLSelectElement>(root, 'Group by'), 'month');
    await eventually(() =>
      expect(tableRows(root, 'Parts by feedback level')[1]).toEqual([
        'November 2026',
        '2',
        '1',
        '0',
        '0',
      ]),
    );
  });

  it('names weeks and months in Swedish and Norwegian', async () => {
    const { repos } = freshRepositories();
    await seed(repos);
    for (const [locale, week, month] of [
      ['sv', 'Vecka 47, 2026', 'november 2026'],
      ['nb', 'Uke 47, 2026', 'november 2026'],
    ] as const) {
      const root = await mount(
        <Providers repos={repos} locale={locale}>
          <MirrorView templateLang={locale} now={() => NOW} />
        </Providers>,
      );
      const period = () => normalise(root.querySelector('.mirror-rules dt')?.textContent);
      await eventually(() => expect(period()).toBe(week));
      const groupBy = locale === 'sv' ? 'Gruppera per' : 'Grupper per';
      await choose(getByLabel<HTMLSelectElement>(root, groupBy), 'month');
      await eventually(() => expect(period()).toBe(month));
      await unmountAll();
    }
  });

  it('says so when the school year has no feedback yet, and still shows the strategies', async () => {
    const { repos } = freshRepositories();
    const root = await mount(
      <Providers repos={repos}>
        <MirrorView templateLang="en" now={() => NOW} />
      </Providers>,
    );
    await eventually(() =>
      expect(root.textContent).toContain('No saved feedback in this school year yet.'),
    );
    expect(strategyCount(root, 'learner-feedForward')).toBe('Nothing logged yet');
  });
});
