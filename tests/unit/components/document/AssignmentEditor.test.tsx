import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AssignmentEditor } from '../../../../components/document/AssignmentEditor';
import { oneLine } from '../../../../components/document/CriterionField';
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

describe('success criteria in wrapping fields', () => {
  const WITH_CRITERION: AssignmentRecord = {
    ...STORED,
    criteria: [{ id: 'c1', text: 'Uses sources.' }],
  };
  const criterionField = (root: HTMLElement, number = 1) =>
    getByLabel<HTMLTextAreaElement>(
      root,
      en.assignmentCriterion.replace('{number}', String(number)),
    );

  /** Presses a key in a field; true when the field let it through (it was not prevented). */
  async function press(field: HTMLElement, key: string, init: KeyboardEventInit = {}) {
    let passed = false;
    await act(() => {
      passed = field.dispatchEvent(
        new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }),
      );
    });
    return passed;
  }

  it('are text areas that wrap, one row to start with', async () => {
    const root = await mount(
      editor(
        WITH_CRITERION,
        vi.fn(async (a: AssignmentRecord) => a),
      ),
    );
    const field = criterionField(root);
    expect(field.tagName).toBe('TEXTAREA');
    expect(field.getAttribute('rows')).toBe('1');
    expect(field.value).toBe('Uses sources.');
  });

  it('never take a line break from Enter or Shift+Enter, but let other keys through', async () => {
    const root = await mount(
      editor(
        WITH_CRITERION,
        vi.fn(async (a: AssignmentRecord) => a),
      ),
    );
    const field = criterionField(root);
    expect(await press(field, 'Enter')).toBe(false);
    expect(await press(field, 'Enter', { shiftKey: true })).toBe(false);
    expect(await press(field, 'a')).toBe(true);
    expect(field.value).toBe('Uses sources.');
  });

  it('turn pasted line breaks into spaces, in the field and in what is saved', async () => {
    const onSave = vi.fn(async (a: AssignmentRecord, base: number) => ({
      ...a,
      revision: base + 1,
    }));
    const root = await mount(editor(WITH_CRITERION, onSave));
    await type(criterionField(root), 'Uses sources\nand cites them\r\nclearly.');
    expect(criterionField(root).value).toBe('Uses sources and cites them clearly.');
    await eventually(() =>
      expect(onSave).toHaveBeenCalledWith(
        expect.objectContaining({
          criteria: [{ id: 'c1', text: 'Uses sources and cites them clearly.' }],
        }),
        1,
      ),
    );
  });

  it('still add a criterion from the "Add a criterion" button, into a field of its own', async () => {
    const root = await mount(
      editor(
        WITH_CRITERION,
        vi.fn(async (a: AssignmentRecord) => a),
      ),
    );
    await click(getButton(root, en.assignmentAddCriterion));
    const added = criterionField(root, 2);
    expect(added.tagName).toBe('TEXTAREA');
    expect(document.activeElement).toBe(added);
  });
});

describe('one line of criterion text', () => {
  it('becomes one line, each line break a space', () => {
    expect(oneLine('a\nb\r\nc\rd\u2028e')).toBe('a b c d e');
    expect(oneLine('no breaks')).toBe('no breaks');
  });
});
