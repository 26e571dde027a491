import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openStandIn, standIn } from './support/docs-stand-in';
import { clickToolbarButton, isPanelOpen, openPanel, unfold } from './support/extension-browser';
import { PANEL_HOST_SELECTOR } from './support/panel-host';
import { openWithPanel, TEACHER_WINDOW, useDocsSuite, useExtensionSuite } from './support/suite';

const WINDOW = TEACHER_WINDOW;

/** Selectors of what the teacher needs on the page that reach under the panel (left edge), with how far. */
async function underPanel(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate(
    ({ host, selectors }) => {
      const panel = document.querySelector(host)?.getBoundingClientRect();
      if (!panel) throw new Error('no panel on the page');
      return selectors.flatMap((selector) =>
        [...document.querySelectorAll(selector)].flatMap((element) => {
          const rect = element.getBoundingClientRect();
          const onScreen = rect.bottom > 0 && rect.top < innerHeight && rect.width > 0;
          return onScreen && rect.right > panel.left + 0.5
            ? [`${selector} reaches ${Math.round(rect.right - panel.left)} px under the panel`]
            : [];
        }),
      );
    },
    { host: PANEL_HOST_SELECTOR, selectors },
  );
}

/** Where the page's elements are, to compare before opening and after closing. */
function pageShape(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const rects = [...document.querySelectorAll(selector)].map((element) => {
      const { left, top, width, height } = element.getBoundingClientRect();
      return [left, top, width, height].map(Math.round);
    });
    return { style: document.documentElement.getAttribute('style'), rects };
  }, selector);
}

/** Unfolds the panel's page settings (at its foot). */
function openPageSettings(panel: Frame): Promise<void> {
  return unfold(panel, 'details.page-settings');
}

async function setPlacement(panel: Frame, placement: 'Over the page' | 'Beside the page') {
  await openPageSettings(panel);
  const select = panel.getByLabel('Panel position');
  const value = placement === 'Over the page' ? 'over' : 'beside';
  await select.selectOption(value);
}

describe('the panel beside the work on ordinary pages', () => {
  const suite = useExtensionSuite();

  const open = (path: string) => openWithPanel(suite, path);

  it('narrows an essay so no line of the student’s text is under the panel, and keeps it scrolling', async () => {
    const { page } = await open('essay-en.html?side=essay');
    expect(await underPanel(page, ['h1', 'p', 'li', 'blockquote'])).toEqual([]);
    const scrolled = await page.evaluate(() => {
      scrollTo(0, 400);
      return scrollY;
    });
    expect(scrolled).toBe(400);
    // The page's own scrollbar stays uncovered: the panel ends where the page's content box does.
    const edges = await page.evaluate((host) => {
      const panel = document.querySelector(host)?.getBoundingClientRect();
      return { panelRight: panel?.right, contentRight: document.documentElement.clientWidth };
    }, PANEL_HOST_SELECTOR);
    expect(edges.panelRight).toBeLessThanOrEqual(edges.contentRight);
    await page.close();
  });

  it('keeps the whole grading form of a learning platform beside the panel', async () => {
    const { page } = await open('lms-grading.html?side=lms');
    expect(
      await underPanel(page, ['#grade', '#comment', '#rich', '#save', '.submission p', 'h1']),
    ).toEqual([]);
    await page.close();
  });

  it('gives the page back exactly when the panel closes', async () => {
    const page = await suite.browser.context.newPage();
    await page.setViewportSize(WINDOW);
    await page.goto(suite.server.url('lms-grading.html?side=restore'));
    await page.evaluate(() => document.documentElement.style.setProperty('margin-right', '3px'));
    const before = await pageShape(page, 'h1, p, #comment, #save');
    // The page is told of each change of its width once (it may lay itself out again each time).
    await page.evaluate(() => {
      const counted = window as unknown as { resizes: number };
      counted.resizes = 0;
      addEventListener('resize', () => {
        counted.resizes += 1;
      });
    });
    const resizes = () => page.evaluate(() => (window as unknown as { resizes: number }).resizes);
    await openPanel(suite.browser, page);
    expect(await pageShape(page, 'h1, p, #comment, #save')).not.toEqual(before);
    expect(await resizes()).toBe(1);
    await clickToolbarButton(suite.browser, page);
    await expect.poll(() => isPanelOpen(page)).toBe(false);
    expect(await pageShape(page, 'h1, p, #comment, #save')).toEqual(before);
    expect(await resizes()).toBe(2);
    await page.close();
  });

  it('lies over the page when the teacher asks for it, and beside it again', async () => {
    const { page, panel } = await open('essay-en.html?side=setting');
    await setPlacement(panel, 'Over the page');
    await expect.poll(() => underPanel(page, ['p'])).not.toEqual([]);
    await setPlacement(panel, 'Beside the page');
    await expect.poll(() => underPanel(page, ['p'])).toEqual([]);
    await page.close();
  });

  it('lies over a page laid out for one width, and says why', async () => {
    const before = await (async () => {
      const page = await suite.browser.context.newPage();
      await page.setViewportSize(WINDOW);
      await page.goto(suite.server.url('fixed-width.html?side=fixed-before'));
      const shape = await pageShape(page, 'table');
      await page.close();
      return shape;
    })();
    const { page, panel } = await open('fixed-width.html?side=fixed');
    // Narrowing was tried and given up: the page is as it was, not squeezed into a sideways scroll.
    expect(await pageShape(page, 'table')).toEqual(before);
    await openPageSettings(panel);
    await expect
      .poll(() => panel.getByTestId('placement-problem').textContent())
      .toContain('keeps its width');
    await page.close();
  });
});

describe('the panel beside a Google Docs document', () => {
  const suite = useDocsSuite();

  it('keeps the page, Docs’ comment box and the editor’s scrollbar clear of the panel', async () => {
    const page = await suite.browser.context.newPage();
    await page.setViewportSize(WINDOW);
    await openStandIn(page, '1SideSideSideSideSide01');
    await openPanel(suite.browser, page);
    await standIn(page, 'selectText', 'most of the people I asked');
    await page.locator('#insertCommentButton').click();
    await page.locator('.docos-anchoreddocoview').waitFor();
    expect(
      await underPanel(page, ['.kix-page', '.docos-anchoreddocoview', '.kix-appview-editor']),
    ).toEqual([]);
    // Docs measured its editor again: it is as tall as the window below the toolbar.
    const editor = await page.locator('.kix-appview-editor').boundingBox();
    expect(Math.round((editor?.y ?? 0) + (editor?.height ?? 0))).toBe(WINDOW.height);
    await page.close();
  });
});
