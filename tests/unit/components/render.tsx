import { type ComponentChild, type ComponentChildren, render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { keepDraft } from '../../../utils/background/keep-draft';
import { openRepositories, type Repositories } from '../../../utils/db/index';
import { createI18n, I18nContext } from '../../../utils/i18n/context';
import type { Locale } from '../../../utils/i18n/index';
import type { ComposerPresence } from '../../../utils/panel/adapters/composer-presence';
import type { DraftKeeper } from '../../../utils/panel/adapters/draft-keeper';
import type { PageConnection } from '../../../utils/panel/adapters/page-connection';
import { ServicesContext } from '../../../utils/panel/services/context';

// Rendering any component, finding what the teacher sees and acting as the
// teacher does. Kept apart from ./fakes, which also loads the whole panel,
// so that a test of one component loads only that component.

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

/** Renders again into a container `mount` made (the parent's re-render, with new props). */
export async function rerender(container: HTMLElement, vnode: ComponentChild): Promise<void> {
  await act(() => render(vnode, container));
}

/** Unmounts everything `mount` rendered (call in afterEach). */
export async function unmountAll(): Promise<void> {
  for (const container of mounted.splice(0)) {
    await act(() => render(null, container));
    container.remove();
  }
}

/**
 * Which composers are open, kept in memory: the tests' panels share one
 * (like the tabs of one browser) only when handed the same presence.
 */
export function createFakePresence(): ComposerPresence {
  const open = new Set<string>();
  return {
    announce(composerId) {
      open.add(composerId);
      return () => open.delete(composerId);
    },
    open: async () => new Set(open),
  };
}

/**
 * The background worker's keeping of a closing panel's draft, run here on
 * the test's own database: the same function the worker runs, without the
 * message between them.
 */
export function workerKeeperOver(repos: Repositories): DraftKeeper {
  return { keep: async (kept) => void (await keepDraft(repos, kept)) };
}

/**
 * What an extension page gives its components: the services (over `repos`;
 * storage that reports nothing, reminders that do nothing; the panel's link
 * to its page and the worker's draft keeping when `page` is given) and the interface language (English
 * unless said otherwise).
 */
export function Providers(props: {
  repos: Repositories;
  page?: PageConnection;
  locale?: Locale;
  children: ComponentChildren;
}) {
  return (
    <ServicesContext.Provider
      value={{
        ...(props.page && {
          page: props.page,
          keeper: workerKeeperOver(props.repos),
          presence: createFakePresence(),
        }),
        repos: props.repos,
        storage: {
          estimate: async () => null,
          persisted: async () => null,
          persist: async () => null,
          unlimited: async () => false,
        },
        reminders: { schedule() {} },
      }}
    >
      <I18nContext.Provider value={createI18n(props.locale ?? 'en')}>
        {props.children}
      </I18nContext.Provider>
    </ServicesContext.Provider>
  );
}

/** Waits for the DOM to catch up; generous, since two cores run every test file at once. */
export function eventually<T>(check: () => T): Promise<T> {
  return vi.waitFor(check, { timeout: 3000 });
}

/** Lets pending promises, Dexie and Preact's render queue settle. */
export async function settle(ms = 30): Promise<void> {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));
}

/**
 * Waits in real time outside `act`, so timers set by the components (draft
 * and save delays) and the database work they start run as in the browser;
 * `settle` would hold Preact's effects back until its end. Then settles.
 */
export async function pause(ms: number): Promise<void> {
  await new Promise<void>((resolve) => setTimeout(resolve, ms));
  await settle();
}

// ---------------------------------------------------------------- queries

/** White space collapsed to single spaces, ends trimmed. */
export function normalise(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The rows of the table captioned `caption`, each as its cells' text (headings included). */
export function tableRows(root: HTMLElement, caption: string): string[][] {
  const table = [...root.querySelectorAll('table')].find(
    (candidate) => normalise(candidate.querySelector('caption')?.textContent) === caption,
  );
  if (!table) throw new Error(`no table "${caption}"`);
  return [...table.querySelectorAll('tr')].map((row) =>
    [...row.children].map((cell) => normalise(cell.textContent)),
  );
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

/** The radio button or checkbox inside the <label> that reads `text`. */
export function getChoice(root: ParentNode, text: string): HTMLInputElement {
  const inputs = [...root.querySelectorAll('label')]
    .filter((label) => normalise(label.textContent) === text)
    .map((label) => label.querySelector('input'));
  if (inputs.length !== 1 || !inputs[0]) throw new Error(`expected one choice "${text}"`);
  return inputs[0];
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

/** Moves focus to an element (focus events included). */
export async function focus(element: HTMLElement) {
  await act(() => {
    element.focus();
  });
}

/** Presses a key in an element; returns the event, to see whether the page handled it. */
export async function press(
  element: HTMLElement,
  key: string,
  modifiers: {
    ctrlKey?: boolean;
    shiftKey?: boolean;
    metaKey?: boolean;
    altKey?: boolean;
    /** The physical key, where the shortcut is read from it (Alt+L). */
    code?: string;
  } = {},
): Promise<KeyboardEvent> {
  const event = new KeyboardEvent('keydown', {
    key,
    ...modifiers,
    bubbles: true,
    cancelable: true,
  });
  await act(() => {
    element.dispatchEvent(event);
  });
  return event;
}

/**
 * Presses Enter in a form's text field: unless the page handles the key, the
 * browser submits the form (happy-dom does not, so this does it the same way).
 */
export async function pressEnterToSubmit(input: HTMLInputElement) {
  const event = await press(input, 'Enter');
  if (event.defaultPrevented || !input.form) return;
  await act(() => {
    input.form?.requestSubmit();
  });
}

// ---------------------------------------------------------------- files

/** Picks a file in the file field labelled `label`, the way the browser reports it. */
export async function pickFileIn(
  root: HTMLElement,
  label: string,
  file: { text(): Promise<string>; size: number },
) {
  const input = getByLabel<HTMLInputElement>(root, label);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** A picked file holding `content` (JSON-encoded unless it is already text). */
export function jsonFile(content: unknown): { text(): Promise<string>; size: number } {
  const raw = typeof content === 'string' ? content : JSON.stringify(content);
  return { text: () => Promise.resolve(raw), size: new TextEncoder().encode(raw).length };
}

/** Captures downloads: the Blob handed to URL.createObjectURL and the file name clicked. */
export function interceptDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:test-${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  return { blobs, names };
}
