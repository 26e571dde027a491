import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** One rule axe-core found broken, with the elements that break it. */
export interface AxeViolation {
  id: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core's WCAG 2.1 A and AA rules over the part of the page that
 * `selector` names and returns what it finds broken. axe's source goes in
 * through the DevTools protocol as an expression, which an extension page's
 * content security policy (no inline or evaluated scripts) does not block —
 * also into the panel's frame on a page.
 */
export async function axeViolations(page: Page | Frame, selector: string): Promise<AxeViolation[]> {
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async (context) => {
    const axe = (globalThis as unknown as { axe: AxeRunner }).axe;
    const result = await axe.run(context, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, selector);
}

/** The little of axe-core's API the helper calls, typed here so the page function checks. */
interface AxeRunner {
  run(
    context: string,
    options: { runOnly: { type: 'tag'; values: string[] } },
  ): Promise<{
    violations: { id: string; help: string; nodes: { target: string[] }[] }[];
  }>;
}
