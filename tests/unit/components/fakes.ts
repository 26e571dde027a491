import { type ComponentChild, h, render } from 'preact';
import { act } from 'preact/test-utils';
import { type Mock, vi } from 'vitest';
import { PanelRoot } from '../../../components/PanelRoot';
import type { Anchor } from '../../../utils/anchoring/types';
import type { DocumentIdentity } from '../../../utils/db/documents';
import { openRepositories, type Repositories } from '../../../utils/db/index';
import type { PageSelection, PanelRequests } from '../../../utils/messaging';
import type { ConnectResult, PageConnection } from '../../../utils/panel/page-connection';
import type { StorageEstimate, StorageProbe } from '../../../utils/panel/storage-probe';

// ---------------------------------------------------------------- data

/** A database name no other test uses, so every test starts empty. */
export function uniqueDatabaseName(): string {
  return `feedforward-components-${crypto.randomUUID()}`;
}

/** Repositories over a new, empty database (and its name, to open it again). */
export function freshRepositories(): { name: string; repos: Repositories } {
  const name = uniqueDatabaseName();
  return { name, repos: openRepositories(name) };
}

/** The document the fake page shows. */
export const ESSAY: DocumentIdentity = {
  key: 'gdoc:essay-1',
  url: 'https://docs.google.com/document/d/essay-1/edit',
  title: 'Essay on climate',
};

/** A selection as the page describes it: quote with context, and position. */
export function selection(
  exact: string,
  start = 10,
  prefix = 'before ',
  suffix = ' after',
): PageSelection {
  return { anchor: anchor(exact, start, prefix, suffix) };
}

/** W3C selectors for a passage. */
export function anchor(exact: string, start = 10, prefix = 'before ', suffix = ' after'): Anchor {
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
  };
}

// ---------------------------------------------------------------- page

type RequestType = keyof PanelRequests & string;
type Handler<K extends RequestType> = (
  params: PanelRequests[K]['params'],
) => PanelRequests[K]['result'] | Promise<PanelRequests[K]['result']>;

/** A recorded request from the panel to its page. */
export interface RecordedRequest {
  type: RequestType;
  params: unknown;
}

/** A page the panel is connected to, which the test controls. */
export interface FakePage {
  connection: PageConnection;
  /** Every request the panel made, in order. */
  requests: RecordedRequest[];
  /** The parameters of every request of one type. */
  requestsOf<K extends RequestType>(type: K): PanelRequests[K]['params'][];
  /** What 'page/selection' answers. */
  selection: PageSelection | null;
  /** What 'page/scrollTo' answers. */
  found: boolean;
  /** Replaces the answer to one request type (e.g. to make it reject). */
  handle<K extends RequestType>(type: K, handler: Handler<K>): void;
  /** The page tells the panel the teacher selected something. */
  pushSelection(selection: PageSelection | null): void;
  /** The page went away (reload, extension update). */
  disconnect(): void;
}

export function createFakePage(
  options: { document?: DocumentIdentity; selection?: PageSelection | null } = {},
): FakePage {
  const selectionListeners = new Set<(selection: PageSelection | null) => void>();
  const disconnectListeners: (() => void)[] = [];
  const handlers = new Map<RequestType, (params: unknown) => unknown>();

  const fake: FakePage = {
    requests: [],
    selection: options.selection ?? null,
    found: true,
    requestsOf<K extends RequestType>(type: K) {
      return fake.requests
        .filter((request) => request.type === type)
        .map((request) => request.params as PanelRequests[K]['params']);
    },
    handle(type, handler) {
      handlers.set(type, handler as (params: unknown) => unknown);
    },
    pushSelection(next) {
      for (const listener of selectionListeners) listener(next);
    },
    disconnect() {
      for (const listener of disconnectListeners) listener();
    },
    connection: {
      document: options.document ?? ESSAY,
      request: (async (type: RequestType, params: unknown) => {
        fake.requests.push({ type, params });
        const handler = handlers.get(type);
        if (handler) return handler(params);
        if (type === 'page/selection') return fake.selection;
        if (type === 'page/scrollTo') return { found: fake.found };
        if (type.startsWith('host/')) return null;
        throw new Error(`unexpected request ${type}`);
      }) as PageConnection['request'],
      onSelectionChanged(listener) {
        selectionListeners.add(listener);
        return () => selectionListeners.delete(listener);
      },
      onDisconnect(listener) {
        disconnectListeners.push(listener);
      },
    },
  };
  return fake;
}

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

/** A storage probe whose answer the test sets (`value`), counting its calls. */
export interface FakeStorage extends StorageProbe {
  value: StorageEstimate | null;
  estimate: Mock<StorageProbe['estimate']>;
}

/** A storage probe answering a fixed estimate (changeable), counting calls. */
export function createFakeStorage(
  initial: StorageEstimate | null = { usage: 1000, quota: 1e10 },
): FakeStorage {
  const probe: FakeStorage = {
    value: initial,
    estimate: vi.fn<StorageProbe['estimate']>(async () => probe.value),
  };
  return probe;
}

// ---------------------------------------------------------------- rendering

const mounted: HTMLElement[] = [];

/** Renders into a fresh element of the test page. */
export async function mount(vnode: ComponentChild): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  await act(() => render(vnode, container));
  return container;
}

/** Unmounts everything `mount` rendered (call in afterEach). */
export async function unmountAll(): Promise<void> {
  for (const container of mounted.splice(0)) {
    await act(() => render(null, container));
    container.remove();
  }
}

/** Everything a panel test needs: database, page, storage, and the rendered root. */
export interface PanelSetup {
  name: string;
  repos: Repositories;
  page: FakePage;
  storage: FakeStorage;
  root: HTMLElement;
}

/** Renders PanelRoot connected to a fake page, and waits until the panel shows. */
export async function mountPanel(
  options: {
    name?: string;
    repos?: Repositories;
    page?: FakePage;
    storage?: FakeStorage;
    browserLanguages?: readonly string[];
  } = {},
): Promise<PanelSetup> {
  const name = options.name ?? uniqueDatabaseName();
  const repos = options.repos ?? openRepositories(name);
  const page = options.page ?? createFakePage();
  const storage = options.storage ?? createFakeStorage();
  const root = await mount(
    h(PanelRoot, {
      repos,
      storage,
      connect: connectedTo(page),
      browserLanguages: options.browserLanguages ?? ['en-GB'],
    }),
  );
  await eventually(() => {
    if (!root.querySelector('textarea')) throw new Error('panel not shown yet');
  });
  return { name, repos, page, storage, root };
}

/** Waits for the DOM to catch up; generous, since two cores run every test file at once. */
export function eventually<T>(check: () => T): Promise<T> {
  return vi.waitFor(check, { timeout: 3000 });
}

/** Lets pending promises, Dexie and Preact's render queue settle. */
export async function settle(ms = 30): Promise<void> {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));
}

// ---------------------------------------------------------------- queries

function normalise(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The form control whose <label> reads `text` (tied by the label's `for`). */
export function getByLabel<E extends HTMLElement = HTMLElement>(root: ParentNode, text: string): E {
  const labels = [...root.querySelectorAll('label')].filter(
    (label) => normalise(label.textContent) === text,
  );
  if (labels.length !== 1) throw new Error(`expected one label "${text}", found ${labels.length}`);
  const id = labels[0]?.getAttribute('for');
  const control = id ? document.getElementById(id) : null;
  if (!control) throw new Error(`label "${text}" is tied to no control`);
  return control as E;
}

/** The accessible name of an element: aria-label, else its text. */
function accessibleName(element: Element): string {
  return normalise(element.getAttribute('aria-label') ?? element.textContent);
}

/** Every button whose accessible name is `name`. */
export function queryButtons(root: ParentNode, name: string): HTMLButtonElement[] {
  return [...root.querySelectorAll('button')].filter((button) => accessibleName(button) === name);
}

/** The one button named `name`. */
export function getButton(root: ParentNode, name: string): HTMLButtonElement {
  const buttons = queryButtons(root, name);
  if (buttons.length !== 1)
    throw new Error(`expected one button "${name}", found ${buttons.length}`);
  return buttons[0] as HTMLButtonElement;
}

/** Elements with an explicit role whose text contains `text` (or all of them). */
export function queryByRole(root: ParentNode, role: string, text?: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[role="${role}"]`)].filter(
    (element) => text === undefined || normalise(element.textContent).includes(text),
  );
}

/** The visible text of the container, white space collapsed. */
export function textOf(root: ParentNode & { textContent: string | null }): string {
  return normalise(root.textContent);
}

// ---------------------------------------------------------------- user actions

/** Types into a textarea or input the way the browser reports it: value, then input event. */
export async function type(control: HTMLTextAreaElement | HTMLInputElement, value: string) {
  await act(() => {
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Picks an option of a select. */
export async function choose(select: HTMLSelectElement, value: string) {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Clicks an element. */
export async function click(element: HTMLElement) {
  await act(() => {
    element.click();
  });
}

/** Presses Ctrl+Enter in an element. */
export async function pressCtrlEnter(element: HTMLElement) {
  await act(() => {
    element.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'Enter',
        ctrlKey: true,
        bubbles: true,
        cancelable: true,
      }),
    );
  });
}
