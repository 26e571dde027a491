import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDashboard } from './support/dashboard';
import {
  clickToolbarButton,
  composerPart,
  openPanel,
  selectInElement,
  unfold,
} from './support/extension-browser';
import { layoutProblems } from './support/layout-problems';
import { failing, measureFocus } from './support/measured-contrast';
import { PANEL_HOST_SELECTOR } from './support/panel-host';
import { pixelsIn } from './support/pixels';
import { openWithPanel, useExtensionSuite } from './support/suite';

/** The panel host's width on the page. */
function panelWidth(page: Page): Promise<number> {
  return page.evaluate(
    (selector) => document.querySelector(selector)?.getBoundingClientRect().width ?? 0,
    PANEL_HOST_SELECTOR,
  );
}

/** Drags the panel's resize handle until the panel is `width` px wide, as a teacher would. */
async function dragPanelTo(page: Page, width: number) {
  const { left, right } = await page.evaluate((selector) => {
    const box = document.querySelector(selector)?.getBoundingClientRect();
    return { left: box?.left ?? 0, right: box?.right ?? 0 };
  }, PANEL_HOST_SELECTOR);
  await page.mouse.move(left + 3, 200);
  await page.mouse.down();
  // The panel's width is the distance from the pointer to the window's right edge.
  await page.mouse.move(right - width, 200, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => panelWidth(page)).toBe(width);
}

/**
 * Browser zoom at 200 % halves the CSS pixels a window has: a 1280×900
 * window lays pages out as 640×450 CSS px, each drawn with 2×2 device
 * pixels. Layout, media queries and every check here work in CSS pixels,
 * so a 640×450 viewport lays the panel and the dashboard out exactly as
 * the zoomed window does (only the text is drawn with fewer pixels).
 */
async function zoomTo200(page: Page) {
  await page.setViewportSize({ width: 640, height: 450 });
}

/** Fills the panel with the parts that take the most room: an item, findings, a warning, the settings. */
async function fillPanel(page: Page, panel: Frame) {
  await selectInElement(page, 'p:nth-of-type(2)');
  await composerPart(panel, 'Feed forward').text.fill('Plan each paragraph before you write it.');
  await panel.getByRole('button', { name: 'Save feedback' }).click();
  await expect.poll(() => panel.getByTestId('feedback-item').count()).toBe(1);
  await composerPart(panel, 'Feed back').text.fill('You are so clever! You always forget {name}.');
  await expect.poll(() => panel.locator('.finding').count()).toBeGreaterThan(0);
  await unfold(panel, 'details.page-settings');
}

/** The layout problems of each panel tab, each named with its tab. */
async function panelTabProblems(panel: Frame): Promise<string[]> {
  const problems: string[] = [];
  for (const tab of ['Feedback', 'Follow-ups', 'Comment bank']) {
    await panel.getByRole('tab', { name: tab }).click();
    await panel.evaluate(() => window.scrollTo(0, 0));
    problems.push(...(await layoutProblems(panel)).map((problem) => `${tab}: ${problem}`));
  }
  await panel.getByRole('tab', { name: 'Feedback' }).click();
  return problems;
}

describe('zoom, narrow panel, reduced motion and forced colours', () => {
  const suite = useExtensionSuite();
  // Each test opens a document of its own (`?case=`), so the items it counts are its own.

  it('lays the panel out without sideways scrolling, cut-off text or overlapping controls at 320 px wide and at 200 % zoom', async () => {
    const { page, panel } = await openWithPanel(suite, 'essay-en.html?case=narrow');
    await fillPanel(page, panel);
    await dragPanelTo(page, 320);
    expect(await panelTabProblems(panel)).toEqual([]);

    await zoomTo200(page);
    await page.reload();
    const zoomed = await openPanel(suite.browser, page);
    // The saved 320 px fit a 640 px window (at most 70 % of it).
    await expect.poll(() => panelWidth(page)).toBe(320);
    await unfold(zoomed, 'details.page-settings');
    expect(await panelTabProblems(zoomed)).toEqual([]);
    await page.close();
  }, 120_000);

  it('lays every dashboard tab out without sideways scrolling, cut-off text or overlapping controls at 200 % zoom', async () => {
    const dashboard = await openDashboard(suite.browser, '');
    await zoomTo200(dashboard);
    const tabs = dashboard.getByRole('tab');
    await expect.poll(() => tabs.count()).toBeGreaterThan(3);
    const problems: string[] = [];
    for (let index = 0; index < (await tabs.count()); index += 1) {
      await tabs.nth(index).click();
      const name = (await tabs.nth(index).textContent()) ?? '';
      await dashboard.evaluate(() => window.scrollTo(0, 0));
      problems.push(...(await layoutProblems(dashboard)).map((problem) => `${name}: ${problem}`));
    }
    expect(problems).toEqual([]);
    await dashboard.close();
  }, 120_000);

  it('stops the slide and every animation under prefers-reduced-motion, also when it changes while the panel is open', async () => {
    const { page, panel } = await openWithPanel(suite, 'essay-en.html?case=motion');
    const hostTransition = () =>
      page.evaluate(
        (selector) => (document.querySelector(selector) as HTMLElement).style.transition,
        PANEL_HOST_SELECTOR,
      );
    expect(await hostTransition()).toContain('160ms');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await clickToolbarButton(suite.browser, page);
    expect(await hostTransition()).toBe('none');
    await clickToolbarButton(suite.browser, page);
    expect(await hostTransition()).toBe('none');
    // Nothing in the panel or the dashboard moves on its own.
    const moving = (target: Page | Frame) =>
      target.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((node) => {
            const style = getComputedStyle(node);
            const lasts = (value: string) =>
              value.split(',').some((part) => Number.parseFloat(part) > 0);
            return lasts(style.transitionDuration) || style.animationName !== 'none';
          })
          .map((node) => node.tagName),
      );
    expect(await moving(panel)).toEqual([]);
    // And the slide comes back when the setting is turned off again.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await clickToolbarButton(suite.browser, page);
    expect(await hostTransition()).toContain('160ms');
    await page.close();
    const dashboard = await openDashboard(suite.browser, '');
    await dashboard.emulateMedia({ reducedMotion: 'reduce' });
    expect(await moving(dashboard)).toEqual([]);
    await dashboard.close();
  });

  it('keeps focus, chosen states and the passages visible in forced colours', async () => {
    const { page, panel } = await openWithPanel(suite, 'essay-en.html?case=forced-colours');
    const quote = await selectInElement(page, 'p:nth-of-type(2)');
    await expect.poll(() => panel.getByTestId('selected-quote').textContent()).toBe(quote);
    await composerPart(panel, 'Feed forward').text.fill('Plan each paragraph before you write it.');
    await panel.getByRole('button', { name: 'Save feedback' }).click();
    await expect.poll(() => panel.getByTestId('feedback-item').count()).toBe(1);
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await page.emulateMedia({ forcedColors: 'active' });
    await expect
      .poll(() => panel.evaluate(() => matchMedia('(forced-colors: active)').matches))
      .toBe(true);

    /** What tells a state apart on screen: colours, lines and outline, as computed. */
    const look = (selector: string) =>
      panel
        .locator(selector)
        .first()
        .evaluate((node) => {
          const style = getComputedStyle(node);
          return [
            style.backgroundColor,
            style.color,
            style.borderBottomColor,
            style.borderBottomWidth,
            style.textDecorationLine,
            style.outlineStyle,
          ].join(' ');
        });
    const chips = composerPart(panel, 'Feed back').group;
    const chosenChip = await look('.question-feedBack .level-chip input:checked + span');
    const otherChip = await look('.question-feedBack .level-chip input:not(:checked) + span');
    expect(chosenChip).not.toBe(otherChip);
    expect(await look('[role=tab][aria-selected=true]')).not.toBe(
      await look('[role=tab][aria-selected=false]'),
    );
    const outcome = panel.getByRole('button', { name: 'Acted on' }).first();
    const before = await outcome.evaluate((node) => getComputedStyle(node).backgroundColor);
    await outcome.click();
    await expect
      .poll(() => outcome.evaluate((node) => getComputedStyle(node).backgroundColor))
      .not.toBe(before);

    // Keyboard focus draws a ring that is seen: measured on screen, as in the contrast test.
    for (const control of [
      chips.getByRole('radio', { name: 'Process' }),
      panel.getByRole('tab', { name: 'Comment bank' }),
      panel.getByRole('button', { name: 'Save feedback' }),
    ]) {
      const ring = await measureFocus(
        page,
        control,
        await control.evaluate((node) => node.outerHTML.slice(0, 60)),
      );
      expect(ring && failing([ring])).toEqual([]);
    }
    await page.keyboard.press('Shift');
    await chips.getByRole('radio', { name: 'Process' }).focus();

    // The passage stays marked: its pixels differ from the same text's page colours.
    const box = await page.evaluate((text) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(text);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 10);
        const rect = range.getBoundingClientRect();
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      }
      return null;
    }, quote);
    if (!box) throw new Error('passage not found');
    const marked = await pixelsIn(page, box);
    const plain = await pixelsIn(page, { ...box, y: box.y + 200 });
    const corner = (pixels: typeof marked) => pixels.at(1, 1).join(',');
    expect(corner(marked)).not.toBe(corner(plain));
    await page.close();
  });

  it("names a part's level in words wherever its colour shows it, in English and Swedish, and draws each level's passages with its own line", async () => {
    const { page, panel } = await openWithPanel(suite, 'essay-en.html?case=levels');
    await composerPart(panel, 'Feed back').level('Process');
    await composerPart(panel, 'Feed back').text.fill('Your plan holds the essay together.');
    await panel.getByRole('button', { name: 'Save feedback' }).click();
    await expect.poll(() => panel.getByTestId('feedback-item').count()).toBeGreaterThan(0);
    await unfold(panel, 'details.page-settings');
    const names = {
      en: {
        task: 'Task',
        process: 'Process',
        selfRegulation: 'Self-regulation',
        self: 'Self (the person)',
      },
      sv: {
        task: 'Uppgiftsnivå',
        process: 'Processnivå',
        selfRegulation: 'Självreglering',
        self: 'Individnivå (personen)',
      },
    };
    for (const [language, levels] of Object.entries(names)) {
      if (language === 'sv') await panel.getByLabel('Language', { exact: true }).selectOption('sv');
      await expect.poll(() => panel.locator('.level-chip').first().textContent()).toBe(levels.task);
      // Every element coloured by a level (chips, saved parts, templates) says the level's name.
      const unnamed = await panel.evaluate((levelNames) => {
        const found: string[] = [];
        for (const [level, name] of Object.entries(levelNames)) {
          for (const node of document.querySelectorAll(`.level-${level}`)) {
            if (!(node.textContent ?? '').includes(name))
              found.push(`${node.className}: no "${name}"`);
          }
        }
        return found;
      }, levels);
      expect(unnamed).toEqual([]);
      // The legend names each level beside a sample drawn with that level's own line style.
      const legend = await panel.locator('.highlight-legend li').evaluateAll((items) =>
        items.map((item) => ({
          text: (item.textContent ?? '').replace('Aa', '').trim(),
          line: getComputedStyle(item.querySelector('.swatch') as Element).textDecorationStyle,
        })),
      );
      expect(legend.map((entry) => entry.text)).toEqual(Object.values(levels));
      expect(new Set(legend.map((entry) => entry.line)).size).toBe(4);
    }
    await page.close();
  });
});
