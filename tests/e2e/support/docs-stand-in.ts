import type { Frame, Page } from 'playwright-core';
import { build } from 'vite';
import { expect } from 'vitest';
import {
  REQUEST_EVENT,
  RESPONSE_EVENT,
} from '../../../utils/integrations/google-docs/bridge-protocol';
import { composerPart } from './extension-browser';

/** What the Docs stand-in (tests/fixtures/docs/document.html) offers a test, in its page world. */
interface StandIn {
  annotateId: string | null;
  apiCalls: string[];
  text(): string;
  selection(): { start: number; end: number };
  select(start: number, end: number): void;
  selectText(needle: string): void;
  replace(search: string, replacement: string): void;
  comments(): { quote: string; text: string }[];
  /** Saves the live text: the export answers with it from then on. */
  save(): Promise<void>;
  /** Every text Docs' copy put on the clipboard. */
  copies: string[];
}

/** Which Docs the stand-in plays; see the comment at the top of document.html. */
export interface StandInOptions {
  standin?:
    | 'no-api'
    | 'refuse'
    | 'no-comment-box'
    | 'no-button'
    | 'layer'
    | 'layer-pageless'
    | 'canvas'
    | 'api-throws'
    | 'api-junk';
  /** The comment box's input: a textarea (default) or a contenteditable. */
  box?: 'textarea' | 'contenteditable';
  /** Docs' interface language: English (default) or Swedish. */
  ui?: 'en' | 'sv';
  /** `never`: the comment box opens, but "Comment" never posts. */
  post?: 'never';
  /** `refused`: the plain-text export answers with a sign-in page. */
  export?: 'refused';
}

/** Variants in which Docs' annotated-text API never appears. */
const WITHOUT_API = new Set(['no-api', 'layer', 'layer-pageless', 'canvas']);

/** The stand-in's URL for a document id, with the options given. */
export function standInUrl(documentId: string, options: StandInOptions = {}): string {
  const query = new URLSearchParams(
    Object.entries(options).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  return `https://docs.google.com/document/d/${documentId}/edit${query ? `?${query}` : ''}`;
}

/**
 * Opens a stand-in document and waits until it is drawn and saved (so its
 * export answers), and until Docs' annotated-text API is there when the
 * variant has one.
 */
export async function openStandIn(
  page: Page,
  documentId: string,
  options: StandInOptions = {},
): Promise<void> {
  await page.goto(standInUrl(documentId, options));
  await page.waitForFunction(
    () => (window as unknown as { standInReady?: boolean }).standInReady === true,
  );
  if (options.standin && WITHOUT_API.has(options.standin)) return;
  await page.waitForFunction(
    () =>
      typeof (window as unknown as Record<string, unknown>)._docs_annotate_getAnnotatedText ===
      'function',
  );
}

/** Calls the stand-in's test hook `name` in the page world. */
export function standIn<K extends keyof StandIn>(
  page: Page,
  name: K,
  ...args: StandIn[K] extends (...params: infer P) => unknown ? P : []
): Promise<StandIn[K] extends (...params: never[]) => infer R ? Awaited<R> : StandIn[K]> {
  return page.evaluate(
    ({ name, args }) => {
      const hooks = (window as unknown as { standIn: Record<string, unknown> }).standIn;
      const hook = hooks[name];
      return typeof hook === 'function' ? hook(...args) : hook;
    },
    { name, args: args as unknown[] },
  ) as never;
}

/** What the clipboard holds, read in a page that has the focus. */
export async function readClipboard(page: Page): Promise<string> {
  await page.bringToFront();
  return page.evaluate(() => navigator.clipboard.readText());
}

type LayerReaders = typeof import('../../../utils/integrations/google-docs/layer-reader');

let layerReaders: Promise<string> | undefined;

/** utils/integrations/google-docs/layer-reader.ts bundled into a script that sets `window.layerReaders`. */
function layerReadersScript(): Promise<string> {
  layerReaders ??= build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: 'utils/integrations/google-docs/layer-reader.ts',
        formats: ['iife'],
        name: 'layerReaders',
      },
    },
  }).then((result) => {
    const output = Array.isArray(result) ? result[0] : result;
    if (!output || !('output' in output)) throw new Error('the layer readers did not bundle');
    return output.output[0].code;
  });
  return layerReaders;
}

/**
 * What the extension's own layer readers find in the page: the layer's
 * text, the page of each fragment and the selected passage (null when no
 * layer is rendered).
 */
export async function readLayerInPage(
  page: Page,
): Promise<{ text: string; pages: number[]; selected: string | null } | null> {
  await page.addScriptTag({ content: await layerReadersScript() });
  return page.evaluate(() => {
    const readers = (window as unknown as { layerReaders: LayerReaders }).layerReaders;
    const layer = readers.readLayer(document);
    if (!layer) return null;
    const range = readers.readLayerSelection(document, layer, readers.canvasMeasure(document));
    return {
      text: layer.text,
      pages: layer.fragments.map((fragment) => fragment.page),
      selected: range && layer.text.slice(range.start, range.end),
    };
  });
}

/**
 * Whether our page-world bridge answers a well-formed request (Docs'
 * selection) within a second, sent in the page world as the content script
 * sends it. Any answer counts, a failure too: it shows the bridge is there.
 */
export function pageBridgeAnswers(page: Page): Promise<boolean> {
  return page.evaluate(
    ({ requestEvent, responseEvent }) =>
      new Promise<boolean>((resolve) => {
        const id = `probe${Date.now()}`;
        const timer = setTimeout(() => resolve(false), 1000);
        document.addEventListener(responseEvent, (event) => {
          const detail = (event as CustomEvent).detail;
          if (typeof detail === 'string' && JSON.parse(detail).id === id) {
            clearTimeout(timer);
            resolve(true);
          }
        });
        const request = JSON.stringify({ id, type: 'selection', params: null });
        document.dispatchEvent(new CustomEvent(requestEvent, { detail: request }));
      }),
    { requestEvent: REQUEST_EVENT, responseEvent: RESPONSE_EVENT },
  );
}

/** The text Docs has selected in the stand-in (where it scrolled to). */
export async function selectedInStandIn(page: Page): Promise<string> {
  const { start, end } = await standIn(page, 'selection');
  return (await standIn(page, 'text')).slice(start, end);
}

/** Selects `passage` in the stand-in, waits for the panel to quote it, and saves `text` on it. */
export async function saveOnPassage(page: Page, panel: Frame, passage: string, text: string) {
  await standIn(page, 'selectText', passage);
  await expect.poll(() => panel.getByTestId('selected-quote').textContent()).toBe(passage);
  await composerPart(panel, 'Feed back').text.fill(text);
  await panel.getByRole('button', { name: 'Save feedback' }).click();
  await expect.poll(() => panel.getByTestId('feedback-item').count()).toBe(1);
}

const AUTO_POST = 'In Google Docs, also click “Comment” for me';

/**
 * Turns the auto-post setting on or off in the panel, as a teacher clicking
 * it would, and waits until it is stored, so a page closed right after
 * cannot leave it half-changed for the next test (a test that expects the
 * box to stay open would then wait for a box that was already posted).
 */
export async function setAutoPost(panel: Frame, on: boolean): Promise<void> {
  const box = panel.getByLabel(AUTO_POST);
  if (!(await box.isVisible())) await panel.getByText('Highlights and inserting').click();
  // Just after the panel opens, the stored setting can still arrive and redraw the
  // box as it was: a click is repeated until the stored value is the one asked for.
  await expect
    .poll(async () => {
      if ((await box.isChecked()) !== on) await box.click();
      return panel.evaluate(
        () =>
          new Promise((resolve, reject) => {
            const open = indexedDB.open('feedforward');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const read = open.result
                .transaction('settings')
                .objectStore('settings')
                .get('docsAutoPost');
              read.onsuccess = () => {
                resolve(read.result?.value === true);
                open.result.close();
              };
            };
          }),
      );
    })
    .toBe(on);
}
