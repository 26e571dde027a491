import { afterEach, describe, expect, it } from 'vitest';
import { GuidancePanel } from '../../../../components/guidance/GuidancePanel';
import type { Repositories, StudentRecord } from '../../../../utils/db/index';
import { GUIDANCE_ROWS, PITFALLS } from '../../../../utils/feedback/guidance';
import { en } from '../../../../utils/i18n/catalogs/en';
import { nb } from '../../../../utils/i18n/catalogs/nb';
import type { Locale } from '../../../../utils/i18n/index';
import { DocumentSessionProvider } from '../../../../utils/panel/session/provider';
import { createFakePage } from '../fake-page';
import {
  click,
  eventually,
  freshRepositories,
  getByLabel,
  getChoice,
  mount,
  Providers,
  pause,
  textOf,
  type,
  unmountAll,
} from '../render';

afterEach(unmountAll);

/**
 * The guidance inside the session of a document on a fake page; with a
 * student, the document is stored as theirs, and rendering waits until the
 * session has read them.
 */
async function renderGuidance(
  options: { repos?: Repositories; student?: StudentRecord; locale?: Locale } = {},
) {
  const repos = options.repos ?? freshRepositories().repos;
  const page = createFakePage();
  if (options.student) {
    const document = await repos.documents.ensure(page.connection.document);
    await repos.documents.attach(document.id, { studentId: options.student.id });
  }
  const root = await mount(
    <Providers repos={repos} page={page.connection} locale={options.locale}>
      <DocumentSessionProvider>
        <GuidancePanel />
      </DocumentSessionProvider>
    </Providers>,
  );
  if (options.student)
    await eventually(() => expect(root.querySelector('fieldset')).not.toBeNull());
  return { repos, root };
}

const stepField = (root: HTMLElement, number: number) =>
  getByLabel<HTMLInputElement>(root, `Step ${number}`);
const radios = (root: HTMLElement) => [
  ...root.querySelectorAll<HTMLInputElement>('input[type="radio"]'),
];
const checkedLabel = (root: HTMLElement) =>
  radios(root)
    .filter((radio) => radio.checked)
    .map((radio) => textOf(radio.closest('label') as HTMLElement));

describe('GuidancePanel: golden rules and pitfalls', () => {
  it('is a disclosure with the golden rules, their hints and the common pitfalls', async () => {
    const { root } = await renderGuidance();
    const details = root.querySelector('details');
    expect(details).not.toBeNull();
    expect(details?.open).toBe(false);
    expect(textOf(details?.querySelector('summary') as HTMLElement)).toBe(en.guidanceOpen);

    const text = textOf(root);
    for (const row of GUIDANCE_ROWS.filter((r) => !r.key.startsWith('pitfall'))) {
      expect(text).toContain(en[row.title]);
      if (row.hint) expect(text).toContain(en[row.hint]);
    }
    expect(text).toContain(en.checklistHeading);
    expect(text).toContain(en.pitfallsHeading);
    for (const pitfall of PITFALLS) expect(text).toContain(en[pitfall]);
    expect(text).toContain(en.staircaseHeading);
    expect(text).toContain(en.staircaseHint);
  });

  it('speaks the interface language', async () => {
    const { root } = await renderGuidance({ locale: 'nb' });
    expect(textOf(root)).toContain(nb.staircaseHeading);
    expect(textOf(root)).toContain(nb.pitfallsHeading);
    expect(getByLabel<HTMLInputElement>(root, 'Trinn 1').placeholder).toBe(nb.staircaseStep1);
  });
});

describe('GuidancePanel: the staircase step names', () => {
  it('shows five labelled fields with the default names as placeholders', async () => {
    const { root } = await renderGuidance();
    const defaults = [
      en.staircaseStep1,
      en.staircaseStep2,
      en.staircaseStep3,
      en.staircaseStep4,
      en.staircaseStep5,
    ];
    defaults.forEach((name, index) => {
      const field = stepField(root, index + 1);
      expect(field.value).toBe('');
      expect(field.placeholder).toBe(name);
    });
  });

  it('stores a renamed step after a pause in typing, and shows it when opened again', async () => {
    const { repos, root } = await renderGuidance();
    await type(stepField(root, 2), 'I hear it');
    await type(stepField(root, 2), 'I hear it out');
    // Still typing: nothing stored yet.
    expect(await repos.settings.get('staircaseLabels')).toEqual(['', '', '', '', '']);
    await eventually(async () =>
      expect(await repos.settings.get('staircaseLabels')).toEqual([
        '',
        'I hear it out',
        '',
        '',
        '',
      ]),
    );
    expect(stepField(root, 2).value).toBe('I hear it out');

    await unmountAll();
    const again = await renderGuidance({ repos });
    await eventually(() => expect(stepField(again.root, 2).value).toBe('I hear it out'));
    expect(stepField(again.root, 1).value).toBe('');
  });

  it('stores what was typed when the panel closes before the pause is over', async () => {
    const { repos, root } = await renderGuidance();
    await type(stepField(root, 5), 'I steer');
    await unmountAll();
    // Well before the pause would have ended.
    await new Promise<void>((resolve) => setTimeout(resolve, 100));
    expect(await repos.settings.get('staircaseLabels')).toEqual(['', '', '', '', 'I steer']);
  });

  it('follows names changed on another page', async () => {
    const { repos, root } = await renderGuidance();
    await pause(20);
    await repos.settings.set('staircaseLabels', ['Avoid', '', '', '', '']);
    await eventually(() => expect(stepField(root, 1).value).toBe('Avoid'));
  });

  it('goes back to the default name when a field is emptied', async () => {
    const { repos } = freshRepositories();
    await repos.settings.set('staircaseLabels', ['Avoid', '', '', '', '']);
    const student = await repos.students.create('Ola');
    const { root } = await renderGuidance({ repos, student });
    await eventually(() => expect(stepField(root, 1).value).toBe('Avoid'));
    expect(getChoice(root, 'Avoid')).toBeDefined();
    await type(stepField(root, 1), '');
    expect(getChoice(root, en.staircaseStep1)).toBeDefined();
    await eventually(async () =>
      expect(await repos.settings.get('staircaseLabels')).toEqual(['', '', '', '', '']),
    );
  });
});

describe('GuidancePanel: where the learner places themself', () => {
  it('asks for a student first', async () => {
    const { root } = await renderGuidance();
    expect(textOf(root)).toContain(en.staircaseNoStudent);
    expect(radios(root)).toHaveLength(0);
  });

  it('records a placement, shows it, and keeps the history', async () => {
    const { repos } = freshRepositories();
    const student = await repos.students.create('Astrid');
    const { root } = await renderGuidance({ repos, student });

    const group = root.querySelector('fieldset');
    expect(textOf(group?.querySelector('legend') as HTMLElement)).toBe(
      'Where Astrid places themself',
    );
    expect(checkedLabel(root)).toEqual([en.staircaseNotRecorded]);
    expect(radios(root)).toHaveLength(6);

    await click(getChoice(root, en.staircaseStep3));
    expect(checkedLabel(root)).toEqual([en.staircaseStep3]);
    await eventually(async () =>
      expect((await repos.students.get(student.id))?.staircase?.map((s) => s.step)).toEqual([3]),
    );
    // Read back from storage: the "not recorded" choice is gone, step 3 stays chosen.
    await eventually(() => expect(radios(root)).toHaveLength(5));
    expect(checkedLabel(root)).toEqual([en.staircaseStep3]);

    await click(getChoice(root, en.staircaseStep4));
    await eventually(async () =>
      expect((await repos.students.get(student.id))?.staircase?.map((s) => s.step)).toEqual([3, 4]),
    );
    expect(checkedLabel(root)).toEqual([en.staircaseStep4]);
  });

  it('shows the latest recorded step, named as the teacher named it', async () => {
    const { repos } = freshRepositories();
    await repos.settings.set('staircaseLabels', ['', 'Listening', '', '', '']);
    const created = await repos.students.create('Bo');
    await repos.students.placeOnStaircase(created.id, 4, 1000);
    await repos.students.placeOnStaircase(created.id, 2, 2000);
    const student = await repos.students.get(created.id);
    const { root } = await renderGuidance({ repos, student });
    await eventually(() => expect(checkedLabel(root)).toEqual(['Listening']));
    expect(textOf(root)).not.toContain(en.staircaseNotRecorded);
  });

  it('stores only where the choice settles when moving through the steps quickly', async () => {
    const { repos } = freshRepositories();
    const student = await repos.students.create('Cai');
    const { root } = await renderGuidance({ repos, student });
    await click(getChoice(root, en.staircaseStep1));
    await click(getChoice(root, en.staircaseStep2));
    await click(getChoice(root, en.staircaseStep3));
    await eventually(async () =>
      expect((await repos.students.get(student.id))?.staircase?.map((s) => s.step)).toEqual([3]),
    );
    await pause(500);
    expect((await repos.students.get(student.id))?.staircase).toHaveLength(1);
  });
});
