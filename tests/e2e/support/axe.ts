import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's browser build, read once. */
let axeSource: Promise<string> | undefined;

/** One rule axe found broken, with where. */
export interface AxeViolation {
  id: string;
  targets: string[];
}

/**
 * Runs axe-core's WCAG 2 A and AA rules on what the page shows now. The
 * script goes in as an expression through the DevTools protocol
 * (`page.evaluate` of its text), which extension pages' script policy does
 * not block, and stays for later runs on the same page.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await axeSource);
  return page.evaluate(async () => {
    const scope = window as unknown as {
      axe?: {
        run(
          context: Document,
          options: object,
        ): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
      };
    };
    if (!scope.axe) throw new Error('axe-core did not load');
    const result = await scope.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      targets: violation.nodes.map((node) => String(node.target)),
    }));
  });
}
