import { browser } from 'wxt/browser';
import { browserMessage } from '../i18n/browser-messages';
import { MalformedReplyError } from '../messaging/messages';
import { requestRuntime } from '../messaging/runtime-client';
import { toolbarAction } from './toolbar-action';

/** The built content script, as WXT names it. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** How the teacher asked: the toolbar button, or the keyboard shortcut. */
export type ToggleVia = 'button' | 'shortcut';

function requestToggle(tabId: number, via: ToggleVia): Promise<{ open: boolean }> {
  const send = (message: unknown) => browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  return requestRuntime(send, 'host/toggle', { via });
}

/**
 * What the toolbar button and the keyboard shortcut both do: open or close the
 * panel in this tab (the shortcut, pressed in the page, goes to the open panel), injecting the content script first where it is not yet
 * present (every site except Google Docs, using the activeTab grant the click
 * or shortcut just gave). Where the browser forbids extensions (its own
 * pages, the web store), the button says so for this tab instead of failing
 * silently.
 */
export async function togglePanel(tabId: number | undefined, via: ToggleVia): Promise<void> {
  if (tabId === undefined) return;
  try {
    await requestToggle(tabId, via);
    return;
  } catch (error) {
    // A content script answered, but not as ours would: toggling again or
    // injecting a second copy could only make things worse.
    if (error instanceof MalformedReplyError) return;
    // No content script in this tab yet.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    await requestToggle(tabId, via);
  } catch {
    const action = toolbarAction();
    await action.setBadgeText({ tabId, text: '!' });
    await action.setTitle({ tabId, title: browserMessage('actionUnavailable') });
  }
}
