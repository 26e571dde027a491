import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DraftInput } from '../../../../utils/db/feedback';
import { openRepositories, type Repositories } from '../../../../utils/db/index';
import type { ComposerTarget } from '../../../../utils/feedback/composer';
import { BUILT_IN_TEMPLATES } from '../../../../utils/feedback/templates/index';
import { en } from '../../../../utils/i18n/catalogs/en';
import { sv } from '../../../../utils/i18n/catalogs/sv';
import {
  announced,
  choose,
  click,
  composerPart,
  composerTexts,
  createFakePage,
  deferred,
  drafts,
  ESSAY,
  eventually,
  feedbackTab,
  focus,
  freshRepositories,
  getButton,
  getByLabel,
  getChoice,
  listedTexts,
  mountPanel,
  ownTemplates,
  pause,
  pickerOptions,
  pickerSearch,
  press,
  pressCtrlEnter,
  previewText,
  queryByRole,
  savedItems,
  saveStatus,
  selection,
  storeItem,
  textOf,
  type,
  uniqueDatabaseName,
  unmountAll,
  withFeedback,
} from '../fakes';

afterEach(unmountAll);

/** Longer than the composer's 500 ms draft delay. */
const AFTER_DRAFT_DELAY_MS = 700;

const EMPTY = { feedUp: '', feedBack: '', feedForward: '', praise: '' };

const quoteOf = (root: HTMLElement) =>
  root.querySelector('[data-testid="selected-quote"]')?.textContent ?? null;

const heading = (root: HTMLElement) =>
  feedbackTab(root).querySelector('#composer-heading')?.textContent;

function levelChips(root: HTMLElement, target: Exclude<ComposerTarget, 'praise'>) {
  const chips = composerPart(root, target).level;
  if (!chips) throw new Error(`no level chips for ${target}`);
  return chips;
}

const criterionSelect = (root: HTMLElement) =>
  getByLabel<HTMLSelectElement>(feedbackTab(root), en.composerCriterion);

/** Types the same text into every composer field it is given. */
async function write(root: HTMLElement, texts: Partial<Record<ComposerTarget, string>>) {
  for (const [target, text] of Object.entries(texts) as [ComposerTarget, string][]) {
    await type(composerPart(root, target).text, text);
  }
}

/** An assignment with success criteria, attached to ESSAY (and optionally a student). */
async function essayWithAssignment(repos: Repositories, options: { student?: string } = {}) {
  const assignment = await repos.assignments.create({
    title: 'Climate essay',
    learningGoal: 'Argue from evidence.',
    criteria: ['uses at least two sources', 'states a clear thesis'],
  });
  const document = await repos.documents.ensure(ESSAY);
  const student = options.student ? await repos.students.create(options.student) : undefined;
  await repos.documents.attach(document.id, {
    assignmentId: assignment.id,
    studentId: student?.id,
  });
  const [sources, thesis] = assignment.criteria;
  if (!sources || !thesis) throw new Error('criteria not stored');
  return { assignment, document, sources, thesis, student };
}

/** Focuses a field, then Ctrl+K and a search: keyboard only, as a teacher would. */
async function searchFrom(root: HTMLElement, target: ComposerTarget, query: string) {
  const field = composerPart(root, target).text;
  await focus(field);
  const shortcut = await press(field, 'k', { ctrlKey: true });
  expect(shortcut.defaultPrevented).toBe(true);
  const search = pickerSearch(root);
  expect(document.activeElement).toBe(search);
  await type(search, query);
  return search;
}

describe('Composer: writing and saving', () => {
  it('saves the three parts and the praise as one item on the passage, then clears both', async () => {
    const chosen = selection('Ice melts faster every year.', 120, 'Since 1990, ', ' This means');
    const page = createFakePage({ selection: chosen });
    const { root, repos } = await mountPanel({ page });
    await eventually(() => expect(quoteOf(root)).toBe('Ice melts faster every year.'));

    await write(root, {
      feedUp: '  The goal is to argue from sources.  ',
      feedBack: 'Your claim is clear.',
      feedForward: 'Next, give a source for this claim.',
      praise: 'You clearly care about this topic.',
    });
    await click(getButton(root, en.composerSave));

    await eventually(async () => expect(await savedItems(repos)).toHaveLength(1));
    const [item] = await savedItems(repos);
    const document = await repos.documents.findByKey(ESSAY.key);
    expect(document).toMatchObject(ESSAY);
    expect(item).toMatchObject({
      documentId: document?.id,
      anchor: chosen.anchor,
      status: 'saved',
      source: 'teacher',
    });
    expect(item?.parts.map(({ id: _id, ...part }) => part)).toEqual([
      { question: 'feedUp', level: 'task', text: 'The goal is to argue from sources.' },
      { question: 'feedBack', level: 'task', text: 'Your claim is clear.' },
      { question: 'feedForward', level: 'task', text: 'Next, give a source for this claim.' },
      { question: 'feedBack', level: 'self', text: 'You clearly care about this topic.' },
    ]);
    expect(new Set(item?.parts.map((part) => part.id)).size).toBe(4);

    await eventually(() => expect(composerTexts(root)).toEqual(EMPTY));
    expect(quoteOf(root)).toBeNull();
    expect(textOf(root)).toContain(en.passageNone);
    expect(queryByRole(root, 'status', en.composerSaved)).toHaveLength(1);
    await eventually(() =>
      expect(listedTexts(root)).toEqual([
        'The goal is to argue from sources.',
        'Your claim is clear.',
        'Next, give a source for this claim.',
        'You clearly care about this topic.',
      ]),
    );
    await pause(AFTER_DRAFT_DELAY_MS);
    expect(await drafts(repos)).toEqual([]);
  });

  it('saves with Ctrl+Enter from any field, and not with a plain Enter', async () => {
    const { root, repos } = await mountPanel();
    const feedForward = composerPart(root, 'feedForward').text;
    await type(feedForward, 'First line');
    const enter = await press(feedForward, 'Enter');
    expect(enter.defaultPrevented).toBe(false);
    await pause(50);
    expect(await savedItems(repos)).toHaveLength(0);

    await pressCtrlEnter(composerPart(root, 'praise').text);
    await eventually(async () => expect(await savedItems(repos)).toHaveLength(1));
    const [item] = await savedItems(repos);
    expect(item?.anchor).toBeNull();
    expect(item?.parts).toMatchObject([
      { question: 'feedForward', level: 'task', text: 'First line' },
    ]);
    await eventually(() => expect(composerTexts(root)).toEqual(EMPTY));
  });

  it('refuses to save when nothing is written, and says why', async () => {
    const { root, repos } = await mountPanel();
    await click(getButton(root, en.composerSave));
    await eventually(() => expect(saveStatus(root)).toBe(en.composerEmpty));
    expect(announced(root)).toBe(en.composerEmpty);

    await write(root, { feedBack: '   \n  ', praise: ' ' });
    expect(saveStatus(root)).not.toBe(en.composerEmpty);
    await pressCtrlEnter(composerPart(root, 'feedBack').text);
    await eventually(() => expect(saveStatus(root)).toBe(en.composerEmpty));

    // Not even a draft or a document is stored for white space.
    await pause(AFTER_DRAFT_DELAY_MS);
    expect(await repos.feedback.count()).toBe(0);
    expect(await repos.documents.count()).toBe(0);
  });

  it('keeps every text and the passage when saving fails, and saves on the next try', async () => {
    const { name, repos: real } = freshRepositories();
    const commit = vi
      .fn((input: DraftInput) => real.feedback.commit(input))
      .mockRejectedValueOnce(new Error('QuotaExceededError'));
    const page = createFakePage({ selection: selection('a passage') });
    const { root } = await mountPanel({ name, repos: withFeedback(real, { commit }), page });
    await eventually(() => expect(quoteOf(root)).toBe('a passage'));
    const texts = {
      feedUp: 'Goal.',
      feedBack: 'Where it stands.',
      feedForward: 'Next step.',
      praise: 'Praise.',
    };
    await write(root, texts);
    await click(getButton(root, en.composerSave));

    const message = en.composerSaveFailed.replace('{reason}', 'QuotaExceededError');
    await eventually(() => expect(saveStatus(root)).toBe(message));
    expect(announced(root)).toBe(message);
    expect(composerTexts(root)).toEqual(texts);
    expect(quoteOf(root)).toBe('a passage');
    expect(getButton(root, en.composerSave).disabled).toBe(false);
    expect(await savedItems(real)).toHaveLength(0);

    // Typing again clears the error; saving again succeeds.
    await type(composerPart(root, 'feedForward').text, 'Next step, again.');
    expect(saveStatus(root)).not.toBe(message);
    await click(getButton(root, en.composerSave));
    await eventually(async () => expect(await savedItems(real)).toHaveLength(1));
    expect(commit).toHaveBeenCalledTimes(2);
    expect((await savedItems(real))[0]?.parts.map((part) => part.text)).toEqual([
      'Goal.',
      'Where it stands.',
      'Next step, again.',
      'Praise.',
    ]);
    await eventually(() => expect(composerTexts(root)).toEqual(EMPTY));
  });

  it('saves once while a save is under way, and keeps what is typed meanwhile', async () => {
    const { name, repos: real } = freshRepositories();
    const gate = deferred<void>();
    const commit = vi.fn(async (input: DraftInput) => {
      await gate.promise;
      return real.feedback.commit(input);
    });
    const { root } = await mountPanel({ name, repos: withFeedback(real, { commit }) });
    await write(root, { feedBack: 'Saved text.' });

    await click(getButton(root, en.composerSave));
    const busy = await eventually(() => getButton(root, en.composerSaving));
    expect(busy.disabled).toBe(true);
    await click(busy);
    await pressCtrlEnter(composerPart(root, 'feedBack').text);
    await type(composerPart(root, 'feedForward').text, 'Typed while saving.');
    await eventually(() => expect(commit).toHaveBeenCalledTimes(1));

    gate.resolve();
    await eventually(() => expect(getButton(root, en.composerSave).disabled).toBe(false));
    expect(commit).toHaveBeenCalledTimes(1);
    const [item] = await savedItems(real);
    expect(item?.parts).toMatchObject([{ question: 'feedBack', text: 'Saved text.' }]);
    expect(item?.parts).toHaveLength(1);
    expect(composerPart(root, 'feedForward').text.value).toBe('Typed while saving.');
  });

  it('stores the level chosen for each part; levels are work levels only', async () => {
    const { root, repos } = await mountPanel();
    expect(levelChips(root, 'feedUp').labels).toEqual([
      en.levelTask,
      en.levelProcess,
      en.levelSelfRegulation,
    ]);
    expect(composerPart(root, 'praise').level).toBeNull();

    await levelChips(root, 'feedUp').choose('process');
    await levelChips(root, 'feedBack').choose('selfRegulation');
    expect(levelChips(root, 'feedForward').value).toBe('task');
    await write(root, { feedUp: 'Goal.', feedBack: 'Now.', feedForward: 'Next.' });
    await click(getButton(root, en.composerSave));

    await eventually(async () => expect(await savedItems(repos)).toHaveLength(1));
    const [item] = await savedItems(repos);
    expect(item?.parts.map((part) => [part.question, part.level])).toEqual([
      ['feedUp', 'process'],
      ['feedBack', 'selfRegulation'],
      ['feedForward', 'task'],
    ]);
  });
});

describe('Composer: success criteria', () => {
  it('asks for an assignment with criteria before a criterion can be linked', async () => {
    const { root } = await mountPanel();
    const feedUp = composerPart(root, 'feedUp').fieldset;
    expect(textOf(feedUp)).toContain(en.composerCriterionNeedsAssignment);
    expect(() => criterionSelect(root)).toThrow();
  });

  it('links the feed-up part to a criterion and fills {criterion} in its text', async () => {
    const { name, repos } = freshRepositories();
    const { thesis, document } = await essayWithAssignment(repos);
    const { root } = await mountPanel({ name, repos });

    const select = await eventually(() => criterionSelect(root));
    expect(composerPart(root, 'feedUp').fieldset.contains(select)).toBe(true);
    expect([...select.options].map((option) => option.textContent)).toEqual([
      en.composerNoCriterion,
      'uses at least two sources',
      'states a clear thesis',
    ]);
    expect(select.value).toBe('');

    // A linked criterion alone is not feedback yet.
    await choose(select, thesis.id);
    await click(getButton(root, en.composerSave));
    await eventually(() => expect(saveStatus(root)).toBe(en.composerEmpty));

    await choose(criterionSelect(root), '');
    await type(composerPart(root, 'feedUp').text, 'This essay aims for {criterion}.');
    await choose(criterionSelect(root), thesis.id);
    expect(composerPart(root, 'feedUp').text.value).toBe(
      'This essay aims for states a clear thesis.',
    );
    expect(criterionSelect(root).value).toBe(thesis.id);
    await click(getButton(root, en.composerSave));

    await eventually(async () => expect(await savedItems(repos)).toHaveLength(1));
    const [item] = await savedItems(repos);
    expect(item?.documentId).toBe(document.id);
    expect(item?.parts.map(({ id: _id, ...part }) => part)).toEqual([
      {
        question: 'feedUp',
        level: 'task',
        text: 'This essay aims for states a clear thesis.',
        criterionId: thesis.id,
      },
    ]);
    await eventually(() => expect(criterionSelect(root).value).toBe(''));
  });
});

describe('Composer: the comment bank', () => {
  it('inserts a template by keyboard alone, selects its first blank and counts the use', async () => {
    const { name, repos } = freshRepositories();
    const [sources, compare] = await ownTemplates(repos, [
      { question: 'feedForward', level: 'task', text: 'Next, add a source for {claim}.' },
      {
        question: 'feedForward',
        level: 'process',
        text: 'Next time, compare {first source} with {second source} before you write.',
      },
      { question: 'feedUp', level: 'task', text: 'Next, the goal is {criterion}.' },
    ]);
    const { root } = await mountPanel({ name, repos });
    const field = composerPart(root, 'feedForward').text;

    const search = await searchFrom(root, 'feedForward', 'next');
    // The question filter follows the part being written: feed-forward templates only.
    expect(getByLabel<HTMLSelectElement>(feedbackTab(root), en.pickerQuestionFilter).value).toBe(
      'feedForward',
    );
    expect(textOf(feedbackTab(root))).toContain(
      en.pickerHint.replace('{part}', en.questionFeedForward),
    );
    await eventually(() =>
      expect(pickerOptions(root)).toEqual([
        { text: sources?.text, selected: true },
        { text: compare?.text, selected: false },
      ]),
    );

    await press(search, 'ArrowDown');
    expect(pickerOptions(root).map((option) => option.selected)).toEqual([false, true]);
    const chosenId = search.getAttribute('aria-activedescendant');
    expect(chosenId && document.getElementById(chosenId)?.textContent).toContain(compare?.text);
    const enter = await press(search, 'Enter');
    expect(enter.defaultPrevented).toBe(true);

    const text = 'Next time, compare {first source} with {second source} before you write.';
    await eventually(() => expect(field.value).toBe(text));
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([
      text.indexOf('{first source}'),
      text.indexOf('{first source}') + '{first source}'.length,
    ]);
    // The part takes the template's level, and says where it came from.
    expect(levelChips(root, 'feedForward').value).toBe('process');
    expect(textOf(composerPart(root, 'feedForward').fieldset)).toContain(
      en.composerLevelFromTemplate,
    );
    expect(composerTexts(root)).toEqual({ ...EMPTY, feedForward: text });
    await eventually(async () =>
      expect((await repos.templates.get(compare?.id ?? ''))?.useCount).toBe(1),
    );
    expect((await repos.templates.get(sources?.id ?? ''))?.useCount).toBe(0);
    // Inserting closed the bank; opened again, it shows the use.
    expect(pickerOptions(root)).toEqual([]);
    const again = await searchFrom(root, 'feedForward', 'compare');
    await eventually(() =>
      expect(textOf(feedbackTab(root))).toContain(en.pickerUsed.replace('{count}', '1')),
    );
    await press(again, 'Escape');
    await eventually(() => expect(document.activeElement).toBe(field));

    // The saved part remembers its template.
    await pressCtrlEnter(field);
    await eventually(async () => expect(await savedItems(repos)).toHaveLength(1));
    expect((await savedItems(repos))[0]?.parts).toMatchObject([
      { question: 'feedForward', level: 'process', text, templateId: compare?.id },
    ]);
  });

  it('walks the blanks with Tab and Shift+Tab, and lets Tab move on after the last one', async () => {
    const { root } = await mountPanel();
    const field = composerPart(root, 'feedBack').text;
    const text = 'You explain {what} well; {where} needs a source.';
    await type(field, text);
    field.setSelectionRange(0, 0);
    const first = [text.indexOf('{what}'), text.indexOf('{what}') + '{what}'.length];
    const second = [text.indexOf('{where}'), text.indexOf('{where}') + '{where}'.length];

    expect((await press(field, 'Tab')).defaultPrevented).toBe(true);
    expect([field.selectionStart, field.selectionEnd]).toEqual(first);
    expect((await press(field, 'Tab')).defaultPrevented).toBe(true);
    expect([field.selectionStart, field.selectionEnd]).toEqual(second);

    // No blank after the last one: Tab is left to the browser (focus moves on).
    expect((await press(field, 'Tab')).defaultPrevented).toBe(false);
    expect([field.selectionStart, field.selectionEnd]).toEqual(second);

    expect((await press(field, 'Tab', { shiftKey: true })).defaultPrevented).toBe(true);
    expect([field.selectionStart, field.selectionEnd]).toEqual(first);
    expect((await press(field, 'Tab', { shiftKey: true })).defaultPrevented).toBe(false);
    expect(field.value).toBe(text);
  });

  it('puts a template about the person into the praise, whichever field is focused', async () => {
    const { name, repos } = freshRepositories();
    const [praise] = await ownTemplates(repos, [
      { question: 'feedBack', level: 'self', text: 'You can be proud of this work.' },
      { question: 'feedBack', level: 'task', text: 'The thesis is proudly stated.' },
    ]);
    const { root } = await mountPanel({ name, repos });
    await type(composerPart(root, 'praise').text, 'Well done.');

    const search = await searchFrom(root, 'feedBack', 'proud of this');
    await eventually(() => expect(pickerOptions(root)[0]?.text).toBe(praise?.text));
    await press(search, 'Enter');

    const praiseField = composerPart(root, 'praise').text;
    await eventually(() =>
      expect(composerTexts(root)).toEqual({
        ...EMPTY,
        praise: 'Well done. You can be proud of this work.',
      }),
    );
    expect(document.activeElement).toBe(praiseField);
    // No blank: the caret goes after the inserted text.
    expect([praiseField.selectionStart, praiseField.selectionEnd]).toEqual([41, 41]);
    expect(levelChips(root, 'feedBack').value).toBe('task');

    await click(getButton(root, en.composerSave));
    await eventually(async () => expect(await savedItems(repos)).toHaveLength(1));
    expect((await savedItems(repos))[0]?.parts).toMatchObject([
      {
        question: 'feedBack',
        level: 'self',
        text: 'Well done. You can be proud of this work.',
        templateId: praise?.id,
      },
    ]);
  });

  it('fills the linked criterion and the student’s name into an inserted built-in template', async () => {
    const { name, repos } = freshRepositories();
    await repos.templates.syncBuiltIns(BUILT_IN_TEMPLATES);
    const { thesis } = await essayWithAssignment(repos, { student: 'Alex' });
    const builtIn = BUILT_IN_TEMPLATES.find(
      (template) =>
        template.lang === 'en' && template.text.startsWith('{student}, the part of the criteria'),
    );
    if (!builtIn) throw new Error('built-in template missing');
    const { root } = await mountPanel({ name, repos });
    await choose(await eventually(() => criterionSelect(root)), thesis.id);

    const search = await searchFrom(root, 'feedUp', 'part of the criteria to focus on');
    await eventually(() => expect(pickerOptions(root)[0]?.text).toBe(builtIn.text));
    await press(search, 'Enter');

    await eventually(() =>
      expect(composerPart(root, 'feedUp').text.value).toBe(
        'Alex, the part of the criteria to focus on in this assignment is “states a clear thesis”.',
      ),
    );
    await eventually(async () => expect((await repos.templates.get(builtIn.id))?.useCount).toBe(1));
  });

  it('lists only the template language’s templates for the focused question, and Esc goes back', async () => {
    const { name, repos } = freshRepositories();
    await repos.templates.syncBuiltIns(BUILT_IN_TEMPLATES);
    const { root } = await mountPanel({ name, repos });
    const expected = BUILT_IN_TEMPLATES.filter(
      (template) => template.lang === 'en' && template.question === 'feedForward',
    ).map((template) => template.text);

    const search = await searchFrom(root, 'feedForward', '');
    await eventually(() => expect(pickerOptions(root)).toHaveLength(30));
    for (const option of pickerOptions(root)) expect(expected).toContain(option.text);
    expect(textOf(feedbackTab(root))).toContain(en.pickerResults.replace('{count}', '30'));

    await type(search, 'zqxjv wkkpf');
    await eventually(() => expect(textOf(feedbackTab(root))).toContain(en.pickerNoResults));
    expect(pickerOptions(root)).toEqual([]);
    // Enter with nothing to insert changes nothing.
    await press(search, 'Enter');
    expect(composerTexts(root)).toEqual(EMPTY);

    const esc = await press(search, 'Escape');
    expect(esc.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(composerPart(root, 'feedForward').text);
  });
});

describe('Composer: preview', () => {
  const texts = {
    feedUp: 'Argue from sources.',
    feedBack: 'Your claim is clear.',
    feedForward: 'Cite a source for each claim.',
    praise: 'Great effort.',
  };

  it('shows the text as paragraphs or labelled lines, and remembers the layout', async () => {
    const { root, repos } = await mountPanel();
    expect(textOf(root)).toContain(en.previewHeading);
    expect(previewText(root)).toBe(en.previewEmpty);
    expect(getChoice(root, en.previewParagraphs).checked).toBe(true);

    await write(root, texts);
    expect(previewText(root)).toBe(
      'Your claim is clear.\n\nArgue from sources.\n\nCite a source for each claim.\n\nGreat effort.',
    );

    await click(getChoice(root, en.previewLabelled));
    await eventually(() =>
      expect(previewText(root)).toBe(
        [
          `${en.previewLabelFeedUp}: Argue from sources.`,
          `${en.previewLabelFeedBack}: Your claim is clear.`,
          `${en.previewLabelFeedForward}: Cite a source for each claim.`,
          `${en.previewLabelPraise}: Great effort.`,
        ].join('\n'),
      ),
    );
    expect(getChoice(root, en.previewLabelled).checked).toBe(true);
    expect(getChoice(root, en.previewParagraphs).checked).toBe(false);
    await eventually(async () =>
      expect(await repos.settings.get('previewFormat')).toBe('labelled'),
    );
    expect(root.querySelector('[data-testid="preview-text"]')?.getAttribute('lang')).toBe('en');
  });

  it('lays out the text in the template language, Swedish here', async () => {
    const { name, repos } = freshRepositories();
    await repos.settings.set('templateLocale', 'sv');
    const { root } = await mountPanel({ name, repos });
    await eventually(() =>
      expect(getByLabel<HTMLSelectElement>(root, en.templateLanguage).value).toBe('sv'),
    );
    await write(root, {
      feedUp: 'Argumentera utifrån källor.',
      feedBack: 'Din tes är tydlig.',
      feedForward: 'Ange en källa för varje påstående.',
      praise: 'Bra jobbat.',
    });
    expect(previewText(root)).toBe(
      'Din tes är tydlig.\n\nArgumentera utifrån källor.\n\nAnge en källa för varje påstående.\n\nBra jobbat.',
    );
    expect(root.querySelector('[data-testid="preview-text"]')?.getAttribute('lang')).toBe('sv');

    await click(getChoice(root, en.previewLabelled));
    await eventually(() =>
      expect(previewText(root)).toBe(
        [
          `${sv.previewLabelFeedUp}: Argumentera utifrån källor.`,
          `${sv.previewLabelFeedBack}: Din tes är tydlig.`,
          `${sv.previewLabelFeedForward}: Ange en källa för varje påstående.`,
          `${sv.previewLabelPraise}: Bra jobbat.`,
        ].join('\n'),
      ),
    );
    // The interface itself stays English.
    expect(textOf(root)).toContain(en.composerHeading);
  });

  it('names the blanks still to fill in', async () => {
    const { root } = await mountPanel();
    await write(root, { feedBack: 'You explain {what} well.', feedForward: 'Next, {step}.' });
    const warning = en.previewUnfilled.replace('{names}', '{what}, {step}');
    expect(queryByRole(root, 'status', warning)).toHaveLength(1);
    await write(root, { feedBack: 'You explain the causes well.', feedForward: 'Next, sources.' });
    expect(textOf(root)).not.toContain(en.previewUnfilled.replace('{names}', ''));
  });
});

describe('Composer: drafts', () => {
  it('saves what is typed as a draft and resumes it in the next panel on the same data', async () => {
    const name = uniqueDatabaseName();
    const page = createFakePage({ selection: selection('the melting ice caps') });
    const first = await mountPanel({ name, page });
    await eventually(() => expect(quoteOf(first.root)).toBe('the melting ice caps'));
    await levelChips(first.root, 'feedBack').choose('process');
    await write(first.root, { feedBack: 'Half a thought', praise: 'Nice start' });

    await eventually(() => expect(saveStatus(first.root)).toBe(en.composerDraftSaved));
    const [draft] = await drafts(first.repos);
    expect(draft?.parts).toMatchObject([
      { question: 'feedBack', level: 'process', text: 'Half a thought' },
      { question: 'feedBack', level: 'self', text: 'Nice start' },
    ]);
    expect(await savedItems(first.repos)).toHaveLength(0);
    await unmountAll();

    const second = await mountPanel({ repos: openRepositories(name), page: createFakePage() });
    await eventually(() =>
      expect(composerTexts(second.root)).toEqual({
        ...EMPTY,
        feedBack: 'Half a thought',
        praise: 'Nice start',
      }),
    );
    expect(levelChips(second.root, 'feedBack').value).toBe('process');
    expect(quoteOf(second.root)).toBe('the melting ice caps');
    expect(heading(second.root)).toBe(en.composerHeading);
    expect(listedTexts(second.root)).toEqual([]);
  });

  it('removes the draft when the text is erased', async () => {
    const { root, repos } = await mountPanel();
    await type(composerPart(root, 'feedUp').text, 'Something');
    await eventually(async () => expect(await drafts(repos)).toHaveLength(1));
    await type(composerPart(root, 'feedUp').text, '');
    await eventually(async () => expect(await drafts(repos)).toHaveLength(0));
  });
});

describe('Composer: editing saved feedback', () => {
  it('loads an item with Edit and saves the changes into the same item', async () => {
    const page = createFakePage({ selection: selection('A passage.') });
    const { root, repos } = await mountPanel({ page });
    await eventually(() => expect(quoteOf(root)).toBe('A passage.'));
    await write(root, { feedBack: 'Original text.', praise: 'Well done.' });
    await click(getButton(root, en.composerSave));
    await eventually(async () => expect(await savedItems(repos)).toHaveLength(1));
    const [original] = await savedItems(repos);
    await eventually(() => expect(quoteOf(root)).toBeNull());

    const edit = await eventually(() => getButton(root, en.listEditItem.replace('{number}', '1')));
    await click(edit);
    await eventually(() => expect(heading(root)).toBe(en.composerEditing));
    expect(composerTexts(root)).toEqual({
      ...EMPTY,
      feedBack: 'Original text.',
      praise: 'Well done.',
    });
    expect(quoteOf(root)).toBe('A passage.');
    expect(getButton(root, en.listEditItem.replace('{number}', '1')).disabled).toBe(true);
    expect(getButton(root, en.listDeleteItem.replace('{number}', '1')).disabled).toBe(true);
    expect(getButton(root, en.composerStopEditing)).toBeDefined();

    await type(composerPart(root, 'feedBack').text, 'Improved text.');
    await click(getButton(root, en.composerSaveChanges));

    await eventually(async () =>
      expect((await savedItems(repos))[0]?.parts[0]?.text).toBe('Improved text.'),
    );
    const items = await savedItems(repos);
    expect(items).toHaveLength(1);
    const [updated] = items;
    expect(updated?.id).toBe(original?.id);
    expect(updated?.createdAt).toBe(original?.createdAt);
    expect(updated?.anchor).toEqual(original?.anchor);
    expect(updated?.parts.map(({ id: _id, ...part }) => part)).toEqual([
      { question: 'feedBack', level: 'task', text: 'Improved text.' },
      { question: 'feedBack', level: 'self', text: 'Well done.' },
    ]);
    await eventually(() => expect(heading(root)).toBe(en.composerHeading));
    expect(composerTexts(root)).toEqual(EMPTY);
    expect(quoteOf(root)).toBeNull();
    await eventually(() => expect(listedTexts(root)).toEqual(['Improved text.', 'Well done.']));
    expect(getButton(root, en.composerSave)).toBeDefined();
  });

  it('offers Edit only while the composer holds no unsaved text', async () => {
    const { name, repos } = freshRepositories();
    await storeItem(repos, { text: 'Saved earlier.', createdAt: 1000 });
    const { root } = await mountPanel({ name, repos });
    const edit = () => getButton(root, en.listEditItem.replace('{number}', '1'));
    await eventually(() => expect(edit().disabled).toBe(false));

    await type(composerPart(root, 'feedForward').text, 'Unsaved words.');
    expect(edit().disabled).toBe(true);
    expect(edit().title).toBe(en.listEditBusy);
    expect(getButton(root, en.listDeleteItem.replace('{number}', '1')).disabled).toBe(false);

    await type(composerPart(root, 'feedForward').text, '');
    expect(edit().disabled).toBe(false);
    await click(edit());
    await eventually(() =>
      expect(composerTexts(root)).toEqual({ ...EMPTY, feedBack: 'Saved earlier.' }),
    );
  });

  it('leaves the item as it was on "Stop editing"', async () => {
    const { name, repos } = freshRepositories();
    const stored = await storeItem(repos, { text: 'Saved earlier.', createdAt: 1000 });
    const { root } = await mountPanel({ name, repos });
    await click(await eventually(() => getButton(root, en.listEditItem.replace('{number}', '1'))));
    await eventually(() => expect(heading(root)).toBe(en.composerEditing));
    await type(composerPart(root, 'feedBack').text, 'A change I do not want.');

    await click(getButton(root, en.composerStopEditing));
    expect(heading(root)).toBe(en.composerHeading);
    expect(composerTexts(root)).toEqual(EMPTY);
    await pause(AFTER_DRAFT_DELAY_MS);
    expect(await repos.feedback.all()).toEqual([stored]);
  });

  it('resumes an unfinished edit as an edit of the same item', async () => {
    const { name, repos } = freshRepositories();
    const stored = await storeItem(repos, { text: 'Saved earlier.', createdAt: 1000 });
    const first = await mountPanel({ name, repos });
    await click(
      await eventually(() => getButton(first.root, en.listEditItem.replace('{number}', '1'))),
    );
    await eventually(() => expect(heading(first.root)).toBe(en.composerEditing));
    await type(composerPart(first.root, 'feedBack').text, 'Half-edited.');
    await eventually(async () => expect((await drafts(repos))[0]?.draftOf).toBe(stored.id));
    await unmountAll();

    const second = await mountPanel({ repos: openRepositories(name) });
    await eventually(() => expect(heading(second.root)).toBe(en.composerEditing));
    expect(composerTexts(second.root)).toEqual({ ...EMPTY, feedBack: 'Half-edited.' });
    await click(getButton(second.root, en.composerSaveChanges));
    await eventually(async () =>
      expect((await savedItems(repos)).map((item) => [item.id, item.parts[0]?.text])).toEqual([
        [stored.id, 'Half-edited.'],
      ]),
    );
    expect(await drafts(repos)).toEqual([]);
  });
});
