import type { Page } from 'playwright-core';

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
