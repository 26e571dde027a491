import type { Frame, Page } from 'playwright-core';
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
}

/** The stand-in's URL for a document id, optionally one of its variants (no-api, refuse, …). */
export function standInUrl(documentId: string, variant?: string): string {
  const query = variant ? `?standin=${variant}` : '';
  return `https://docs.google.com/document/d/${documentId}/edit${query}`;
}

/** Opens a stand-in document and waits until Docs' annotated-text API is there (if it will be). */
export async function openStandIn(page: Page, documentId: string, variant?: string): Promise<void> {
  await page.goto(standInUrl(documentId, variant));
  if (variant === 'no-api') return;
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
): Promise<StandIn[K] extends (...params: never[]) => infer R ? R : StandIn[K]> {
  return page.evaluate(
    ({ name, args }) => {
      const hooks = (window as unknown as { standIn: Record<string, unknown> }).standIn;
      const hook = hooks[name];
      return typeof hook === 'function' ? hook(...args) : hook;
    },
    { name, args: args as unknown[] },
  ) as never;
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
