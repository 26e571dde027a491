import { h } from 'preact';
import { type Mock, vi } from 'vitest';
import { PanelRoot } from '../../../components/panel/PanelRoot';
import type { FeedbackRepository } from '../../../utils/db/feedback';
import {
  type FeedbackItemRecord,
  openRepositories,
  type Repositories,
  type TemplateRecord,
} from '../../../utils/db/index';
import type { OwnTemplateInput } from '../../../utils/db/templates';
import type { ComposerTarget } from '../../../utils/feedback/composer';
import { en } from '../../../utils/i18n/catalogs/en';
import type { Catalog, MessageKey } from '../../../utils/i18n/index';
import type { Anchor } from '../../../utils/model/anchor';
import type { FeedbackLevel, FeedbackQuestion } from '../../../utils/model/feedback';
import type { PageSelection } from '../../../utils/model/page';
import { schoolYearOf } from '../../../utils/model/school-year';
import type { ComposerPresence } from '../../../utils/panel/adapters/composer-presence';
import type { ConnectResult } from '../../../utils/panel/adapters/page-connection';
import type { Reminders } from '../../../utils/panel/adapters/reminders';
import type { StorageProbe } from '../../../utils/panel/adapters/storage-probe';
import type { StorageEstimate } from '../../../utils/storage/thresholds';
import { createFakePage, ESSAY, type FakePage } from './fake-page';
import {
  click,
  createFakePresence,
  eventually,
  getByLabel,
  mount,
  normalise,
  uniqueDatabaseName,
  workerKeeperOver,
} from './render';

// The panel's world for its tests: a fake page, storage and reminders, the
// panel rendered over them, and where its parts are. Rendering, queries and
// user actions that suit any component live in ./render, and are exported
// here too.
export * from './fake-page';
export * from './render';

// ---------------------------------------------------------------- data

/** A selection as the page describes it: quote with context, and position. */
export function selection(
  exact: string,
  start = 10,
  prefix = 'before ',
  suffix = ' after',
): PageSelection {
  return { anchor: anchor(exact, start, prefix, suffix), documentKey: ESSAY.key };
}

/** W3C selectors for a passage. */
export function anchor(exact: string, start = 10, prefix = 'before ', suffix = ' after'): Anchor {
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
  };
}

/** The document's saved (and inserted) items, oldest first: drafts are left out. */
export async function savedItems(repos: Repositories): Promise<FeedbackItemRecord[]> {
  const items = await repos.feedback.all();
  return items.filter((item) => item.status !== 'draft').sort((a, b) => a.createdAt - b.createdAt);
}

/** Drafts in the database (at most one per document). */
export async function drafts(repos: Repositories): Promise<FeedbackItemRecord[]> {
  return (await repos.feedback.all()).filter((item) => item.status === 'draft');
}

/** Stores a saved one-part item on ESSAY with a chosen creation time (so the order is certain). */
export async function storeItem(
  repos: Repositories,
  input: {
    text: string;
    question?: FeedbackQuestion;
    level?: FeedbackLevel;
    anchor?: Anchor | null;
    createdAt: number;
  },
): Promise<FeedbackItemRecord> {
  const document = await repos.documents.ensure(ESSAY);
  return repos.feedback.put({
    id: crypto.randomUUID(),
    documentId: document.id,
    studentId: document.studentId,
    anchor: input.anchor ?? null,
    parts: [
      {
        id: crypto.randomUUID(),
        question: input.question ?? 'feedBack',
        level: input.level ?? 'task',
        text: input.text,
      },
    ],
    source: 'teacher',
    status: 'saved',
    schoolYear: schoolYearOf(input.createdAt),
    createdAt: input.createdAt,
    updatedAt: input.createdAt,
  });
}

/** Adds the teacher's own templates (English unless said otherwise), in order. */
export async function ownTemplates(
  repos: Repositories,
  templates: (Partial<OwnTemplateInput> & Pick<OwnTemplateInput, 'question' | 'level' | 'text'>)[],
): Promise<TemplateRecord[]> {
  const stored: TemplateRecord[] = [];
  for (const template of templates) {
    stored.push(await repos.templates.createOwn({ lang: 'en', tags: [], ...template }));
  }
  return stored;
}

/**
 * The same repositories, with some feedback operations replaced — e.g. a
 * `commit` that fails once or waits for the test. The rest reach the database.
 */
export function withFeedback(
  repos: Repositories,
  overrides: Partial<FeedbackRepository>,
): Repositories {
  return { ...repos, feedback: { ...repos.feedback, ...overrides } };
}

// ---------------------------------------------------------------- page

/** A connect() that succeeds at once with the fake page (one stable function). */
export function connectedTo(page: FakePage): () => Promise<ConnectResult> {
  return () => Promise.resolve({ status: 'connected', connection: page.connection });
}

/** A promise the test settles itself. */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
} {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

// ---------------------------------------------------------------- storage

/** A storage probe whose answers the test sets (`value`, `persistence`), counting its calls. */
export interface FakeStorage extends StorageProbe {
  value: StorageEstimate | null;
  /** What `persisted()` answers; `persist()` sets it to `grantPersistence`'s answer. */
  persistence: boolean | null;
  /** Whether asking for persistent storage is granted (headless Chromium says no). */
  grantPersistence: boolean;
  /** Whether the extension holds the permission to store without limit. */
  unlimitedStorage: boolean;
  estimate: Mock<StorageProbe['estimate']>;
  persisted: Mock<StorageProbe['persisted']>;
  persist: Mock<StorageProbe['persist']>;
}

/** A storage probe answering a fixed estimate (changeable), not persisted, counting calls. */
export function createFakeStorage(
  initial: StorageEstimate | null = { usage: 1000, quota: 1e10 },
): FakeStorage {
  const probe: FakeStorage = {
    value: initial,
    persistence: false,
    grantPersistence: false,
    unlimitedStorage: false,
    estimate: vi.fn<StorageProbe['estimate']>(async () => probe.value),
    persisted: vi.fn<StorageProbe['persisted']>(async () => probe.persistence),
    persist: vi.fn<StorageProbe['persist']>(async () => {
      probe.persistence = probe.grantPersistence;
      return probe.persistence;
    }),
    unlimited: async () => probe.unlimitedStorage,
  };
  return probe;
}

// ---------------------------------------------------------------- reminders

/** Reminders that only record when they were asked for. */
export interface FakeReminders extends Reminders {
  schedule: Mock<Reminders['schedule']>;
}

export function createFakeReminders(): FakeReminders {
  return { schedule: vi.fn<Reminders['schedule']>() };
}

// ---------------------------------------------------------------- rendering

/** Where the fake extension's dashboard page is. */
export const DASHBOARD_URL = 'chrome-extension://feedforward-test/dashboard.html';
/** Where the fake panel says the privacy page is. */
export const PRIVACY_URL = 'chrome-extension://feedforward-test/privacy.html';

/** Everything a panel test needs: database, page, storage, and the rendered root. */
export interface PanelSetup {
  name: string;
  repos: Repositories;
  page: FakePage;
  storage: FakeStorage;
  reminders: FakeReminders;
  root: HTMLElement;
}

/**
 * Renders PanelRoot over `repos` (with fake storage and reminders unless
 * given), connecting the way `connect` does; it does not wait for the panel.
 */
export function renderPanel(options: {
  repos: Repositories;
  connect(): Promise<ConnectResult>;
  storage?: FakeStorage;
  reminders?: FakeReminders;
  presence?: ComposerPresence;
  browserLanguages?: readonly string[];
}): Promise<HTMLElement> {
  return mount(
    h(PanelRoot, {
      repos: options.repos,
      storage: options.storage ?? createFakeStorage(),
      reminders: options.reminders ?? createFakeReminders(),
      keeper: workerKeeperOver(options.repos),
      presence: options.presence ?? createFakePresence(),
      connect: options.connect,
      browserLanguages: options.browserLanguages ?? ['en-GB'],
      dashboardUrl: DASHBOARD_URL,
      privacyUrl: PRIVACY_URL,
    }),
  );
}

/** Renders PanelRoot connected to a fake page, and waits until the panel shows. */
export async function mountPanel(
  options: {
    name?: string;
    repos?: Repositories;
    page?: FakePage;
    storage?: FakeStorage;
    reminders?: FakeReminders;
    browserLanguages?: readonly string[];
  } = {},
): Promise<PanelSetup> {
  const name = options.name ?? uniqueDatabaseName();
  const repos = options.repos ?? openRepositories(name);
  const page = options.page ?? createFakePage();
  const storage = options.storage ?? createFakeStorage();
  const reminders = options.reminders ?? createFakeReminders();
  const root = await renderPanel({
    repos,
    storage,
    reminders,
    connect: connectedTo(page),
    browserLanguages: options.browserLanguages,
  });
  await eventually(() => {
    if (!root.querySelector('textarea')) throw new Error('panel not shown yet');
  });
  return { name, repos, page, storage, reminders, root };
}

// ---------------------------------------------------------------- queries

/** The section of the panel shown under the tab named `name` (mounted even while hidden). */
export function tabPanel(root: ParentNode, name: string): HTMLElement {
  const tabs = [...root.querySelectorAll('[role="tab"]')].filter(
    (tab) => normalise(tab.textContent) === name,
  );
  if (tabs.length !== 1) throw new Error(`expected one tab "${name}", found ${tabs.length}`);
  const id = tabs[0]?.getAttribute('aria-controls');
  const panel = id ? document.getElementById(id) : null;
  if (!panel) throw new Error(`tab "${name}" controls no panel`);
  return panel;
}

/** The Feedback tab: student and assignment, passage, composer, saved feedback. */
export function feedbackTab(root: ParentNode, catalog: Catalog = en): HTMLElement {
  return tabPanel(root, catalog.tabFeedback);
}

const PART_HEADINGS: Record<ComposerTarget, MessageKey> = {
  feedUp: 'questionFeedUp',
  feedBack: 'questionFeedBack',
  feedForward: 'questionFeedForward',
  praise: 'composerPraiseHeading',
};

/** A part's level chips: the level chosen, the levels offered, and choosing one. */
export interface LevelControl {
  readonly value: string | undefined;
  /** The chips' labels, in order. */
  readonly labels: string[];
  choose(level: string): Promise<void>;
}

/** One field of the composer: its fieldset (found by its legend), text and level. */
export interface ComposerPart {
  fieldset: HTMLFieldSetElement;
  text: HTMLTextAreaElement;
  /** The level chips (the praise has none). */
  level: LevelControl | null;
}

/** The level chips (a radio group) of one composer field. */
function levelControl(group: Element): LevelControl {
  const radios = () => [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  return {
    get value() {
      return radios().find((radio) => radio.checked)?.value;
    },
    get labels() {
      return radios().map((radio) => normalise(radio.closest('label')?.textContent));
    },
    async choose(level) {
      const radio = radios().find((candidate) => candidate.value === level);
      if (!radio) throw new Error(`no level chip ${level}`);
      await click(radio);
    },
  };
}

/** The composer field answering one question, or the praise. */
export function composerPart(
  root: ParentNode,
  target: ComposerTarget,
  catalog: Catalog = en,
): ComposerPart {
  const heading = catalog[PART_HEADINGS[target]];
  const fieldsets = [...feedbackTab(root, catalog).querySelectorAll('fieldset')].filter(
    (fieldset) => normalise(fieldset.querySelector('legend')?.textContent) === heading,
  );
  if (fieldsets.length !== 1)
    throw new Error(`expected one composer field "${heading}", found ${fieldsets.length}`);
  const fieldset = fieldsets[0] as HTMLFieldSetElement;
  const text = getByLabel<HTMLTextAreaElement>(fieldset, heading);
  const chips = fieldset.querySelector('[role="radiogroup"]');
  return { fieldset, text, level: chips ? levelControl(chips) : null };
}

/** The texts of the four composer fields. */
export function composerTexts(root: ParentNode): Record<ComposerTarget, string> {
  return {
    feedUp: composerPart(root, 'feedUp').text.value,
    feedBack: composerPart(root, 'feedBack').text.value,
    feedForward: composerPart(root, 'feedForward').text.value,
    praise: composerPart(root, 'praise').text.value,
  };
}

/** The composer's line saying how the last write went, as the teacher sees it. */
export function saveStatus(root: ParentNode): string {
  return normalise(root.querySelector('.actions .status')?.textContent);
}

/** What the panel's live region last said to screen readers. */
export function announced(root: ParentNode): string {
  return normalise(root.querySelector('[data-testid="announcer"]')?.textContent);
}

/** The comment-bank search field beside the composer. */
export function pickerSearch(root: ParentNode, catalog: Catalog = en): HTMLInputElement {
  return getByLabel<HTMLInputElement>(feedbackTab(root, catalog), catalog.pickerSearch);
}

/** The templates the picker lists, in order, and which one is chosen. */
export function pickerOptions(root: ParentNode): { text: string; selected: boolean }[] {
  return [...feedbackTab(root).querySelectorAll('[role="option"]')].map((option) => ({
    text: normalise(option.querySelector('.template-text')?.textContent),
    selected: option.getAttribute('aria-selected') === 'true',
  }));
}

/** The preview's text exactly as it would go into the document (line breaks kept). */
export function previewText(root: ParentNode): string {
  return root.querySelector('[data-testid="preview-text"]')?.textContent ?? '';
}

/** The listed feedback items, in the order they were written (the list shows the newest first). */
export function listedItems(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-testid="feedback-item"]')].reverse();
}

/** The texts of every part of every listed item, items in the order they were written. */
export function listedTexts(root: ParentNode): (string | null)[] {
  return listedItems(root).flatMap((item) =>
    [...item.querySelectorAll('[data-testid="feedback-text"]')].map(
      (element) => element.textContent,
    ),
  );
}
