import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CriterionField } from '../../../../components/document/CriterionField';
import { mount, press, unmountAll } from '../fakes';

afterEach(unmountAll);

describe('a success criterion’s field', () => {
  it('adds the next criterion on Enter instead of breaking the line, and ignores Shift+Enter', async () => {
    const onEnter = vi.fn();
    const onText = vi.fn();
    const root = await mount(
      h(CriterionField, { id: 'c1', value: 'A clear thesis', onText, onEnter }),
    );
    const field = root.querySelector('textarea') as HTMLTextAreaElement;
    const enter = await press(field, 'Enter');
    expect(enter.defaultPrevented).toBe(true);
    expect(onEnter).toHaveBeenCalledTimes(1);
    const shiftEnter = await press(field, 'Enter', { shiftKey: true });
    expect(shiftEnter.defaultPrevented).toBe(true);
    expect(onEnter).toHaveBeenCalledTimes(1);

    field.value = 'Pasted\nover two lines';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    expect(onText).toHaveBeenLastCalledWith('Pasted over two lines');
    expect(field.value).toBe('Pasted over two lines');
  });
});
