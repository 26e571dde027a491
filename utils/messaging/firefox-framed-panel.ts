import * as v from 'valibot';
import { type Browser, browser } from 'wxt/browser';
import { parseMessage } from './messages';
import { isOwnExtensionPage } from './protocol';

/**
 * Firefox only. An extension page framed inside a website — our panel —
 * gets a handful of APIs there (runtime, storage, i18n, extension) and no
 * `tabs`, `alarms` or `permissions`: Chrome runs such a frame in the
 * extension's process and gives it everything, Firefox does not and will
 * not (w3c/webextensions#787; Mozilla's advice is to go through the
 * background). So in that frame the panel reaches its page, its reminders
 * and the storage permission through the background, and this module holds
 * both halves: the panel's side (used when `tabs` is missing) and the
 * background's (`relayForFramedPanels`). Chrome never takes these paths.
 */
const RELAY_PORT_NAME = 'feedforward-panel-relay';

/**
 * Firefox suspends an idle background event page after 30 seconds, and an
 * open port does not count as activity: the relay, and with it the panel's
 * link to its page, would close while a teacher reads or thinks. The panel
 * sends this through the relay well within that time; the background keeps
 * it to itself.
 */
const KEEP_ALIVE = 'feedforward-keep-alive';
const KEEP_ALIVE_EVERY_MS = 10_000;

/** Whether this extension page is one of Firefox's framed pages without `tabs`. */
export function isFramedWithoutTabs(): boolean {
  return (browser as Partial<typeof browser>).tabs === undefined;
}

/**
 * The panel's port to its own tab's top-frame content script, through the
 * background: what goes in comes out at the content script unchanged (the
 * token handshake still decides whether the page answers).
 */
export function connectThroughBackground(): Browser.runtime.Port {
  const port = browser.runtime.connect({ name: RELAY_PORT_NAME });
  const timer = setInterval(() => port.postMessage(KEEP_ALIVE), KEEP_ALIVE_EVERY_MS);
  port.onDisconnect.addListener(() => clearInterval(timer));
  return port;
}

/** What a framed panel asks the background to do for it. */
const FRAMED_REQUEST_PARAMS = {
  /** Sets a one-shot alarm (a follow-up reminder). */
  'framed/alarm': v.object({ name: v.pipe(v.string(), v.maxLength(200)), when: v.number() }),
  /** Whether the extension holds the `unlimitedStorage` permission. */
  'framed/unlimited-storage': v.null(),
};

/** Sets a one-shot alarm from a framed panel. */
export async function createAlarmThroughBackground(name: string, when: number): Promise<void> {
  await browser.runtime.sendMessage({ type: 'framed/alarm', params: { name, when } });
}

/** Whether the extension holds `unlimitedStorage`, asked from a framed panel. */
export async function hasUnlimitedStorageThroughBackground(): Promise<boolean> {
  return (
    (await browser.runtime.sendMessage({ type: 'framed/unlimited-storage', params: null })) === true
  );
}

/**
 * The background's half: forwards each framed panel's port to the
 * top-frame content script of the panel's tab (as `pagePortName`, the name
 * the content script accepts) and back, closing either end with the other,
 * and answers the panel's alarm and permission requests. Only our own
 * extension pages are served.
 */
export function relayForFramedPanels(pagePortName: string): void {
  const ownPage = (sender: Browser.runtime.MessageSender | undefined) =>
    !!sender && isOwnExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'));

  browser.runtime.onConnect.addListener((panel) => {
    if (panel.name !== RELAY_PORT_NAME) return;
    const tabId = panel.sender?.tab?.id;
    if (!ownPage(panel.sender) || tabId === undefined) {
      panel.disconnect();
      return;
    }
    const page = browser.tabs.connect(tabId, { frameId: 0, name: pagePortName });
    panel.onMessage.addListener((message) => {
      if (message !== KEEP_ALIVE) page.postMessage(message);
    });
    page.onMessage.addListener((message) => panel.postMessage(message));
    panel.onDisconnect.addListener(() => page.disconnect());
    page.onDisconnect.addListener(() => panel.disconnect());
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!ownPage(sender)) return undefined;
    const request = parseMessage(FRAMED_REQUEST_PARAMS, raw);
    if (request?.type === 'framed/alarm') {
      return browser.alarms
        .create(request.params.name, { when: request.params.when })
        .then(() => null);
    }
    if (request?.type === 'framed/unlimited-storage') {
      return browser.permissions.contains({ permissions: ['unlimitedStorage'] });
    }
    return undefined;
  });
}
