import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BankView } from '../../../../components/bank/BankView';
import { useTemplateBank } from '../../../../components/bank/use-template-bank';
import type { Repositories, TemplateRecord } from '../../../../utils/db/index';
import {
  MAX_TEMPLATE_FILE_BYTES,
  TEMPLATE_FILE_FORMAT,
  TEMPLATE_FILE_VERSION,
} from '../../../../utils/feedback/bank-transfer';
import { en } from '../../../../utils/i18n/catalogs/en';
import { sv } from '../../../../utils/i18n/catalogs/sv';
import { createI18n, I18nContext } from '../../../../utils/i18n/context';
import { formatBytes, translate } from '../../../../utils/i18n/index';
import type { LocalizedBuiltIn, TemplateLang } from '../../../../utils/model/templates';
import { ServicesContext } from '../../../../utils/panel/services/context';
import {
  choose,
  click,
  createFakePage,
  createFakeReminders,
  createFakeStorage,
  eventually,
  freshRepositories,
  getButton,
  getByLabel,
  interceptDownloads,
  jsonFile,
  mount,
  pickFileIn,
  queryButtons,
  queryByRole,
  rerender,
  settle,
  textOf,
  type,
  unmountAll,
} from '../fakes';

afterEach(async () => {
  await unmountAll();
  vi.restoreAllMocks();
});

// ---------------------------------------------------------------- a small bank

const BUILT_INS: LocalizedBuiltIn[] = [
  {
    id: 'en-feedUp-task-01',
    lang: 'en',
    question: 'feedUp',
    level: 'task',
    text: 'The goal is a clear thesis that runs through the essay.',
    tags: ['thesis'],
  },
  {
    id: 'en-feedBack-task-01',
    lang: 'en',
    question: 'feedBack',
    level: 'task',
    text: 'Your claim is supported by two strong examples.',
    tags: ['evidence'],
  },
  {
    id: 'en-feedForward-process-01',
    lang: 'en',
    question: 'feedForward',
    level: 'process',
    text: 'Next time, plan your paragraphs before you start writing.',
    tags: ['structure'],
  },
  {
    id: 'sv-feedBack-task-01',
    lang: 'sv',
    question: 'feedBack',
    level: 'task',
    text: 'Ditt påstående stöds av två starka exempel.',
    tags: [],
  },
];

const OWN_TEXT = 'You checked your own sources carefully.';

/** A database with the small bank: three English built-ins, one Swedish, one own English template. */
async function seededBank(): Promise<{ repos: Repositories; own: TemplateRecord }> {
  const { repos } = freshRepositories();
  await repos.templates.syncBuiltIns(BUILT_INS);
  const own = await repos.templates.createOwn({
    lang: 'en',
    question: 'feedBack',
    level: 'selfRegulation',
    text: OWN_TEXT,
    tags: ['sources'],
  });
  return { repos, own };
}

/** The real bank hook, as PanelView uses it. */
function Bank(props: { lang: TemplateLang }) {
  const bank = useTemplateBank(props.lang);
  return <BankView bank={bank} templateLang={props.lang} />;
}

/** The bank tab inside the panel's providers. */
function tab(repos: Repositories, options: { lang?: TemplateLang; locale?: 'en' | 'sv' } = {}) {
  const services = {
    repos,
    page: createFakePage().connection,
    storage: createFakeStorage(),
    reminders: createFakeReminders(),
  };
  return (
    <I18nContext.Provider value={createI18n(options.locale ?? 'en')}>
      <ServicesContext.Provider value={services}>
        <Bank lang={options.lang ?? 'en'} />
      </ServicesContext.Provider>
    </I18nContext.Provider>
  );
}

/** Renders the bank tab and waits for the list. */
async function mountBank(
  repos: Repositories,
  options: { lang?: TemplateLang; locale?: 'en' | 'sv' } = {},
): Promise<HTMLElement> {
  const root = await mount(tab(repos, options));
  await eventually(() => expect(rows(root).length).toBeGreaterThan(0));
  return root;
}

function rows(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-testid="bank-template"]')];
}

function listedTexts(root: HTMLElement): string[] {
  return rows(root).map((row) => row.querySelector('.template-text')?.textContent ?? '');
}

function row(root: HTMLElement, text: string): HTMLElement {
  const found = rows(root).filter((element) => textOf(element).includes(text));
  if (found.length !== 1) throw new Error(`expected one row "${text}", found ${found.length}`);
  return found[0] as HTMLElement;
}

/** The open template editor (its Level select shares a name with the list's Level filter). */
function editor(root: HTMLElement): HTMLFormElement {
  const form = root.querySelector<HTMLFormElement>('form.template-editor');
  if (!form) throw new Error('no template editor open');
  return form;
}

function healthCell(root: HTMLElement, question: string, level: string): HTMLElement {
  const cell = root.querySelector<HTMLElement>(
    `td[data-question="${question}"][data-level="${level}"]`,
  );
  if (!cell) throw new Error(`no cell ${question} × ${level}`);
  return cell;
}

/** Picks a file in the bank's import field. */
function pickFile(root: HTMLElement, file: { text(): Promise<string>; size: number }) {
  return pickFileIn(root, en.bankImport, file);
}

// ---------------------------------------------------------------- the list

describe('BankView: the list', () => {
  it('lists this language’s visible templates; search and filters narrow it', async () => {
    const { repos } = await seededBank();
    const root = await mountBank(repos);
    await eventually(() => expect(rows(root)).toHaveLength(4));
    expect(textOf(root)).not.toContain('Ditt påstående');
    expect(textOf(root)).toContain(en.pickerResults.replace('{count}', '4'));

    const ownRow = row(root, OWN_TEXT);
    expect(textOf(ownRow)).toContain(en.bankOwn);
    expect(textOf(ownRow)).toContain(en.questionFeedBack);
    expect(textOf(ownRow)).toContain(en.levelSelfRegulation);
    expect(textOf(ownRow)).toContain('sources');
    expect(textOf(ownRow)).toContain(en.pickerUsed.replace('{count}', '0'));
    expect(textOf(row(root, 'plan your paragraphs'))).toContain(en.bankBuiltIn);

    const search = getByLabel<HTMLInputElement>(root, en.pickerSearch);
    await type(search, 'paragraphs');
    await eventually(() => expect(listedTexts(root)).toEqual([BUILT_INS[2]?.text]));
    await type(search, '');
    await eventually(() => expect(rows(root)).toHaveLength(4));

    await choose(getByLabel<HTMLSelectElement>(root, en.pickerQuestionFilter), 'feedBack');
    await eventually(() => expect(rows(root)).toHaveLength(2));
    await choose(getByLabel<HTMLSelectElement>(root, en.pickerLevelFilter), 'task');
    await eventually(() => expect(listedTexts(root)).toEqual([BUILT_INS[1]?.text]));
    await choose(getByLabel<HTMLSelectElement>(root, en.pickerLevelFilter), 'self');
    await eventually(() => expect(rows(root)).toHaveLength(0));
    expect(textOf(root)).toContain(en.pickerNoResults);
  });

  it('shows the other language’s bank when the template language changes', async () => {
    const { repos } = await seededBank();
    const root = await mountBank(repos, { lang: 'sv' });
    await eventually(() => expect(listedTexts(root)).toEqual([BUILT_INS[3]?.text]));
  });

  it('toggles a favourite, and the change is stored', async () => {
    const { repos } = await seededBank();
    const root = await mountBank(repos);
    const favourite = () => getButton(row(root, 'two strong examples'), en.pickerFavourite);
    expect(favourite().getAttribute('aria-pressed')).toBe('false');
    expect(favourite().title).toBe(en.bankFavourite);

    await click(favourite());
    await eventually(() => expect(favourite().getAttribute('aria-pressed')).toBe('true'));
    expect((await repos.templates.get('en-feedBack-task-01'))?.favourite).toBe(true);
    expect(favourite().title).toBe(en.bankUnfavourite);
    expect(textOf(row(root, 'two strong examples'))).toContain(en.pickerFavourite);

    await click(favourite());
    await eventually(() => expect(favourite().getAttribute('aria-pressed')).toBe('false'));
    expect((await repos.templates.get('en-feedBack-task-01'))?.favourite).toBe(false);
  });

  it('hides a built-in; "show hidden" brings it back into the list, marked, to show again', async () => {
    const { repos } = await seededBank();
    const root = await mountBank(repos);
    await click(getButton(row(root, 'two strong examples'), en.bankHide));
    await eventually(() => expect(textOf(root)).not.toContain('two strong examples'));
    expect((await repos.templates.get('en-feedBack-task-01'))?.hidden).toBe(true);
    expect(rows(root)).toHaveLength(3);

    await click(getByLabel<HTMLInputElement>(root, en.bankShowHidden));
    await eventually(() => expect(rows(root)).toHaveLength(4));
    const hiddenRow = row(root, 'two strong examples');
    expect(textOf(hiddenRow)).toContain(en.bankHidden);

    await click(getButton(hiddenRow, en.bankShow));
    await eventually(() =>
      expect(textOf(row(root, 'two strong examples'))).not.toContain(en.bankHidden),
    );
    expect((await repos.templates.get('en-feedBack-task-01'))?.hidden).toBe(false);
  });

  it('editing a built-in saves the teacher’s own copy and hides the original', async () => {
    const { repos } = await seededBank();
    const root = await mountBank(repos);
    await click(getButton(row(root, 'two strong examples'), en.actionEdit));
    expect(textOf(root)).toContain(en.bankEditBuiltInNote);
    const text = getByLabel<HTMLTextAreaElement>(root, en.bankTemplateText);
    expect(text.value).toBe(BUILT_INS[1]?.text);
    expect(document.activeElement).toBe(text);
    expect(getByLabel<HTMLInputElement>(root, en.bankTags).value).toBe('evidence');

    await type(text, 'Your claim is supported by three strong examples.');
    await choose(getByLabel<HTMLSelectElement>(editor(root), en.composerLevelLabel), 'process');
    await click(getButton(root, en.actionSave));

    await eventually(() =>
      expect(textOf(root)).toContain('Your claim is supported by three strong examples.'),
    );
    expect(textOf(root)).not.toContain('two strong examples');
    const original = await repos.templates.get('en-feedBack-task-01');
    expect(original?.hidden).toBe(true);
    expect(original?.text).toBe(BUILT_INS[1]?.text);
    const copy = (await repos.templates.all()).find((t) => t.copiedFrom === 'en-feedBack-task-01');
    expect(copy).toMatchObject({
      builtIn: false,
      lang: 'en',
      question: 'feedBack',
      level: 'process',
      text: 'Your claim is supported by three strong examples.',
      tags: ['evidence'],
    });
    const copyRow = row(root, 'three strong examples');
    expect(textOf(copyRow)).toContain(en.bankOwn);
    await eventually(() => expect(document.activeElement).toBe(getButton(copyRow, en.actionEdit)));
  });

  it('edits the teacher’s own template in place', async () => {
    const { repos, own } = await seededBank();
    const root = await mountBank(repos);
    await click(getButton(row(root, OWN_TEXT), en.actionEdit));
    expect(textOf(root)).not.toContain(en.bankEditBuiltInNote);
    await type(getByLabel(root, en.bankTags), ' sources , checking,, Sources ');
    await click(getButton(root, en.actionSave));
    await eventually(async () =>
      expect((await repos.templates.get(own.id))?.tags).toEqual(['sources', 'checking']),
    );
    expect(await repos.templates.count()).toBe(BUILT_INS.length + 1);
  });

  it('creates a template of the bank’s language, refusing an empty text', async () => {
    const { repos } = await seededBank();
    const root = await mountBank(repos);
    const before = await repos.templates.count();
    await click(getButton(root, en.bankNewTemplate));
    const text = getByLabel<HTMLTextAreaElement>(root, en.bankTemplateText);
    expect(document.activeElement).toBe(text);

    await type(text, '   ');
    await click(getButton(root, en.actionSave));
    const alerts = queryByRole(root, 'alert', en.bankTextRequired);
    expect(alerts).toHaveLength(1);
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(text.getAttribute('aria-describedby')).toBe(alerts[0]?.id);
    await settle();
    expect(await repos.templates.count()).toBe(before);

    await choose(
      getByLabel<HTMLSelectElement>(editor(root), en.composerQuestionLabel),
      'feedForward',
    );
    await choose(getByLabel<HTMLSelectElement>(editor(root), en.composerLevelLabel), 'self');
    await type(text, '  Try reading {name}’s paragraph aloud.  ');
    await type(getByLabel(root, en.bankTags), 'reading, voice');
    await click(getButton(root, en.actionSave));

    await eventually(() => expect(textOf(root)).toContain('Try reading {name}’s paragraph aloud.'));
    expect(await repos.templates.count()).toBe(before + 1);
    const created = (await repos.templates.all()).find((t) => t.text.startsWith('Try reading'));
    expect(created).toMatchObject({
      lang: 'en',
      question: 'feedForward',
      level: 'self',
      text: 'Try reading {name}’s paragraph aloud.',
      tags: ['reading', 'voice'],
      builtIn: false,
    });
    expect(root.querySelector('textarea')).toBeNull();
    expect(textOf(root)).toContain(en.composerSavedAsTemplate);
  });

  it('keeps what was typed when saving fails, and says why', async () => {
    const { repos } = await seededBank();
    const root = await mountBank(repos);
    vi.spyOn(repos.templates, 'createOwn').mockRejectedValue(new Error('QuotaExceededError'));
    await click(getButton(root, en.bankNewTemplate));
    await type(getByLabel(root, en.bankTemplateText), 'Keep me.');
    await click(getButton(root, en.actionSave));
    await eventually(() =>
      expect(queryByRole(root, 'alert', 'QuotaExceededError')).toHaveLength(1),
    );
    expect(getByLabel<HTMLTextAreaElement>(root, en.bankTemplateText).value).toBe('Keep me.');
    expect(getButton(root, en.actionSave).disabled).toBe(false);
  });

  it('deletes an own template after an inline confirmation, and Undo brings it back whole', async () => {
    const { repos, own } = await seededBank();
    await repos.templates.setFavourite(own.id, true);
    await repos.templates.recordUse(own.id);
    const root = await mountBank(repos);
    expect(queryButtons(row(root, 'plan your paragraphs'), en.actionDelete)).toHaveLength(0);

    await click(getButton(row(root, OWN_TEXT), en.actionDelete));
    const confirm = row(root, OWN_TEXT).querySelector('fieldset') as HTMLElement;
    expect(textOf(confirm)).toContain(en.bankDeleteConfirm);
    expect(document.activeElement).toBe(getButton(confirm, en.actionCancel));

    // Cancel steps back without deleting, focus on Delete again.
    await click(getButton(confirm, en.actionCancel));
    expect(row(root, OWN_TEXT).querySelector('fieldset')).toBeNull();
    expect(document.activeElement).toBe(getButton(row(root, OWN_TEXT), en.actionDelete));

    await click(getButton(row(root, OWN_TEXT), en.actionDelete));
    await click(
      getButton(row(root, OWN_TEXT).querySelector('fieldset') as HTMLElement, en.actionDelete),
    );
    await eventually(() => expect(textOf(root)).not.toContain(OWN_TEXT));
    expect(await repos.templates.get(own.id)).toBeUndefined();
    const undo = getButton(root, en.actionUndo);
    expect(document.activeElement).toBe(undo);

    await click(undo);
    await eventually(() => expect(textOf(root)).toContain(OWN_TEXT));
    expect(await repos.templates.get(own.id)).toMatchObject({
      text: OWN_TEXT,
      favourite: true,
      useCount: 1,
      tags: ['sources'],
    });
    expect(queryButtons(root, en.actionUndo)).toHaveLength(0);
  });

  it('cancels the delete step with Escape', async () => {
    const { repos } = await seededBank();
    const root = await mountBank(repos);
    await click(getButton(row(root, OWN_TEXT), en.actionDelete));
    const cancel = getButton(row(root, OWN_TEXT), en.actionCancel);
    await click(cancel);
    await click(getButton(row(root, OWN_TEXT), en.actionDelete));
    const fieldset = row(root, OWN_TEXT).querySelector('fieldset') as HTMLElement;
    await act(() => {
      document.activeElement?.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
      );
    });
    expect(fieldset.isConnected).toBe(false);
    expect(document.activeElement).toBe(getButton(row(root, OWN_TEXT), en.actionDelete));
    expect(await repos.templates.count()).toBe(BUILT_INS.length + 1);
  });
});

// ---------------------------------------------------------------- health

describe('BankView: where the bank is thin', () => {
  it('counts visible and used templates per question × level, marking empty and unused cells', async () => {
    const { repos, own } = await seededBank();
    await repos.templates.recordUse('en-feedBack-task-01');
    await repos.templates.recordUse(own.id);
    await repos.templates.setHidden('en-feedUp-task-01', true);
    const root = await mountBank(repos);
    const table = root.querySelector('table') as HTMLTableElement;
    expect(table.querySelectorAll('th[scope="col"]')).toHaveLength(4);
    expect(table.querySelectorAll('th[scope="row"]')).toHaveLength(3);
    expect(textOf(table.querySelector('thead') as HTMLElement)).toContain(en.levelSelfRegulation);
    expect(textOf(table.querySelector('tbody') as HTMLElement)).toContain(en.questionFeedForward);

    const cellText = (count: number, used: number) =>
      en.bankHealthCell.replace('{count}', String(count)).replace('{used}', String(used));
    const used = healthCell(root, 'feedBack', 'task');
    await eventually(() => expect(textOf(used)).toContain(cellText(1, 1)));
    expect(used.dataset.state).toBe('used');
    expect(textOf(used)).not.toContain(en.bankHealthEmpty);
    expect(textOf(used)).not.toContain(en.bankHealthNotUsed);

    const notUsed = healthCell(root, 'feedForward', 'process');
    expect(textOf(notUsed)).toContain(cellText(1, 0));
    expect(textOf(notUsed)).toContain(en.bankHealthNotUsed);

    // The only feed-up template is hidden: the cell counts as empty.
    const hidden = healthCell(root, 'feedUp', 'task');
    expect(textOf(hidden)).toContain(cellText(0, 0));
    expect(textOf(hidden)).toContain(en.bankHealthEmpty);
    expect(textOf(healthCell(root, 'feedBack', 'selfRegulation'))).toContain(cellText(1, 1));
    expect(root.querySelectorAll('td[data-state="empty"]')).toHaveLength(9);

    // Counts follow the bank live.
    await repos.templates.recordUse('en-feedForward-process-01');
    await eventually(() =>
      expect(textOf(healthCell(root, 'feedForward', 'process'))).toContain(cellText(1, 1)),
    );
  });

  it('lists the missed searches of this language, most frequent first', async () => {
    const { repos } = await seededBank();
    const root = await mountBank(repos);
    await eventually(() => expect(textOf(root)).toContain(en.bankMissedNone));

    const missed = [
      { query: 'counterargument', lang: 'en', count: 3, lastAt: 1 },
      { query: 'semikolon', lang: 'sv', count: 5, lastAt: 2 },
      { query: 'semicolon', lang: 'en', count: 1, lastAt: 3 },
    ];
    for (const search of missed) {
      for (let time = 0; time < search.count; time += 1) {
        await repos.missedSearches.record(search.query, search.lang, search.lastAt);
      }
    }
    await eventually(() => expect(root.querySelectorAll('.missed-searches li')).toHaveLength(2));
    const items = [...root.querySelectorAll('.missed-searches li')].map((li) => textOf(li));
    expect(items).toEqual([
      translate('en', 'bankMissedCount', { query: 'counterargument', count: 3 }),
      translate('en', 'bankMissedCount', { query: 'semicolon', count: 1 }),
    ]);
    expect(textOf(root)).not.toContain('semikolon');
    expect(textOf(root)).not.toContain(en.bankMissedNone);
  });

  it('works on the dashboard too, where there is no page', async () => {
    const { repos } = await seededBank();
    const root = await mount(
      <ServicesContext.Provider
        value={{ repos, storage: createFakeStorage(), reminders: createFakeReminders() }}
      >
        <Bank lang="en" />
      </ServicesContext.Provider>,
    );
    await eventually(() => expect(rows(root)).toHaveLength(4));
    await eventually(() => expect(textOf(root)).toContain(en.bankMissedNone));
    expect(textOf(root)).toContain(en.bankShareHeading);
  });

  it('speaks the interface language', async () => {
    const { repos } = await seededBank();
    const root = await mountBank(repos, { locale: 'sv' });
    expect(textOf(root)).toContain(sv.bankHealthHeading);
    expect(textOf(root)).toContain(sv.bankShareHeading);
    expect(getByLabel(root, sv.pickerSearch).tagName).toBe('INPUT');
  });
});

// ---------------------------------------------------------------- share

describe('BankView: sharing', () => {
  it('exports only the teacher’s own templates, of every language, as a JSON download', async () => {
    const { repos } = await seededBank();
    await repos.templates.createOwn({
      lang: 'sv',
      question: 'feedForward',
      level: 'task',
      text: 'Nästa steg: skriv en tydligare tes.',
      tags: [],
    });
    await repos.assignments.create({ title: 'Essay', criteria: ['Clear thesis'] });
    const downloads = interceptDownloads();
    const root = await mountBank(repos);

    await click(getButton(root, en.bankExport));
    await eventually(() => expect(downloads.blobs).toHaveLength(1));
    const file = JSON.parse(await (downloads.blobs[0] as Blob).text());
    expect(file.format).toBe(TEMPLATE_FILE_FORMAT);
    expect(file.templates.map((t: { text: string }) => t.text).sort()).toEqual([
      'Nästa steg: skriv en tydligare tes.',
      OWN_TEXT,
    ]);
    expect(file.assignments).toEqual([]);
    expect(downloads.names[0]).toMatch(/^feedforward-templates-\d{4}-\d{2}-\d{2}\.json$/);
    await eventually(() =>
      expect(textOf(root)).toContain(`Saved ${downloads.names[0]}: 2 templates, 0 assignments.`),
    );

    await click(getByLabel(root, en.bankExportWithAssignments));
    await click(getButton(root, en.bankExport));
    await eventually(() => expect(downloads.blobs).toHaveLength(2));
    const withAssignments = JSON.parse(await (downloads.blobs[1] as Blob).text());
    expect(withAssignments.assignments).toEqual([
      { title: 'Essay', learningGoal: '', criteria: ['Clear thesis'] },
    ]);
  });

  it('says so when there is nothing of the teacher’s own to export', async () => {
    const { repos } = freshRepositories();
    await repos.templates.syncBuiltIns(BUILT_INS);
    const downloads = interceptDownloads();
    const root = await mountBank(repos);
    await click(getButton(root, en.bankExport));
    await eventually(() => expect(textOf(root)).toContain(en.bankExportNothing));
    expect(downloads.blobs).toHaveLength(0);
  });

  it('shows its messages in the interface language, also after a switch', async () => {
    const { repos } = freshRepositories();
    await repos.templates.syncBuiltIns(BUILT_INS);
    const root = await mountBank(repos);
    await click(getButton(root, en.bankExport));
    await eventually(() => expect(textOf(root)).toContain(en.bankExportNothing));

    await rerender(root, tab(repos, { locale: 'sv' }));
    await eventually(() => expect(textOf(root)).toContain(sv.bankExportNothing));
    expect(textOf(root)).not.toContain(en.bankExportNothing);
  });

  it('imports a colleague’s file after a preview, skipping what the bank already has', async () => {
    const { repos } = await seededBank();
    await repos.assignments.create({ title: 'Essay' });
    const root = await mountBank(repos);
    const before = await repos.templates.count();

    await pickFile(
      root,
      jsonFile({
        format: TEMPLATE_FILE_FORMAT,
        version: TEMPLATE_FILE_VERSION,
        templates: [
          {
            lang: 'en',
            question: 'feedForward',
            level: 'task',
            text: 'Add a topic sentence to each paragraph.',
            tags: ['structure'],
          },
          { lang: 'en', question: 'feedBack', level: 'selfRegulation', text: OWN_TEXT, tags: [] },
          { lang: 'nb', question: 'feedBack', level: 'task', text: 'Godt argumentert.', tags: [] },
        ],
        assignments: [
          { title: 'Essay', learningGoal: '', criteria: [] },
          { title: 'Poem analysis', learningGoal: 'Read closely', criteria: ['Quotes'] },
        ],
      }),
    );
    // One assignment reads in the singular: the form comes from the language's plural rules.
    const preview =
      '2 new templates and 1 new assignment will be added; 2 already in your bank will be skipped.';
    await eventually(() => expect(textOf(root)).toContain(preview));
    expect(await repos.templates.count()).toBe(before);

    await click(getButton(root, en.bankImportConfirm));
    await eventually(() => expect(textOf(root)).toContain('Added 2 templates and 1 assignment.'));
    expect(await repos.templates.count()).toBe(before + 2);
    expect((await repos.assignments.all()).map((a) => a.title).sort()).toEqual([
      'Essay',
      'Poem analysis',
    ]);
    await eventually(() => expect(textOf(root)).toContain('Add a topic sentence'));
    expect(textOf(row(root, 'Add a topic sentence'))).toContain(en.bankOwn);
    expect(queryButtons(root, en.bankImportConfirm)).toHaveLength(0);
  });

  it('refuses a broken file with the reason and changes nothing', async () => {
    const { repos } = await seededBank();
    const root = await mountBank(repos);
    const templates = await repos.templates.count();
    const assignments = await repos.assignments.count();

    await pickFile(root, jsonFile('{"format": "feedforward-templates", "templates": ['));
    await eventually(() => expect(queryByRole(root, 'alert', en.importNotJson)).toHaveLength(1));
    expect(queryButtons(root, en.bankImportConfirm)).toHaveLength(0);

    await pickFile(
      root,
      jsonFile({
        format: TEMPLATE_FILE_FORMAT,
        version: TEMPLATE_FILE_VERSION,
        templates: [
          { lang: 'en', question: 'feedBack', level: 'task', text: 'Fine.', tags: [] },
          { lang: 'en', question: 'feedWhatever', level: 'task', text: 'Bad.', tags: [] },
        ],
      }),
    );
    const invalid = translate('en', 'importInvalidEntry', { index: 2, field: 'question' });
    await eventually(() => expect(queryByRole(root, 'alert', invalid)).toHaveLength(1));
    expect(queryButtons(root, en.bankImportConfirm)).toHaveLength(0);

    await settle();
    expect(await repos.templates.count()).toBe(templates);
    expect(await repos.assignments.count()).toBe(assignments);
  });

  it('refuses a file that is too large, with the sizes readable', async () => {
    const { repos } = await seededBank();
    const root = await mountBank(repos);
    const text = vi.fn(() => Promise.resolve('{}'));
    await pickFile(root, { text, size: 6_000_000 });
    const message = translate('en', 'importTooLarge', {
      size: formatBytes(6_000_000, 'en'),
      max: formatBytes(MAX_TEMPLATE_FILE_BYTES, 'en'),
    });
    await eventually(() => expect(queryByRole(root, 'alert', message)).toHaveLength(1));
    expect(message).toContain('6 MB');
  });

  it('says the import failed, and keeps the preview to try again', async () => {
    const { repos } = await seededBank();
    const root = await mountBank(repos);
    const before = await repos.templates.count();
    vi.spyOn(repos.bankImport, 'apply').mockRejectedValueOnce(new Error('AbortError'));
    await pickFile(
      root,
      jsonFile({
        format: TEMPLATE_FILE_FORMAT,
        version: TEMPLATE_FILE_VERSION,
        templates: [{ lang: 'en', question: 'feedBack', level: 'task', text: 'New one.' }],
      }),
    );
    await eventually(() => getButton(root, en.bankImportConfirm));
    await click(getButton(root, en.bankImportConfirm));
    await eventually(() =>
      expect(
        queryByRole(
          root,
          'alert',
          translate('en', 'bankImportFailed', { reason: 'Error: AbortError' }),
        ),
      ).toHaveLength(1),
    );
    expect(await repos.templates.count()).toBe(before);

    await click(getButton(root, en.bankImportConfirm));
    await eventually(async () => expect(await repos.templates.count()).toBe(before + 1));
  });
});
