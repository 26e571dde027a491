import { browser } from 'wxt/browser';
import { browserMessage } from '../i18n/browser-messages';
import type { RuntimeRequests } from '../messaging/protocol';
import { toolbarAction } from './toolbar-action';

/** The built content script, as WXT names it. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

function requestToggle(tabId: number): Promise<RuntimeRequests['host/toggle']['result']> {
  const message = { type: 'host/toggle', params: null } satisfies {
    type: keyof RuntimeRequests;
    params: null;
  };
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}

/**
 * What the toolbar button and the keyboard shortcut both do: open or close the
 * panel in this tab, injecting the content script first where it is not yet
 * present (every site except Google Docs, using the activeTab grant the click
 * or shortcut just gave). Where the browser forbids extensions (its own
 * pages, the web store), the button says so for this tab instead of failing
 * silently.
 */
export async function togglePanel(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  try {
    await requestToggle(tabId);
    return;
  } catch {
    // No content script in this tab yet.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    await requestToggle(tabId);
  } catch {
    const action = toolbarAction();
    await action.setBadgeText({ tabId, text: '!' });
    await action.setTitle({ tabId, title: browserMessage('actionUnavailable') });
  }
}
