import { afterEach, describe, expect, it } from 'vitest';
import { StudentsTab } from '../../../../components/students/StudentsTab';
import { StudentView } from '../../../../components/students/StudentView';
import type { Repositories } from '../../../../utils/db/index';
import { en } from '../../../../utils/i18n/catalogs/en';
import { feedbackItemRecord } from '../../builders';
import {
  choose,
  click,
  eventually,
  freshRepositories,
  getButton,
  getByLabel,
  mount,
  Providers,
  textOf,
  unmountAll,
} from '../render';

afterEach(unmountAll);

const DAY = 86_400_000;
/** "Now": 10 March 2026, noon. */
const NOW = Date.UTC(2026, 2, 10, 12);

/** A class 9B with Maja (30 items on one essay, every third acted on) and Omar (one, not yet). */
async function school(repos: Repositories) {
  const group = await repos.groups.create('9B');
  const maja = await repos.students.create('Maja Lind', group.id);
  const omar = await repos.students.create('Omar Haddad', group.id);
  const assignment = await repos.assignments.create({ title: 'Essay', criteria: ['Thesis'] });
  const essay = await repos.documents.ensure({
    key: 'essay',
    url: 'https://docs.example/essay',
    title: 'Maja’s essay',
  });
  await repos.documents.attach(essay.id, { studentId: maja.id, assignmentId: assignment.id });
  const omarsEssay = await repos.documents.ensure({ key: 'omar', url: 'x', title: 'Omar' });
  await repos.documents.attach(omarsEssay.id, { studentId: omar.id });
  for (let index = 0; index < 30; index += 1) {
    const at = NOW - (30 - index) * DAY;
    const item = feedbackItemRecord(
      `maja-${String(index).padStart(2, '0')}`,
      {
        documentId: essay.id,
        studentId: maja.id,
        parts: [
          {
            question: 'feedForward',
            level: index % 2 === 0 ? 'process' : 'task',
            text: `Step ${index}.`,
          },
        ],
      },
      at,
    );
    // The newest two have follow-ups: one due yesterday, one in three days.
    const followUpAt = { 29: NOW - DAY, 28: NOW + 3 * DAY }[index];
    await repos.feedback.put({
      ...item,
      ...(index % 3 === 0 && { outcome: { kind: 'actedOn' as const, at: at + 2 * DAY } }),
      ...(followUpAt !== undefined && { followUpAt }),
    });
  }
  await repos.feedback.put({
    ...feedbackItemRecord('omar-1', { documentId: omarsEssay.id, studentId: omar.id }, NOW - DAY),
    outcome: { kind: 'notYet', at: NOW },
  });
  return { maja, group };
}

const listed = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-testid=student-item] [data-testid=feedback-text]')].map(
    (element) => element.textContent,
  );

describe('the student view', () => {
  it('lists the newest 25 items first, and 25 older on request', async () => {
    const { repos } = freshRepositories();
    const { maja } = await school(repos);
    const root = await mount(
      <Providers repos={repos}>
        <StudentView studentId={maja.id} now={() => NOW} />
      </Providers>,
    );
    await eventually(() => expect(listed(root)).toHaveLength(25));
    expect(listed(root).slice(0, 2)).toEqual(['Step 29.', 'Step 28.']);
    expect(textOf(root)).toContain('Maja’s essay');
    expect(textOf(root)).toContain('Essay');
    await click(getButton(root, en.listMore.replace('{count}', '25')));
    await eventually(() => expect(listed(root)).toHaveLength(30));
    expect(listed(root).at(-1)).toBe('Step 0.');
  });

  it('filters by level and by outcome', async () => {
    const { repos } = freshRepositories();
    const { maja } = await school(repos);
    const root = await mount(
      <Providers repos={repos}>
        <StudentView studentId={maja.id} now={() => NOW} />
      </Providers>,
    );
    await eventually(() => expect(listed(root)).toHaveLength(25));
    await choose(getByLabel<HTMLSelectElement>(root, en.pickerLevelFilter), 'task');
    await eventually(() => expect(listed(root)).toHaveLength(15));
    expect(listed(root)[0]).toBe('Step 29.');
    await choose(getByLabel<HTMLSelectElement>(root, en.studentFilterOutcome), 'actedOn');
    // Odd steps acted on: 3, 9, 15, 21, 27.
    await eventually(() =>
      expect(listed(root)).toEqual(['Step 27.', 'Step 21.', 'Step 15.', 'Step 9.', 'Step 3.']),
    );
  });

  it('shows the learner’s follow-ups, due and upcoming', async () => {
    const { repos } = freshRepositories();
    const { maja } = await school(repos);
    const root = await mount(
      <Providers repos={repos}>
        <StudentView studentId={maja.id} now={() => NOW} />
      </Providers>,
    );
    const due = await eventually(() => {
      const group = root.querySelector<HTMLElement>('[data-testid=student-follow-ups-due]');
      expect(group).not.toBeNull();
      return group as HTMLElement;
    });
    expect(textOf(due)).toContain('9 Mar: Maja’s essay · Step 29.');
    const upcoming = root.querySelector<HTMLElement>('[data-testid=student-follow-ups-upcoming]');
    expect(textOf(upcoming as HTMLElement)).toContain('13 Mar: Maja’s essay · Step 28.');
  });

  it('shows the uptake of the learner beside the class’s', async () => {
    const { repos } = freshRepositories();
    const { maja } = await school(repos);
    const root = await mount(
      <Providers repos={repos}>
        <StudentView studentId={maja.id} now={() => NOW} />
      </Providers>,
    );
    // Maja: 30 given, 10 acted on (all with an outcome), 2 days each.
    // 9B: 31 given, 11 with an outcome, 10 acted on: 10 / 11 ≈ 91 %; days 2 (×10) and 1 → median 2.
    const all = await eventually(() => {
      const row = root.querySelector('[data-testid=uptake-row-all]');
      expect(row?.querySelectorAll('td')).toHaveLength(4);
      return row as HTMLElement;
    });
    expect([...all.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      '100% (10 of 30 with an outcome)',
      '2',
      '91% (11 of 31 with an outcome)',
      '2',
    ]);
  });
});

describe('the Students tab', () => {
  /** The Students tab over the school, with its class chosen and no learner. */
  async function studentsTabOnClass() {
    const { repos } = freshRepositories();
    const { group } = await school(repos);
    const root = await mount(
      <Providers repos={repos}>
        <StudentsTab now={() => NOW} />
      </Providers>,
    );
    const classSelect = await eventually(() => {
      const select = getByLabel<HTMLSelectElement>(root, en.classChoose);
      expect([...select.options].map((option) => option.textContent)).toContain('9B');
      return select;
    });
    await choose(classSelect, group.id);
    return { repos, root };
  }

  it('shows a class’s uptake over time while no learner is chosen', async () => {
    const { root } = await studentsTabOnClass();
    const all = await eventually(() => {
      const row = root.querySelector('[data-testid=uptake-row-all]');
      expect(row).not.toBeNull();
      return row as HTMLElement;
    });
    expect([...all.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      '91% (11 of 31 with an outcome)',
      '2',
    ]);
    expect(textOf(root)).toContain('Class 9B: taken up');
    expect(root.querySelector('[data-testid=student-view]')).toBeNull();
  });

  it('counts the class again when an outcome is recorded', async () => {
    const { repos, root } = await studentsTabOnClass();
    const allCells = () =>
      [...root.querySelectorAll('[data-testid=uptake-row-all] td')].map((cell) => cell.textContent);
    await eventually(() => expect(allCells()).toEqual(['91% (11 of 31 with an outcome)', '2']));
    // Omar's "not yet" becomes "acted on" after a day: 11 / 11; days 2 (×10) and 1 → median 2.
    await repos.feedback.recordOutcome('omar-1', { kind: 'actedOn' }, NOW);
    await eventually(() => expect(allCells()).toEqual(['100% (11 of 31 with an outcome)', '2']));
  });
});
