import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutcomeControls } from '../../../../components/feedback-list/OutcomeControls';
import { en } from '../../../../utils/i18n/catalogs/en';
import { formatDay } from '../../../../utils/i18n/index';
import type { Outcome } from '../../../../utils/model/outcome';
import type { FeedbackItemRecord } from '../../../../utils/model/records';
import { feedbackItemRecord } from '../../builders';
import {
  click,
  freshRepositories,
  getButton,
  mount,
  Providers,
  queryButtons,
  rerender,
  textOf,
  unmountAll,
} from '../render';
import { fakeActions, fakeSession, WithSession } from '../session';

afterEach(unmountAll);

const AT = new Date(2026, 11, 4, 12).getTime();

describe('OutcomeControls', () => {
  const recordOutcome = vi.fn(async () => {});
  const controls = (item: FeedbackItemRecord) => (
    <Providers repos={freshRepositories().repos}>
      <WithSession session={fakeSession({})} actions={fakeActions({ recordOutcome })}>
        <OutcomeControls item={item} />
      </WithSession>
    </Providers>
  );
  const withOutcome = (outcome: Outcome) => ({ ...feedbackItemRecord('i1'), outcome });
  const pressed = (root: HTMLElement) =>
    [...root.querySelectorAll('button[aria-pressed="true"]')].map((button) => button.textContent);

  afterEach(() => recordOutcome.mockClear());

  it('is a labelled group of three toggles, none pressed, until an outcome is recorded', async () => {
    const root = await mount(controls(feedbackItemRecord('i1')));
    const group = root.querySelector('fieldset');
    expect(group?.querySelector('legend')?.textContent).toBe(en.outcomeGroup);
    for (const name of [en.outcomeActedOn, en.outcomePartly, en.outcomeNotYet]) {
      expect(getButton(root, name).getAttribute('aria-pressed')).toBe('false');
    }
    expect(queryButtons(root, en.outcomeAddNote)).toHaveLength(0);
    await click(getButton(root, en.outcomePartly));
    expect(recordOutcome).toHaveBeenCalledWith(expect.objectContaining({ id: 'i1' }), {
      kind: 'partly',
      note: undefined,
    });
  });

  it('shows the recorded outcome and its date, and takes it back when pressed again', async () => {
    const root = await mount(controls(withOutcome({ kind: 'actedOn', note: 'Redid it', at: AT })));
    expect(pressed(root)).toEqual([en.outcomeActedOn]);
    expect(textOf(root)).toContain(`${en.outcomeActedOn}, ${formatDay(AT, 'en')}`);
    expect(root.querySelector('[data-testid="outcome-note"]')?.textContent).toBe('Redid it');
    await click(getButton(root, en.outcomeActedOn));
    expect(recordOutcome).toHaveBeenCalledWith(expect.anything(), null);
  });

  it('changes the kind and keeps the note', async () => {
    const root = await mount(controls(withOutcome({ kind: 'notYet', note: 'Soon', at: AT })));
    await click(getButton(root, en.outcomeActedOn));
    expect(recordOutcome).toHaveBeenCalledWith(expect.anything(), {
      kind: 'actedOn',
      note: 'Soon',
    });
  });

  it('saves the note once on Enter, trimmed, and gives the keyboard back to the note button', async () => {
    const root = await mount(controls(withOutcome({ kind: 'partly', at: AT })));
    await click(getButton(root, en.outcomeAddNote));
    const field = root.querySelector<HTMLInputElement>(
      `input[aria-label="${en.outcomeNoteLabel}"]`,
    );
    if (!field) throw new Error('no note field');
    expect(document.activeElement).toBe(field);
    field.value = '  Only the intro  ';
    // Enter closes the field, which the browser then blurs: one save, not two.
    await act(() => {
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      field.dispatchEvent(new FocusEvent('blur'));
    });
    await rerender(root, controls(withOutcome({ kind: 'partly', note: 'Only the intro', at: AT })));
    expect(recordOutcome).toHaveBeenCalledTimes(1);
    expect(recordOutcome).toHaveBeenCalledWith(expect.anything(), {
      kind: 'partly',
      note: 'Only the intro',
    });
    expect(document.activeElement).toBe(getButton(root, en.outcomeEditNote));
  });

  it('offers nothing on an item without a feed-forward', async () => {
    const item = feedbackItemRecord('i1', {
      parts: [{ question: 'feedBack', level: 'task', text: 'Clear dates.' }],
    });
    const root = await mount(controls(item));
    expect(root.querySelector('fieldset')).toBeNull();
  });
});
