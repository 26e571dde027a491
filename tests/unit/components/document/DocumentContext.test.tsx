import { afterEach, describe, expect, it } from 'vitest';
import type { Repositories } from '../../../../utils/db/index';
import { en } from '../../../../utils/i18n/catalogs/en';
import {
  choose,
  click,
  ESSAY,
  eventually,
  feedbackTab,
  freshRepositories,
  getButton,
  getByLabel,
  mountPanel,
  press,
  pressEnterToSubmit,
  queryButtons,
  storeItem,
  textOf,
  type,
  unmountAll,
} from '../fakes';

afterEach(unmountAll);

const studentSelect = (root: HTMLElement) =>
  getByLabel<HTMLSelectElement>(feedbackTab(root), en.contextStudent);
const assignmentSelect = (root: HTMLElement) =>
  getByLabel<HTMLSelectElement>(feedbackTab(root), en.contextAssignment);
const optionTexts = (select: HTMLSelectElement) =>
  [...select.options].map((option) => option.textContent);

/** Picks the select's "New…" choice, found by its label. */
async function chooseNew(select: HTMLSelectElement, label: string) {
  const option = [...select.options].find((candidate) => candidate.textContent === label);
  if (!option) throw new Error(`no option "${label}"`);
  await choose(select, option.value);
}

const storedDocument = (repos: Repositories) => repos.documents.findByKey(ESSAY.key);

describe('DocumentContext: the student', () => {
  it('creates a student in place with Enter and attaches the document and its feedback', async () => {
    const { name, repos } = freshRepositories();
    await repos.students.create('Bea');
    const earlier = await storeItem(repos, { text: 'Earlier remark.', createdAt: 1000 });
    const { root } = await mountPanel({ name, repos });
    await eventually(() =>
      expect(optionTexts(studentSelect(root))).toEqual([
        en.contextNotChosen,
        'Bea',
        en.contextNewStudent,
      ]),
    );
    expect(studentSelect(root).value).toBe('');

    await chooseNew(studentSelect(root), en.contextNewStudent);
    const nameField = getByLabel<HTMLInputElement>(root, en.contextNewStudentName);
    expect(document.activeElement).toBe(nameField);
    await type(nameField, '  Alex Lind ');
    await pressEnterToSubmit(nameField);

    const student = await eventually(async () => {
      const found = (await repos.students.all()).find((s) => s.name === 'Alex Lind');
      expect(found).toBeDefined();
      return found as NonNullable<typeof found>;
    });
    await eventually(async () => expect((await storedDocument(repos))?.studentId).toBe(student.id));
    expect((await repos.feedback.get(earlier.id))?.studentId).toBe(student.id);
    expect((await repos.feedback.listForStudent(student.id)).map((item) => item.id)).toEqual([
      earlier.id,
    ]);

    await eventually(() => expect(studentSelect(root).value).toBe(student.id));
    expect(optionTexts(studentSelect(root))).toEqual([
      en.contextNotChosen,
      'Alex Lind',
      'Bea',
      en.contextNewStudent,
    ]);
    expect(() => getByLabel(root, en.contextNewStudentName)).toThrow();
  });

  it('stores a document never commented on once a student is chosen, and detaches again', async () => {
    const { name, repos } = freshRepositories();
    const bea = await repos.students.create('Bea');
    const { root } = await mountPanel({ name, repos });
    expect(await repos.documents.count()).toBe(0);

    await eventually(() => expect(optionTexts(studentSelect(root))).toContain('Bea'));
    await choose(studentSelect(root), bea.id);
    await eventually(async () =>
      expect(await storedDocument(repos)).toMatchObject({ ...ESSAY, studentId: bea.id }),
    );

    await choose(studentSelect(root), '');
    await eventually(async () => expect((await storedDocument(repos))?.studentId).toBeUndefined());
    expect(studentSelect(root).value).toBe('');
    expect(await repos.documents.count()).toBe(1);
  });

  it('creates nothing for an empty name, on Escape or on Cancel', async () => {
    const { root, repos } = await mountPanel();
    await chooseNew(studentSelect(root), en.contextNewStudent);
    const nameField = getByLabel<HTMLInputElement>(root, en.contextNewStudentName);
    await type(nameField, '   ');
    await pressEnterToSubmit(nameField);
    expect(getByLabel(root, en.contextNewStudentName)).toBe(nameField);

    await press(nameField, 'Escape');
    expect(() => getByLabel(root, en.contextNewStudentName)).toThrow();
    expect(studentSelect(root).value).toBe('');

    await chooseNew(studentSelect(root), en.contextNewStudent);
    const another = getByLabel<HTMLInputElement>(root, en.contextNewStudentName);
    await type(another, 'Not wanted');
    await click(getButton(another.form as HTMLFormElement, en.actionCancel));
    expect(() => getByLabel(root, en.contextNewStudentName)).toThrow();

    expect(await repos.students.count()).toBe(0);
    expect(await repos.documents.count()).toBe(0);
  });
});

describe('DocumentContext: the student’s class and student view', () => {
  it('puts the chosen student in a class created in place, and links to their student view', async () => {
    const { name, repos } = freshRepositories();
    const bea = await repos.students.create('Bea');
    await repos.groups.create('8A');
    const { root } = await mountPanel({ name, repos });
    expect(() => getByLabel(feedbackTab(root), en.classChoose)).toThrow();

    await eventually(() => expect(optionTexts(studentSelect(root))).toContain('Bea'));
    await choose(studentSelect(root), bea.id);
    const classSelect = await eventually(() =>
      getByLabel<HTMLSelectElement>(feedbackTab(root), en.classChoose),
    );
    expect(optionTexts(classSelect)).toEqual([en.contextNotChosen, '8A', en.classNew]);
    const link = feedbackTab(root).querySelector<HTMLAnchorElement>('a[href^="dashboard.html"]');
    expect(link?.getAttribute('href')).toBe(`dashboard.html#student=${bea.id}`);
    expect(link?.textContent).toBe(`${en.studentViewOpen}: Bea`);

    await chooseNew(classSelect, en.classNew);
    const nameField = getByLabel<HTMLInputElement>(root, en.classNewName);
    await type(nameField, '9B');
    await pressEnterToSubmit(nameField);
    const nineB = await eventually(async () => {
      const found = (await repos.groups.all()).find((group) => group.name === '9B');
      expect(found).toBeDefined();
      return found as NonNullable<typeof found>;
    });
    await eventually(async () =>
      expect((await repos.students.get(bea.id))?.groupId).toBe(nineB.id),
    );
    await eventually(() => expect(classSelect.value).toBe(nineB.id));
  });
});

describe('DocumentContext: the assignment', () => {
  it('creates an assignment in place, then saves its goal and criteria for the composer', async () => {
    const { root, repos } = await mountPanel();
    expect(textOf(root)).not.toContain(en.assignmentEdit);

    await chooseNew(assignmentSelect(root), en.contextNewAssignment);
    const titleField = getByLabel<HTMLInputElement>(root, en.contextNewAssignmentTitle);
    expect(document.activeElement).toBe(titleField);
    await type(titleField, 'Climate essay');
    await pressEnterToSubmit(titleField);

    const assignment = await eventually(async () => {
      const [found] = await repos.assignments.all();
      expect(found?.title).toBe('Climate essay');
      return found as NonNullable<typeof found>;
    });
    await eventually(async () =>
      expect((await storedDocument(repos))?.assignmentId).toBe(assignment.id),
    );
    await eventually(() => expect(assignmentSelect(root).value).toBe(assignment.id));

    // The editor for the new assignment, open since it has no criteria yet.
    const editor = await eventually(() => {
      const details = feedbackTab(root).querySelector('details.assignment-editor');
      expect(details).not.toBeNull();
      return details as HTMLDetailsElement;
    });
    expect(editor.open).toBe(true);
    expect(textOf(editor)).toContain(en.assignmentEdit);
    expect(textOf(editor)).toContain(en.assignmentNoCriteria);

    await type(getByLabel<HTMLTextAreaElement>(editor, en.assignmentGoal), 'Argue from evidence.');
    await click(getButton(editor, en.assignmentAddCriterion));
    const first = getByLabel<HTMLTextAreaElement>(
      editor,
      en.assignmentCriterion.replace('{number}', '1'),
    );
    expect(document.activeElement).toBe(first);
    await type(first, 'uses at least two sources');
    await click(getButton(editor, en.assignmentAddCriterion));
    const second = getByLabel<HTMLTextAreaElement>(
      editor,
      en.assignmentCriterion.replace('{number}', '2'),
    );
    expect(document.activeElement).toBe(second);
    await type(second, 'states a clear thesis');
    // The editor stays open while criteria are being written.
    expect(editor.open).toBe(true);

    // Saved after the editor's short delay.
    const saved = await eventually(async () => {
      const stored = await repos.assignments.get(assignment.id);
      expect(stored?.learningGoal).toBe('Argue from evidence.');
      expect(stored?.criteria.map((criterion) => criterion.text)).toEqual([
        'uses at least two sources',
        'states a clear thesis',
      ]);
      return stored as NonNullable<typeof stored>;
    });
    expect(saved.title).toBe('Climate essay');

    // The composer offers the criteria for the feed-up part.
    const criterion = await eventually(() => {
      const select = getByLabel<HTMLSelectElement>(feedbackTab(root), en.composerCriterion);
      expect(optionTexts(select)).toEqual([
        en.composerNoCriterion,
        'uses at least two sources',
        'states a clear thesis',
      ]);
      return select;
    });
    expect([...criterion.options].slice(1).map((option) => option.value)).toEqual(
      saved.criteria.map((c) => c.id),
    );

    // Removing a criterion keeps the other's id, so links to it stay.
    await click(getButton(editor, en.assignmentRemoveCriterion.replace('{number}', '1')));
    await eventually(async () =>
      expect((await repos.assignments.get(assignment.id))?.criteria).toEqual([saved.criteria[1]]),
    );
  });

  it('shows the goal and criteria of the assignment chosen, and switches with it', async () => {
    const { name, repos } = freshRepositories();
    const essay = await repos.assignments.create({
      title: 'Essay',
      learningGoal: 'Argue.',
      criteria: ['has a thesis'],
    });
    const report = await repos.assignments.create({
      title: 'Lab report',
      learningGoal: 'Report a method.',
      criteria: ['method is repeatable', 'results are in a table'],
    });
    const { root } = await mountPanel({ name, repos });
    await eventually(() =>
      expect(optionTexts(assignmentSelect(root))).toEqual([
        en.contextNotChosen,
        'Essay',
        'Lab report',
        en.contextNewAssignment,
      ]),
    );

    await choose(assignmentSelect(root), essay.id);
    const goal = () => getByLabel<HTMLTextAreaElement>(feedbackTab(root), en.assignmentGoal);
    const criteria = () =>
      [...feedbackTab(root).querySelectorAll<HTMLTextAreaElement>('.criteria textarea')].map(
        (input) => input.value,
      );
    await eventually(() => expect(goal().value).toBe('Argue.'));
    expect(criteria()).toEqual(['has a thesis']);

    await choose(assignmentSelect(root), report.id);
    await eventually(() => expect(goal().value).toBe('Report a method.'));
    expect(criteria()).toEqual(['method is repeatable', 'results are in a table']);
    expect(queryButtons(feedbackTab(root), en.assignmentAddCriterion)).toHaveLength(1);
    await eventually(async () =>
      expect((await storedDocument(repos))?.assignmentId).toBe(report.id),
    );
  });
});
