import { afterEach, describe, expect, it, vi } from 'vitest';
import { AssignmentEditor } from '../../../../components/document/AssignmentEditor';
import { en } from '../../../../utils/i18n/catalogs/en';
import type { AssignmentRecord } from '../../../../utils/model/records';
import {
  click,
  eventually,
  freshRepositories,
  getButton,
  getByLabel,
  mount,
  Providers,
  pause,
  queryByRole,
  rerender,
  type,
  unmountAll,
} from '../fakes';

afterEach(unmountAll);

/** Longer than the editor's 400 ms wait before it saves. */
const AFTER_SAVE_DELAY_MS = 600;

const STORED: AssignmentRecord = {
  id: 'essay',
  title: 'Essay',
  learningGoal: 'Argue a point.',
  criteria: [],
  revision: 1,
  createdAt: 1,
  updatedAt: 1,
};

/** The editor over `assignment`, as the live query hands it in; `onSave` records the saves. */
function editor(
  assignment: AssignmentRecord,
  onSave: (a: AssignmentRecord, base: number) => Promise<AssignmentRecord>,
) {
  const { repos } = freshRepositories();
  return (
    <Providers repos={repos}>
      <AssignmentEditor assignment={assignment} onSave={onSave} />
    </Providers>
  );
}

const goalField = (root: HTMLElement) => getByLabel<HTMLTextAreaElement>(root, en.assignmentGoal);
const THEIRS = { ...STORED, learningGoal: 'Argue a point with sources.', revision: 2 };

describe('an assignment edited in another tab', () => {
  it('shows the other tab’s text at once when nothing is being changed here', async () => {
    const onSave = vi.fn(async (a: AssignmentRecord) => a);
    const root = await mount(editor(STORED, onSave));
    await rerender(root, editor(THEIRS, onSave));
    expect(goalField(root).value).toBe('Argue a point with sources.');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('lets the teacher choose, and writes theirs over only when asked', async () => {
    const onSave = vi.fn(async (a: AssignmentRecord, base: number) => ({
      ...a,
      revision: base + 1,
    }));
    const root = await mount(editor(STORED, onSave));
    await type(goalField(root), 'Argue a point clearly.');
    await rerender(root, editor(THEIRS, onSave));

    await eventually(() =>
      expect(queryByRole(root, 'alert', en.assignmentChangedElsewhere)).toHaveLength(1),
    );
    await pause(AFTER_SAVE_DELAY_MS);
    expect(onSave).not.toHaveBeenCalled();

    await click(getButton(root, en.assignmentKeepMine));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ learningGoal: 'Argue a point clearly.' }),
      2,
    );
  });

  it('drops the teacher’s unsaved text for the other tab’s when they choose it', async () => {
    const onSave = vi.fn(async (a: AssignmentRecord) => a);
    const root = await mount(editor(STORED, onSave));
    await type(goalField(root), 'Argue a point clearly.');
    await rerender(root, editor(THEIRS, onSave));
    await eventually(() =>
      expect(queryByRole(root, 'alert', en.assignmentChangedElsewhere)).toHaveLength(1),
    );

    await click(getButton(root, en.assignmentUseTheirs));
    expect(goalField(root).value).toBe('Argue a point with sources.');
    expect(queryByRole(root, 'alert', en.assignmentChangedElsewhere)).toHaveLength(0);
  });

  it('says when the goal and criteria were saved, so autosave is not silent', async () => {
    const onSave = vi.fn(async (a: AssignmentRecord, base: number) => ({
      ...a,
      revision: base + 1,
    }));
    const root = await mount(editor(STORED, onSave));
    await type(goalField(root), 'Argue a point clearly.');
    expect(queryByRole(root, 'status', en.assignmentSaved)).toHaveLength(0);
    await eventually(() => expect(queryByRole(root, 'status', en.assignmentSaved)).toHaveLength(1));
  });
});
