import { browser } from 'wxt/browser';
import { isGoogleDocsDocument } from '../documents/key';
import { browserMessage } from '../i18n/browser-messages';
import { MalformedReplyError } from '../messaging/messages';
import { requestRuntime } from '../messaging/runtime-client';
import type { OpeningLayout } from '../model/panel-host';

/** The built content script, as WXT names it. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
/** The built page-world bridge to Google Docs (entrypoints/docs-page-bridge.ts), as WXT names it. */
export const DOCS_PAGE_BRIDGE_FILE = '/docs-page-bridge.js';

/** How the teacher asked: the toolbar button, or the keyboard shortcut. */
export type ToggleVia = 'button' | 'shortcut';

async function requestToggle(
  tabId: number,
  via: ToggleVia,
  layout: Promise<OpeningLayout>,
): Promise<{ open: boolean }> {
  const send = (message: unknown) => browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  return requestRuntime(send, 'host/toggle', { via, layout: await layout });
}

/**
 * Puts the page side into the tab: on a Google Docs document first the
 * bridge in Docs' page world (the content script asks Docs' text through it
 * from its start), then the content script.
 */
async function injectPageSide(tabId: number): Promise<void> {
  const tab = await browser.tabs.get(tabId);
  if (tab.url && isGoogleDocsDocument(tab.url)) {
    await browser.scripting.executeScript({
      target: { tabId },
      world: 'MAIN',
      files: [DOCS_PAGE_BRIDGE_FILE],
    });
  }
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}

/**
 * What the toolbar button and the keyboard shortcut both do (and a clicked
 * follow-up reminder, on Google Docs): open or close the panel in this tab
 * (the shortcut, pressed in the page, goes to the open panel), injecting the
 * page side first where it is not yet present, using the activeTab grant
 * the click or shortcut just gave, or on Google Docs the host permission.
 * Where the browser forbids extensions (its own pages, the web store), the
 * button says so for this tab instead of failing silently.
 *
 * The remembered layout travels with the request, read while the page side
 * is injected: the content script can then make the panel's frame at once,
 * instead of asking for the layout first (a round trip of its own on the
 * way to the panel's first screen).
 */
export async function togglePanel(
  tabId: number | undefined,
  via: ToggleVia,
  openingLayout: () => Promise<OpeningLayout>,
): Promise<void> {
  if (tabId === undefined) return;
  const layout = openingLayout();
  try {
    await requestToggle(tabId, via, layout);
    return;
  } catch (error) {
    // A content script answered, but not as ours would: toggling again or
    // injecting a second copy could only make things worse.
    if (error instanceof MalformedReplyError) return;
    // No content script in this tab yet.
  }
  try {
    await injectPageSide(tabId);
    await requestToggle(tabId, via, layout);
  } catch {
    await browser.action.setBadgeText({ tabId, text: '!' });
    await browser.action.setTitle({ tabId, title: browserMessage('actionUnavailable') });
  }
}
