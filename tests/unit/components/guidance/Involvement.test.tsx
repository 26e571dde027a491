import { afterEach, describe, expect, it, vi } from 'vitest';
import { InvolvementPrompts } from '../../../../components/guidance/InvolvementPrompts';
import { PrinciplesView } from '../../../../components/guidance/PrinciplesView';
import type {
  AssignmentRecord,
  FeedbackItemRecord,
  Repositories,
  StudentRecord,
} from '../../../../utils/db/index';
import { selfAssessmentGiven } from '../../../../utils/feedback/principles';
import { en } from '../../../../utils/i18n/catalogs/en';
import { sv } from '../../../../utils/i18n/catalogs/sv';
import type { Locale } from '../../../../utils/i18n/index';
import type { DocumentRecord, FeedbackPart } from '../../../../utils/model/records';
import { schoolYearOf } from '../../../../utils/model/school-year';
import { loadClassBalance } from '../../../../utils/panel/logic/class-balance';
import {
  click,
  eventually,
  freshRepositories,
  getButton,
  getByLabel,
  mount,
  Providers,
  queryButtons,
  rerender,
  textOf,
  unmountAll,
} from '../render';
import { fakeSession, WithSession } from '../session';

afterEach(unmountAll);

// ---------------------------------------------------------------- involvement

interface Setup {
  repos: Repositories;
  root: HTMLElement;
  assignment: AssignmentRecord;
  student: StudentRecord;
  ensureDocument: ReturnType<typeof vi.fn<() => Promise<DocumentRecord>>>;
  onCopy: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;
  /** Renders again with the session changed (the document, its assignment or student). */
  update(change: InvolvementChange): Promise<void>;
}

/** What a test changes in the session: the stored document (by id) or its assignment. */
interface InvolvementChange {
  assignment?: AssignmentRecord | undefined;
  documentId?: string | undefined;
}

/** The stored document `id`, as the session would read it. */
function documentRecord(id: string): DocumentRecord {
  return {
    id,
    key: `gdoc:${id}`,
    url: `https://docs.google.com/document/d/${id}/edit`,
    title: 'Essay',
    schoolYear: schoolYearOf(1),
    createdAt: 1,
    updatedAt: 1,
  };
}

async function renderInvolvement(
  options: {
    criteria?: string[];
    withAssignment?: boolean;
    lang?: 'sv' | 'nb' | 'en';
    locale?: Locale;
    documentId?: string;
  } = {},
): Promise<Setup> {
  const { repos } = freshRepositories();
  const assignment = await repos.assignments.create({
    title: 'Argumentative essay',
    learningGoal: 'Argue for a position',
    criteria: options.criteria ?? ['States a clear thesis', 'Uses two sources'],
  });
  const group = await repos.groups.put({
    id: 'group-7b',
    name: '7B',
    createdAt: 1,
    updatedAt: 1,
  });
  const student = await repos.students.create('Astrid', group.id);
  const ensureDocument = vi.fn(async () => documentRecord('doc-1'));
  const onCopy = vi.fn(async (_text: string) => {});
  let state: InvolvementChange = {
    assignment: options.withAssignment === false ? undefined : assignment,
    documentId: options.documentId,
  };
  const view = () => (
    <Providers repos={repos} locale={options.locale}>
      <WithSession
        session={fakeSession({
          assignment: state.assignment,
          student,
          document: state.documentId ? documentRecord(state.documentId) : null,
          ensureDocument,
        })}
      >
        <InvolvementPrompts lang={options.lang ?? 'en'} onCopy={onCopy} />
      </WithSession>
    </Providers>
  );
  const root = await mount(view());
  return {
    repos,
    root,
    assignment,
    student,
    ensureDocument,
    onCopy,
    async update(change) {
      state = { ...state, ...change };
      await rerender(root, view());
    },
  };
}

const promptField = (root: HTMLElement, label: string) =>
  getByLabel<HTMLTextAreaElement>(root, label);

describe('InvolvementPrompts: without criteria', () => {
  it('asks for success criteria when there is no assignment', async () => {
    const { root } = await renderInvolvement({ withAssignment: false });
    expect(textOf(root)).toContain(en.involvementHeading);
    expect(textOf(root)).toContain(en.involvementNeedsCriteria);
    expect(root.querySelectorAll('button')).toHaveLength(0);
  });

  it('asks for success criteria when the criteria are all blank', async () => {
    const { root } = await renderInvolvement({ criteria: ['', '  '] });
    expect(textOf(root)).toContain(en.involvementNeedsCriteria);
    expect(queryButtons(root, en.involvementSelf)).toHaveLength(0);
  });
});

describe('InvolvementPrompts: prompts from the criteria', () => {
  it('writes a self-assessment from every criterion, addressed to the student, read-only', async () => {
    const { root } = await renderInvolvement();
    expect(root.querySelector('textarea')).toBeNull();
    await click(getButton(root, en.involvementSelf));
    expect(getButton(root, en.involvementSelf).getAttribute('aria-pressed')).toBe('true');
    const field = promptField(root, en.involvementSelf);
    expect(field.readOnly).toBe(true);
    expect(field.value.startsWith('Astrid, ')).toBe(true);
    expect(field.value).toContain('Argue for a position');
    expect(field.value).toContain('• States a clear thesis: ');
    expect(field.value).toContain('• Uses two sources: ');
  });

  it('writes a peer-feedback task from the criteria', async () => {
    const { root } = await renderInvolvement();
    await click(getButton(root, en.involvementPeer));
    expect(getButton(root, en.involvementPeer).getAttribute('aria-pressed')).toBe('true');
    expect(getButton(root, en.involvementSelf).getAttribute('aria-pressed')).toBe('false');
    const text = promptField(root, en.involvementPeer).value;
    expect(text).toContain('• States a clear thesis');
    expect(text).toContain('• Uses two sources');
    expect(text).toMatch(/two things that work and one wish/i);
    expect(text).not.toContain('Astrid');
  });

  it('writes in the feedback’s language, whatever the interface language', async () => {
    const { root } = await renderInvolvement({ lang: 'sv', locale: 'en' });
    await click(getButton(root, en.involvementSelf));
    expect(promptField(root, en.involvementSelf).value).toContain('Vad är ditt nästa steg?');
    expect(promptField(root, en.involvementSelf).lang).toBe('sv');
  });

  it('speaks the interface language in its controls', async () => {
    const { root } = await renderInvolvement({ lang: 'en', locale: 'sv' });
    expect(textOf(root)).toContain(sv.involvementHeading);
    await click(getButton(root, sv.involvementPeer));
    expect(promptField(root, sv.involvementPeer).value).toContain('Two things that work');
  });

  it('follows an edited criterion at once', async () => {
    const setup = await renderInvolvement();
    await click(getButton(setup.root, en.involvementSelf));
    await setup.update({
      assignment: {
        ...setup.assignment,
        criteria: [...setup.assignment.criteria, { id: 'c3', text: 'Ends with a conclusion' }],
      },
    });
    expect(promptField(setup.root, en.involvementSelf).value).toContain(
      '• Ends with a conclusion: ',
    );
  });

  it('keeps stored text as text', async () => {
    const { root } = await renderInvolvement({ criteria: ['<img src=x onerror=alert(1)> quotes'] });
    await click(getButton(root, en.involvementSelf));
    expect(root.querySelector('img')).toBeNull();
    expect(promptField(root, en.involvementSelf).value).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('InvolvementPrompts: copy and record', () => {
  it('copies the shown prompt and says so', async () => {
    const { root, onCopy } = await renderInvolvement();
    await click(getButton(root, en.involvementSelf));
    const text = promptField(root, en.involvementSelf).value;
    await click(getButton(root, en.involvementCopy));
    expect(onCopy).toHaveBeenCalledWith(text);
    await eventually(() => expect(textOf(root)).toContain(en.involvementCopied));
    expect(root.querySelector('[role="status"]')?.textContent).toBe(en.involvementCopied);
  });

  it('selects the prompt for copying by hand when copying fails', async () => {
    const { root, onCopy } = await renderInvolvement();
    onCopy.mockRejectedValueOnce(new Error('denied'));
    await click(getButton(root, en.involvementPeer));
    await click(getButton(root, en.involvementCopy));
    await eventually(() =>
      expect(document.activeElement).toBe(promptField(root, en.involvementPeer)),
    );
    expect(textOf(root)).not.toContain(en.involvementCopied);
  });

  it('records a given self-assessment on the document, for the quarter balance', async () => {
    const { root, repos, student, ensureDocument } = await renderInvolvement();
    await click(getButton(root, en.involvementSelf));
    const text = promptField(root, en.involvementSelf).value;
    await click(getButton(root, en.involvementGive));
    await eventually(() =>
      expect(textOf(root)).toContain(
        'Recorded: it counts towards the student’s self-assessment work.',
      ),
    );
    expect(ensureDocument).toHaveBeenCalledTimes(1);
    const logged = await repos.activity.all();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      kind: 'self',
      documentId: 'doc-1',
      studentId: student.id,
      groupId: 'group-7b',
      note: text,
    });
    expect(selfAssessmentGiven(logged, 'doc-1')).toBe(true);
    // It counts in the quarter balance, for the student and their class.
    const balance = await loadClassBalance(repos, 'group-7b', { from: 0, to: Date.now() + 1 });
    expect(balance.counts).toEqual({ teacher: 0, formative: 0, peer: 0, self: 1 });
    expect(balance.students[0]?.counts.self).toBe(1);
    // Recorded once: the button waits for another prompt.
    expect(getButton(root, en.involvementGive).disabled).toBe(true);
  });

  it('records a given peer-feedback task as peer work', async () => {
    const { root, repos } = await renderInvolvement({ documentId: 'doc-1' });
    await click(getButton(root, en.involvementPeer));
    await click(getButton(root, en.involvementGive));
    await eventually(() =>
      expect(textOf(root)).toContain(en.involvementGiven.replace('{kind}', en.involvementKindPeer)),
    );
    const logged = await repos.activity.all();
    expect(logged.map((entry) => [entry.kind, entry.documentId])).toEqual([['peer', 'doc-1']]);
    expect(selfAssessmentGiven(logged, 'doc-1')).toBe(false);
  });

  it('keeps saying it was recorded when the document is stored by that click', async () => {
    const setup = await renderInvolvement();
    await click(getButton(setup.root, en.involvementSelf));
    await click(getButton(setup.root, en.involvementGive));
    await eventually(() => expect(textOf(setup.root)).toContain('self-assessment work'));
    await setup.update({ documentId: 'doc-1' });
    expect(textOf(setup.root)).toContain('self-assessment work');
    // On another document it is not given yet.
    await setup.update({ documentId: 'doc-2' });
    expect(textOf(setup.root)).not.toContain('self-assessment work');
    expect(getButton(setup.root, en.involvementGive).disabled).toBe(false);
  });

  it('says what went wrong when the record cannot be stored, and logs nothing', async () => {
    const { root, repos, ensureDocument } = await renderInvolvement();
    ensureDocument.mockRejectedValueOnce(new Error('quota'));
    await click(getButton(root, en.involvementSelf));
    await click(getButton(root, en.involvementGive));
    await eventually(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toContain('quota'),
    );
    expect(await repos.activity.count()).toBe(0);
    expect(getButton(root, en.involvementGive).disabled).toBe(false);
  });
});

// ---------------------------------------------------------------- principles

let partId = 0;
function itemWith(...parts: (Partial<FeedbackPart> & Pick<FeedbackPart, 'question' | 'text'>)[]) {
  const item: FeedbackItemRecord = {
    id: crypto.randomUUID(),
    documentId: 'doc-1',
    anchor: null,
    parts: parts.map((part) => ({ id: `part-${partId++}`, level: 'task', ...part })),
    source: 'teacher',
    status: 'saved',
    schoolYear: schoolYearOf(1),
    createdAt: 1,
    updatedAt: 1,
  };
  return item;
}

const principleRows = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>('[data-principle]')].map((row) => ({
    key: row.dataset.principle,
    text: textOf(row),
  }));

async function renderPrinciples(items: FeedbackItemRecord[], involvementGiven: boolean) {
  const { repos } = freshRepositories();
  return mount(
    <Providers repos={repos}>
      <PrinciplesView items={items} involvementGiven={involvementGiven} />
    </Providers>,
  );
}

describe('PrinciplesView', () => {
  it('shows all four principles as not met on a document without feedback', async () => {
    const root = await renderPrinciples([], false);
    expect(textOf(root.querySelector('h2') as HTMLElement)).toBe(en.principlesHeading);
    expect(principleRows(root)).toEqual([
      { key: 'goal', text: `${en.principleGoal} ○ ${en.checklistNotMet}` },
      { key: 'quality', text: `${en.principleQuality} ○ ${en.checklistNotMet}` },
      { key: 'advice', text: `${en.principleAdvice} ○ ${en.checklistNotMet}` },
      { key: 'involvement', text: `${en.principleInvolvement} ○ ${en.checklistNotMet}` },
    ]);
  });

  it('marks what the feedback serves, with the symbol hidden from screen readers', async () => {
    const root = await renderPrinciples(
      [
        itemWith({ question: 'feedBack', level: 'self', text: 'Well done you!' }),
        itemWith(
          { question: 'feedUp', text: 'Thesis', criterionId: 'c1' },
          { question: 'feedForward', text: 'Add a second source.' },
        ),
      ],
      true,
    );
    const state = Object.fromEntries(
      [...root.querySelectorAll<HTMLElement>('[data-principle]')].map((row) => [
        row.dataset.principle,
        row.dataset.met,
      ]),
    );
    expect(state).toEqual({ goal: 'true', quality: 'false', advice: 'true', involvement: 'true' });
    const goal = root.querySelector<HTMLElement>('[data-principle="goal"]') as HTMLElement;
    expect(textOf(goal)).toContain(`✓ ${en.checklistMet}`);
    const symbol = [...goal.querySelectorAll('[aria-hidden="true"]')].map((el) => el.textContent);
    expect(symbol.map((s) => s?.trim())).toEqual(['✓']);
    const quality = root.querySelector<HTMLElement>('[data-principle="quality"]') as HTMLElement;
    expect(textOf(quality)).toContain(`○ ${en.checklistNotMet}`);
  });

  it('follows the items as they change', async () => {
    const { repos } = freshRepositories();
    const view = (items: FeedbackItemRecord[]) => (
      <Providers repos={repos}>
        <PrinciplesView items={items} involvementGiven={false} />
      </Providers>
    );
    const root = await mount(view([]));
    expect(root.querySelector('[data-principle="quality"]')?.getAttribute('data-met')).toBe(
      'false',
    );
    await rerender(root, view([itemWith({ question: 'feedBack', text: 'The thesis is clear.' })]));
    expect(root.querySelector('[data-principle="quality"]')?.getAttribute('data-met')).toBe('true');
  });
});
