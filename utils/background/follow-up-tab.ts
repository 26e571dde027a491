import { type Browser, browser } from 'wxt/browser';
import type { OpeningLayout } from '../model/panel-host';
import { togglePanel } from './toggle-panel';

/** The tab once it has finished loading, or null if it was closed before. */
function whenLoaded(tabId: number): Promise<Browser.tabs.Tab | null> {
  return new Promise((resolve) => {
    const finish = (tab: Browser.tabs.Tab | null) => {
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      resolve(tab);
    };
    const onUpdated = (id: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab) => {
      if (id === tabId && change.status === 'complete') finish(tab);
    };
    const onRemoved = (id: number) => {
      if (id === tabId) finish(null);
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
  });
}

/**
 * Opens the document of a clicked follow-up reminder in a new tab. Where the
 * extension may run without the teacher's click (Google Docs, by its host
 * permission, unless the teacher withdrew it), the panel is opened there
 * once the page has loaded, as the toolbar button would, and brings the
 * reminded item into view (it takes the hand-off left by `openFollowUp`).
 * Elsewhere the teacher opens the panel with the button, and it shows the item then.
 */
export async function openFollowUpDocument(
  url: string,
  openingLayout: () => Promise<OpeningLayout>,
): Promise<void> {
  const tab = await browser.tabs.create({ url });
  if (tab.id === undefined) return;
  const loaded = await whenLoaded(tab.id);
  if (!loaded?.url) return;
  const { origin, pathname } = new URL(loaded.url);
  if (!(await browser.permissions.contains({ origins: [`${origin}${pathname}`] }))) return;
  await togglePanel(tab.id, 'button', openingLayout);
}
