import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** What axe-core found on a page: each rule broken, with how many elements break it. */
export interface AxeFinding {
  id: string;
  impact: string | null;
  nodes: number;
}

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) in the page and returns what it
 * finds. The script is evaluated through the DevTools protocol, which the
 * extension pages' content-security policy (script-src 'self') allows,
 * where a script tag added to the page would be refused.
 */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  const source = await readFile(createRequire(import.meta.url).resolve('axe-core'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const { axe } = globalThis as unknown as {
      axe: {
        run(
          context: Document,
          options: object,
        ): Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }>;
      };
    };
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.length,
    }));
  });
}
