import { afterEach, describe, expect, it } from 'vitest';
import { LogActivityForm } from '../../../../components/quarter/LogActivityForm';
import {
  choose,
  click,
  eventually,
  freshRepositories,
  getButton,
  getByLabel,
  getChoice,
  mount,
  Providers,
  queryByRole,
  textOf,
  type,
  unmountAll,
} from '../render';

afterEach(unmountAll);

const NOW = Date.UTC(2026, 10, 18, 12);
const STUDENTS = [
  { id: 'ada', name: 'Ada' },
  { id: 'ben', name: 'Ben' },
  { id: 'cy', name: 'Cy' },
];

async function renderForm() {
  const { repos } = freshRepositories();
  const root = await mount(
    <Providers repos={repos}>
      <LogActivityForm
        now={() => NOW}
        forClass={{ groupId: 'g7a', students: STUDENTS }}
        targets={[
          { key: 'g7a', label: 'The whole class (7a)', groupId: 'g7a' },
          ...STUDENTS.map((student) => ({
            key: student.id,
            label: student.name,
            studentId: student.id,
            groupId: 'g7a',
          })),
        ]}
      />
    </Providers>,
  );
  return { repos, root };
}

describe('LogActivityForm for some students', () => {
  it('offers the choice after the whole class and keeps the kinds disabled until a student is ticked', async () => {
    const { root } = await renderForm();
    const forSelect = getByLabel<HTMLSelectElement>(root, 'For');
    expect([...forSelect.options].map((option) => option.text)).toEqual([
      'The whole class (7a)',
      'Some students…',
      'Ada',
      'Ben',
      'Cy',
    ]);
    expect(root.querySelector('.student-checklist')).toBeNull();

    await choose(forSelect, 'some-students');
    expect(textOf(root)).toContain('0 of 3 chosen');
    expect(textOf(root)).toContain('Tick at least one student to log for.');
    expect(textOf(root)).toContain('Work logged for a group counts once for each student in it.');
    for (const kind of ['Formative check', 'Peer feedback', 'Self-assessment'])
      expect(getButton(root, kind).disabled).toBe(true);

    await click(getChoice(root, 'Ben'));
    expect(textOf(root)).toContain('1 of 3 chosen');
    expect(getButton(root, 'Peer feedback').disabled).toBe(false);
    expect(textOf(root)).not.toContain('Tick at least one student');
  });

  it('logs one record per ticked student with the same kind, day and note', async () => {
    const { repos, root } = await renderForm();
    await choose(getByLabel<HTMLSelectElement>(root, 'For'), 'some-students');
    await click(getChoice(root, 'Ada'));
    await click(getChoice(root, 'Cy'));
    expect(textOf(root)).toContain('2 of 3 chosen');
    await type(getByLabel<HTMLInputElement>(root, 'Note (optional)'), 'Pair review');
    await click(getButton(root, 'Peer feedback'));
    await eventually(() =>
      expect(queryByRole(root, 'status', 'Logged: Peer feedback for Ada, Cy')).toHaveLength(1),
    );
    const logged = (await repos.activity.all()).sort((a, b) =>
      (a.studentId ?? '').localeCompare(b.studentId ?? ''),
    );
    expect(
      logged.map(({ kind, at, studentId, groupId, note }) => ({
        kind,
        at,
        studentId,
        groupId,
        note,
      })),
    ).toEqual([
      { kind: 'peer', at: NOW, studentId: 'ada', groupId: 'g7a', note: 'Pair review' },
      { kind: 'peer', at: NOW, studentId: 'cy', groupId: 'g7a', note: 'Pair review' },
    ]);
  });
});
