import type { Frame, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { accessibilityTree, withRole } from './support/accessibility-tree';
import { axeViolations } from './support/axe';
import {
  clickToolbarButton,
  composerPart,
  isPanelOpen,
  openPanel,
  saveFirstItem,
} from './support/extension-browser';
import { type ShadowElement, shadowElement, shadowMarkup } from './support/host-shadow';
import { pressPanelShortcut } from './support/keyboard';
import { PANEL_HOST_SELECTOR } from './support/panel-host';
import { type Suite, TEACHER_WINDOW, useExtensionSuite } from './support/suite';

/** More key presses than it takes to Tab from any control of the panel to any other. */
const MAX_PRESSES = 60;
/** More controls than the panel's feedback tab holds with one saved item. */
const MAX_CONTROLS = 200;

/** What has the page's keyboard focus: an element's id, `panel` for the panel's host, or `body`. */
function pageFocus(page: Page): Promise<string> {
  return page.evaluate((selector) => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    if (active.matches(selector)) return 'panel';
    return active.id || active.localName;
  }, PANEL_HOST_SELECTOR);
}

/** Whether the keyboard focus is in the panel's own document, on a control of the composer. */
function focusInComposer(panel: Frame): Promise<boolean> {
  return panel.evaluate(
    () => document.hasFocus() && document.activeElement?.closest('.composer') != null,
  );
}

/** The panel's width on the page, and where the page's own content now ends. */
function widths(page: Page) {
  return page.evaluate((selector) => {
    const host = document.querySelector(selector)?.getBoundingClientRect();
    return {
      panel: Math.round(host?.width ?? 0),
      pageRight: Math.round(document.documentElement.getBoundingClientRect().right),
      panelLeft: Math.round(host?.left ?? 0),
    };
  }, PANEL_HOST_SELECTOR);
}

/** Presses `key` until `reached` says so; fails when it never does. */
async function pressUntil(page: Page, key: string, reached: () => Promise<boolean>) {
  for (let presses = 0; presses < MAX_PRESSES; presses += 1) {
    if (await reached()) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never got there`);
}

/** Tabs the current test opened, closed after it even when it fails (the toolbar finds a tab by its address). */
const opened: Page[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((page) => page.close().catch(() => {})));
});

async function openOn(suite: Suite, path: string) {
  const page = await suite.browser.context.newPage();
  opened.push(page);
  await page.setViewportSize(TEACHER_WINDOW);
  await page.goto(suite.server.url(path));
  return page;
}

/**
 * Opens the panel with the toolbar button, expanded: a test that collapsed it
 * may have closed its tab before the expanded layout reached the store.
 */
async function openExpanded(browser: Suite['browser'], page: Page): Promise<Frame> {
  const panel = await openPanel(browser, page);
  const expand = await shadowElement(page, 'button.expand');
  if ((await expand.attribute('hidden')) === null) {
    await expand.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => expand.attribute('hidden')).toBe('');
  }
  return panel;
}

/** Whether a control shows a focus ring: an outline of at least 2 px, or a box shadow. */
function ringOf(style: Record<string, string>): boolean {
  const outline =
    style['outline-style'] !== 'none' && Number.parseFloat(style['outline-width'] ?? '0') >= 2;
  return outline || (style['box-shadow'] ?? 'none') !== 'none';
}

const RING = ['outline-style', 'outline-width', 'box-shadow'];

/** Collapses the panel from its own button, by keyboard, and waits for the edge tab to have the focus. */
async function collapseByKeyboard(page: Page, panel: Frame, expand: ShadowElement) {
  await panel.getByRole('button', { name: 'Collapse panel' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => expand.hasFocus()).toBe(true);
}

describe('the panel with the keyboard and a screen reader', () => {
  const suite = useExtensionSuite();

  it('takes the focus into the composer on opening and gives it back to the page on closing, by toolbar button, panel button and shortcut', async () => {
    const page = await openOn(suite, 'lms-comment.html');
    await page.focus('#comment');

    const panel = await openExpanded(suite.browser, page);
    await expect
      .poll(() =>
        composerPart(panel, 'Feed up').text.evaluate(
          (field) => field === document.activeElement && document.hasFocus(),
        ),
      )
      .toBe(true);
    expect(await pageFocus(page)).toBe('panel');

    await clickToolbarButton(suite.browser, page);
    await expect.poll(() => pageFocus(page)).toBe('comment');

    // Closed from inside the panel, with the focus there.
    await openPanel(suite.browser, page);
    await expect.poll(() => focusInComposer(panel)).toBe(true);
    await panel.getByRole('button', { name: 'Close panel' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => isPanelOpen(page)).toBe(false);
    await expect.poll(() => pageFocus(page)).toBe('comment');

    // The shortcut opens it, and pressed inside the panel, closes it.
    await pressPanelShortcut(suite.browser, page);
    await expect.poll(() => isPanelOpen(page)).toBe(true);
    await expect.poll(() => focusInComposer(panel)).toBe(true);
    await pressPanelShortcut(suite.browser, page);
    await expect.poll(() => isPanelOpen(page)).toBe(false);
    await expect.poll(() => pageFocus(page)).toBe('comment');
  });

  it('gives the focus to the nearest control still on the page when the page removed the one it came from', async () => {
    const page = await openOn(suite, 'lms-comment.html');
    await page.focus('#comment');
    const panel = await openExpanded(suite.browser, page);
    await page.evaluate(() => document.getElementById('comment')?.remove());
    await panel.getByRole('button', { name: 'Close panel' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => isPanelOpen(page)).toBe(false);
    await expect.poll(() => pageFocus(page)).toBe('rich');
  });

  it('moves the focus to the edge tab on collapsing, and Enter or Space expands it back into the panel', async () => {
    const page = await openOn(suite, 'lms-comment.html');
    const panel = await openExpanded(suite.browser, page);
    const expand = await shadowElement(page, 'button.expand');

    await collapseByKeyboard(page, panel, expand);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusInComposer(panel)).toBe(true);
    expect(await pageFocus(page)).toBe('panel');

    await collapseByKeyboard(page, panel, expand);
    await page.keyboard.press('Space');
    await expect.poll(() => focusInComposer(panel)).toBe(true);

    // The collapsed tab is reached with Tab from the page, like any control.
    await collapseByKeyboard(page, panel, expand);
    await page.focus('#rich');
    await pressUntil(page, 'Tab', () => expand.hasFocus());
    // Expanded again: the next panel opens as this one is left.
    await page.keyboard.press('Enter');
    await expect.poll(() => focusInComposer(panel)).toBe(true);
  });

  it('reaches the resize handle with Tab from the page and from the panel; arrows, Home and End resize it and the page follows', async () => {
    const page = await openOn(suite, 'lms-comment.html');
    const panel = await openExpanded(suite.browser, page);
    const handle = await shadowElement(page, '[role=separator]');

    await page.focus('#rich');
    await pressUntil(page, 'Tab', () => handle.hasFocus());
    await composerPart(panel, 'Feed up').text.focus();
    await pressUntil(page, 'Shift+Tab', () => handle.hasFocus());

    const start = await widths(page);
    expect(start.panel).toBe(380);
    const expectWidth = async (width: number) => {
      await expect.poll(async () => (await widths(page)).panel).toBe(width);
      expect(await handle.attribute('aria-valuenow')).toBe(String(width));
      // Beside the page: the page's own content ends where the panel begins.
      const now = await widths(page);
      expect(now.pageRight).toBe(now.panelLeft);
    };
    await page.keyboard.press('ArrowLeft');
    await expectWidth(396);
    await page.keyboard.press('ArrowRight');
    await expectWidth(380);
    await page.keyboard.press('Shift+ArrowLeft');
    await expectWidth(444);
    await page.keyboard.press('Home');
    await expectWidth(Number(await handle.attribute('aria-valuemin')));
    await page.keyboard.press('End');
    await expectWidth(Number(await handle.attribute('aria-valuemax')));
    expect(await handle.hasFocus()).toBe(true);
  });

  it('keeps the focus on its warning while the page covers it, and back in the panel after', async () => {
    const page = await openOn(suite, 'covers-panel.html');
    const panel = await openExpanded(suite.browser, page);
    await expect.poll(() => focusInComposer(panel)).toBe(true);
    const warning = await shadowElement(page, '.covered');

    await page.evaluate(() => (window as unknown as { coverEverything(): void }).coverEverything());
    await expect.poll(() => warning.hasFocus()).toBe(true);
    expect(await pageFocus(page)).toBe('panel');

    await page.evaluate(() => (window as unknown as { uncover(): void }).uncover());
    await expect.poll(() => focusInComposer(panel)).toBe(true);
  });

  it('gives a screen reader a named landmark, a named separator with its value, a titled frame and a named edge tab', async () => {
    const page = await openOn(suite, 'plain.html');
    const panel = await openExpanded(suite.browser, page);
    await expect
      .poll(
        async () => withRole(await accessibilityTree(page), 'complementary', 'Feedforward').length,
      )
      .toBe(1);
    const outside = await accessibilityTree(page);
    const [separator] = withRole(outside, 'separator', /^Resize the Feedforward panel/);
    expect(separator?.value).toBe(String((await widths(page)).panel));
    expect(separator?.properties).toMatchObject({
      focusable: true,
      valuemin: 280,
      orientation: 'vertical',
    });
    expect(withRole(outside, 'Iframe', 'Feedforward panel')).toHaveLength(1);

    const inside = await accessibilityTree(page, panel);
    expect(withRole(inside, 'RootWebArea', 'Feedforward panel')).toHaveLength(1);
    expect(withRole(inside, 'main', 'Plain test page')).toHaveLength(1);
    expect(withRole(inside, 'banner')).toHaveLength(1);
    expect(withRole(inside, 'contentinfo')).toHaveLength(1);
    expect(withRole(inside, 'tablist', 'Panel sections')).toHaveLength(1);
    expect(withRole(inside, 'region', /new feedback/i)).toHaveLength(1);
    expect(
      withRole(inside, 'status').filter((node) => node.properties.live === 'polite'),
    ).not.toHaveLength(0);

    await panel.getByRole('button', { name: 'Collapse panel' }).click();
    await expect
      .poll(
        async () =>
          withRole(await accessibilityTree(page), 'button', 'Expand the Feedforward panel').length,
      )
      .toBe(1);
  });

  it('has no axe violations in the host controls (open, collapsed, covered) nor in any tab of the panel', {
    timeout: 120_000,
  }, async () => {
    const page = await openOn(suite, 'plain.html');
    const panel = await openExpanded(suite.browser, page);
    const tabs = ['Feedback', 'Follow-ups', 'Comment bank'];
    for (const tab of tabs) {
      await panel.getByRole('tab', { name: tab }).click();
      expect({ tab, violations: await axeViolations(panel, 'body') }).toEqual({
        tab,
        violations: [],
      });
    }
    await panel.getByRole('tab', { name: 'Feedback' }).click();

    // The host's root is closed, so axe checks a copy of its markup in an open root of a blank page.
    const open = await shadowMarkup(page);
    const expand = await shadowElement(page, 'button.expand');
    await collapseByKeyboard(page, panel, expand);
    const collapsed = await shadowMarkup(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusInComposer(panel)).toBe(true);
    const copy = await suite.browser.context.newPage();
    opened.push(copy);
    for (const [state, markup] of [
      ['open', open],
      ['collapsed', collapsed],
      ['covered', open.replace(/(class="covered"[^>]*?) hidden=""/, '$1')],
    ]) {
      await copy.setContent(
        '<!doctype html><html lang="en"><title>Host controls</title><body><main id="copy"></main></body></html>',
      );
      await copy.evaluate((html) => {
        const host = document.createElement('div');
        host.style.cssText = 'position:fixed;top:0;right:0;width:380px;height:100vh';
        document.getElementById('copy')?.append(host);
        // The frame's own page is checked above; the copy keeps its title, not its address.
        host.attachShadow({ mode: 'open' }).innerHTML = html.replace(/ src="[^"]*"/, '');
      }, markup as string);
      expect({ state, violations: await axeViolations(copy, '#copy') }).toEqual({
        state,
        violations: [],
      });
    }
  });

  it('says saves, failed saves, review findings and insert results politely through a live region that was there before', async () => {
    const page = await openOn(suite, 'lms-comment.html');
    const panel = await openExpanded(suite.browser, page);
    const region = panel.getByTestId('announcer');
    expect(await region.getAttribute('role')).toBe('status');
    expect(await region.getAttribute('aria-live')).toBe('polite');
    expect(((await region.textContent()) ?? '').trim()).toBe('');
    // Everything the region says from now on, as a screen reader would be told it.
    await panel.evaluate(() => {
      const live = document.querySelector('[data-testid="announcer"]');
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      if (!live) return;
      new MutationObserver(() => said.push((live.textContent ?? '').trim())).observe(live, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const said = () => panel.evaluate(() => (window as unknown as { said: string[] }).said);

    await panel.getByRole('button', { name: 'Save feedback' }).click();
    await expect.poll(said).toContain('Write some feedback before saving.');

    await composerPart(panel, 'Feed back').text.fill(
      'You are so clever! Name the school so your reader can check the source.',
    );
    await expect
      .poll(async () => (await said()).some((text) => /^Review notes: \d+$/.test(text)))
      .toBe(true);

    await panel.getByRole('button', { name: 'Save feedback' }).click();
    await expect.poll(said).toContain('Feedback saved.');

    await page.locator('#comment').click();
    await panel.getByRole('button', { name: 'Insert feedback 1 into the document' }).click();
    const outcome = panel.getByTestId('insert-outcome');
    await expect.poll(() => outcome.count()).toBe(1);
    const shown = ((await outcome.textContent()) ?? '').trim();
    await expect.poll(said).toContain(shown);
    expect(await panel.getByRole('alert').count()).toBe(0);
  });

  it('draws a visible focus ring on every control of the panel reached by Tab, and on the host controls', {
    timeout: 90_000,
  }, async () => {
    const page = await openOn(suite, 'plain.html');
    const panel = await openExpanded(suite.browser, page);
    await saveFirstItem(panel, 'A saved item, so the list has controls too.');
    // From the panel's first control to where Tab leaves the panel's document.
    // Reached by keyboard, as :focus-visible rings show for the keyboard.
    await panel.getByRole('button', { name: 'Collapse panel' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    const seen: string[] = [];
    const missing: string[] = [];
    for (let presses = 0; presses < MAX_CONTROLS; presses += 1) {
      const focused = await panel.evaluate((names) => {
        const active = document.activeElement as HTMLElement | null;
        if (!document.hasFocus() || !active || active === document.body) return null;
        // Back at a control already checked: Tab went round the panel.
        const box = window as unknown as { checked?: WeakSet<Element> };
        box.checked ??= new WeakSet();
        if (box.checked.has(active)) return null;
        box.checked.add(active);
        // A level chip's radio is hidden; its ring is drawn on the chip's text beside it.
        const drawn = active.closest('.level-chip')
          ? (active.nextElementSibling ?? active)
          : active;
        const style = getComputedStyle(drawn);
        const label = active.getAttribute('aria-label') ?? active.textContent?.trim() ?? '';
        return {
          name: `${active.localName}#${active.id} ${label.slice(0, 40)}`,
          style: Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)])),
        };
      }, RING);
      if (!focused) break;
      seen.push(focused.name);
      if (!ringOf(focused.style)) missing.push(focused.name);
      await page.keyboard.press('Tab');
    }
    expect(seen.length).toBeGreaterThan(20);
    expect(missing).toEqual([]);

    const handle = await shadowElement(page, '[role=separator]');
    await composerPart(panel, 'Feed up').text.focus();
    await pressUntil(page, 'Shift+Tab', () => handle.hasFocus());
    expect(ringOf(await handle.style(RING))).toBe(true);
    const expand = await shadowElement(page, 'button.expand');
    await collapseByKeyboard(page, panel, expand);
    expect(ringOf(await expand.style(RING))).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusInComposer(panel)).toBe(true);
  });
});
