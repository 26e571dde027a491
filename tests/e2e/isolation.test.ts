import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { composerPart, openPanel } from './support/extension-browser';
import { PANEL_HOST_SELECTOR } from './support/panel-host';
import { useExtensionSuite } from './support/suite';

/** Computed styles of the panel's main elements, as a teacher sees them. */
function panelLook(panel: Frame) {
  return panel.evaluate(() => {
    const pick = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return {
        fontSize: style.fontSize,
        fontFamily: style.fontFamily,
        color: style.color,
        background: style.backgroundColor,
        display: style.display,
        width: Math.round(box.width),
        // The body's height follows the content (the bank fills in as it loads), not the styles.
        height: selector === 'body' ? null : Math.round(box.height),
      };
    };
    return {
      body: pick('body'),
      heading: pick('h2'),
      textarea: pick('textarea'),
      save: pick('button.primary'),
    };
  });
}

function hostGeometry(page: Page) {
  return page.evaluate((selector) => {
    const host = document.querySelector(selector) as HTMLElement;
    const { width, height, top } = host.getBoundingClientRect();
    return { width, height, top, display: getComputedStyle(host).display };
  }, PANEL_HOST_SELECTOR);
}

describe('the panel and the page keep out of each other', () => {
  const suite = useExtensionSuite();

  it('looks the same on a page with hostile CSS as on a plain page', async () => {
    const plain = await suite.browser.context.newPage();
    await plain.goto(suite.server.url('plain.html'));
    const plainLook = await panelLook(await openPanel(suite.browser, plain));
    const plainHost = await hostGeometry(plain);

    const hostile = await suite.browser.context.newPage();
    await hostile.goto(suite.server.url('hostile.html'));
    const hostileLook = await panelLook(await openPanel(suite.browser, hostile));
    expect(hostileLook).toEqual(plainLook);
    expect(await hostGeometry(hostile)).toEqual(plainHost);
    await plain.close();
    await hostile.close();
  });

  it('does not restyle the page it opens on (it only makes room beside it)', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('essay-en.html'));
    const pageLook = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('h1, p, li')].slice(0, 12).map((element) => {
          const style = getComputedStyle(element);
          return [style.fontSize, style.color, style.fontFamily, style.marginTop, style.lineHeight];
        }),
      );
    const before = await pageLook();
    const html = await page.evaluate(() => document.body.innerHTML);
    await openPanel(suite.browser, page);
    expect(await pageLook()).toEqual(before);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(html);
    await page.close();
  });

  it('keeps the teacher’s data away from the page’s own scripts', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('hostile.html'));
    const panel = await openPanel(suite.browser, page);
    await composerPart(panel, 'Feed back').text.fill('Private note about this student.');
    await panel.getByRole('button', { name: 'Save feedback' }).click();
    await expect.poll(() => panel.getByTestId('feedback-item').count()).toBe(1);

    await page.waitForTimeout(400);
    const seen = await page.evaluate(async (selector) => {
      const host = document.querySelector(selector);
      const databases = await indexedDB.databases();
      const win = window as unknown as {
        __foundIframes?: number;
        __capturedShadowRoots?: unknown[];
      };
      return {
        hostFound: !!host,
        shadowRoot: host?.shadowRoot ?? null,
        iframes: document.querySelectorAll('iframe').length,
        foundByPageTimer: win.__foundIframes,
        captured: win.__capturedShadowRoots?.length ?? 0,
        databases: databases.map((database) => database.name),
        frames: window.frames.length,
        text: document.documentElement.textContent.includes('Private note'),
      };
    }, PANEL_HOST_SELECTOR);
    expect(seen.hostFound).toBe(true);
    expect(seen.shadowRoot).toBeNull();
    expect(seen.iframes).toBe(0);
    expect(seen.foundByPageTimer).toBe(0);
    expect(seen.captured).toBe(0);
    expect(seen.databases).not.toContain('feedforward');
    expect(seen.text).toBe(false);

    // The frame exists for the browser, but its document is out of the page's reach.
    const readFrame = await page.evaluate(() => {
      try {
        return window.frames[0]?.document?.body?.textContent ?? 'unreadable';
      } catch {
        return 'unreadable';
      }
    });
    expect(readFrame).toBe('unreadable');
    await page.close();
  });
});
