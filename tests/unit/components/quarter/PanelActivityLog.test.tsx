import { afterEach, describe, expect, it } from 'vitest';
import { PanelActivityLog } from '../../../../components/quarter/PanelActivityLog';
import type { StudentRecord } from '../../../../utils/model/records';
import {
  choose,
  click,
  eventually,
  freshRepositories,
  getButton,
  getByLabel,
  mount,
  Providers,
  queryByRole,
  textOf,
  type,
  unmountAll,
} from '../render';
import { fakeSession, WithSession } from '../session';

afterEach(unmountAll);

async function renderLog(withStudent = true) {
  const { repos } = freshRepositories();
  await repos.groups.put({ id: 'g7b', name: '7B', createdAt: 1, updatedAt: 1 });
  const student: StudentRecord = await repos.students.create('Astrid', 'g7b');
  const root = await mount(
    <Providers repos={repos}>
      <WithSession session={fakeSession({ student: withStudent ? student : undefined })}>
        <PanelActivityLog />
      </WithSession>
    </Providers>,
  );
  return { repos, root, student };
}

describe('PanelActivityLog', () => {
  it('logs peer feedback for the document’s student in one click once open, with the note', async () => {
    const { repos, root, student } = await renderLog();
    expect(root.querySelector('details')?.open).toBe(false);
    expect(root.querySelector('summary')?.textContent).toBe('Log activity');
    await type(getByLabel<HTMLInputElement>(root, 'Note (optional)'), ' Two stars and a wish ');
    await click(getButton(root, 'Peer feedback'));
    await eventually(() =>
      expect(queryByRole(root, 'status', 'Logged: Peer feedback for Astrid')).toHaveLength(1),
    );
    const [logged] = await repos.activity.all();
    expect(logged).toMatchObject({
      kind: 'peer',
      studentId: student.id,
      groupId: 'g7b',
      note: 'Two stars and a wish',
    });
    expect(getByLabel<HTMLInputElement>(root, 'Note (optional)').value).toBe('');
  });

  it('logs a formative check for the whole class on a chosen day', async () => {
    const { repos, root } = await renderLog();
    await eventually(() => expect(textOf(root)).toContain('The whole class (7B)'));
    await choose(getByLabel<HTMLSelectElement>(root, 'For'), 'g7b');
    await type(getByLabel<HTMLInputElement>(root, 'Date'), '2026-11-02');
    await click(getButton(root, 'Formative check'));
    await eventually(() =>
      expect(queryByRole(root, 'status', 'for The whole class (7B)')).toHaveLength(1),
    );
    const [logged] = await repos.activity.all();
    expect(logged?.studentId).toBeUndefined();
    expect(logged?.groupId).toBe('g7b');
    expect(new Date(logged?.at ?? 0).toDateString()).toBe(new Date(2026, 10, 2).toDateString());
  });

  it('asks for the student first', async () => {
    const { root } = await renderLog(false);
    expect(textOf(root)).toContain('Choose the student first');
    expect(queryByRole(root, 'group')).toHaveLength(0);
  });
});
