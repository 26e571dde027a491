import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadLayout, saveLayout } from '../utils/background/layout-store';
import { togglePanel } from '../utils/background/toggle-panel';
import { toolbarAction } from '../utils/background/toolbar-action';
import { openRepositories } from '../utils/db/index';
import { isOwnTopFrameContentScript, parseRuntimeRequest } from '../utils/messaging';

/** The shortcut's name in the manifest's `commands`. */
export const TOGGLE_COMMAND = 'toggle-panel';

/** Wiring only: browser events to the handlers that do the work. */
export default defineBackground(() => {
  const { settings } = openRepositories();

  toolbarAction().onClicked.addListener((tab) => void togglePanel(tab.id));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === TOGGLE_COMMAND) void togglePanel(tab?.id);
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!isOwnTopFrameContentScript(sender, browser.runtime.id)) return undefined;
    const request = parseRuntimeRequest(raw);
    if (request?.type === 'layout/get') return loadLayout(settings);
    if (request?.type === 'layout/save') {
      return saveLayout(settings, request.params as { width: number; collapsed: boolean });
    }
    return undefined;
  });
});
