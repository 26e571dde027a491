import { type Browser, browser } from 'wxt/browser';

/**
 * The toolbar button's API: `action` in Manifest V3 (Chrome), `browserAction`
 * in the Manifest V2 build for Firefox.
 */
export function toolbarAction(): typeof Browser.action {
  const legacy = (browser as unknown as { browserAction?: typeof Browser.action }).browserAction;
  return browser.action ?? legacy;
}
