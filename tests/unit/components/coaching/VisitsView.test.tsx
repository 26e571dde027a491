import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { VisitsView } from '../../../../components/coaching/VisitsView';
import type { Repositories } from '../../../../utils/db/index';
import type { Locale } from '../../../../utils/i18n/index';
import {
  click,
  eventually,
  focus,
  freshRepositories,
  getButton,
  getByLabel,
  getChoice,
  mount,
  Providers,
  type,
  unmountAll,
} from '../render';

afterEach(unmountAll);

/** A visit of Kim, coached by Sam, under way now; the view opened at its notes, as the panel's link does, and settled. */
async function visitUnderWay(
  locale: Locale = 'en',
): Promise<{ root: HTMLElement; repos: Repositories }> {
  const { repos } = freshRepositories();
  await repos.visits.create({
    school: 'Centralskolan',
    at: Date.now(),
    visitedColleague: 'Kim',
    coach: 'Sam',
  });
  const root = await mount(
    <Providers repos={repos} locale={locale}>
      <VisitsView observe />
    </Providers>,
  );
  await eventually(() => getByLabel(root, locale === 'sv' ? 'Anteckning' : 'Note'));
  // Opening puts the keyboard on the visit's heading a moment after it shows;
  // a field focused before that moment would lose the focus to it.
  await eventually(() => expect(document.activeElement?.tagName).toBe('H2'));
  return { root, repos };
}

/** Leaves a field the way the teacher does, which saves it. */
async function leave(field: HTMLElement) {
  await act(() => field.blur());
}

describe('a visit’s views', () => {
  it('hold the coach’s reflection back until the colleague has answered the first question', async () => {
    const { root, repos } = await visitUnderWay();
    const reflection = getByLabel<HTMLTextAreaElement>(root, 'The coach’s reflection');
    expect(reflection.disabled).toBe(true);
    const first = getByLabel<HTMLTextAreaElement>(
      root,
      'You asked me to look at what we agreed. Before I say anything: what is your own reflection? What did you notice or experience that was interesting?',
    );
    await focus(first);
    await type(first, 'I spoke mostly to the front.');
    expect(reflection.disabled).toBe(true);
    await leave(first);
    await eventually(() => expect(reflection.disabled).toBe(false));
    const [visit] = await repos.visits.all();
    expect(visit?.followUp['own-reflection']).toBe('I spoke mostly to the front.');
  });

  it('count every quick tap on a tally row', async () => {
    const { root, repos } = await visitUnderWay();
    await click(getChoice(root, 'Tally table'));
    await eventually(() => getByLabel(root, 'What to count'));
    await type(getByLabel(root, 'What to count'), 'Boys spoken to');
    await click(getButton(root, 'Add row'));
    const more = await eventually(() => getButton(root, 'One more: Boys spoken to'));
    await act(() => {
      for (let tap = 0; tap < 5; tap += 1) more.click();
    });
    await eventually(async () => {
      const [visit] = await repos.visits.all();
      expect(visit?.tally?.[0]?.count).toBe(5);
    });
  });

  it('speak the teacher’s language', async () => {
    const { root } = await visitUnderWay('sv');
    expect(getButton(root, 'Lägg till anteckning')).toBeDefined();
    expect(getByLabel<HTMLTextAreaElement>(root, 'Coachens reflektion').disabled).toBe(true);
  });
});
