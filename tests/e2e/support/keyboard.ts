import type { Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';

/** More Tab presses than any page of ours needs to reach a control. */
const MAX_TABS = 80;

/**
 * Presses Tab (with Shift, backwards) until `target` has the keyboard
 * focus, as a teacher without a mouse would; fails if it is never reached.
 */
export async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/**
 * What follows the teacher pressing the panel's shortcut (Alt+Shift+F) in
 * this tab: the background asks the page side to toggle the panel "by
 * shortcut". Headless Chromium does not hand a key press sent by the test to
 * the extension's commands, so the request is sent from the extension's
 * service worker, exactly as its command listener sends it.
 */
export async function pressPanelShortcut(browser: ExtensionBrowser, page: Page): Promise<void> {
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension has no service worker');
  await worker.evaluate(async (url) => {
    const api = (globalThis as unknown as { chrome: TabsApi }).chrome;
    const [tab] = await api.tabs.query({ url });
    if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
    const layout = { width: 380, collapsed: false, placement: 'beside' };
    await api.tabs.sendMessage(
      tab.id,
      { type: 'host/toggle', params: { via: 'shortcut', layout } },
      { frameId: 0 },
    );
  }, page.url());
}

/** The little of the extension API the shortcut's request uses, typed for the worker function. */
interface TabsApi {
  tabs: {
    query(filter: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
}
