import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openFollowUpDocument } from '../utils/background/follow-up-tab';
import {
  FOLLOW_UP_ALARM_PREFIX,
  FOLLOW_UP_SWEEP_ALARM,
  FOLLOW_UP_SWEEP_MINUTES,
  itemIdOfNotification,
  notificationIdFor,
  openFollowUp,
  remindDueFollowUps,
  remindDueVisits,
  visitIdOfNotification,
  visitNotificationIdFor,
} from '../utils/background/follow-ups';
import { keepDraft } from '../utils/background/keep-draft';
import { loadLayout, saveLayout } from '../utils/background/layout-store';
import { askToPersist } from '../utils/background/persist-storage';
import { togglePanel } from '../utils/background/toggle-panel';
import { openWorkerRepositories } from '../utils/db/worker-repositories';
import { browserMessage } from '../utils/i18n/browser-messages';
import { relayForFramedPanels } from '../utils/messaging/firefox-framed-panel';
import { parseMessage } from '../utils/messaging/messages';
import {
  isOwnExtensionPage,
  isOwnTopFrameContentScript,
  PANEL_PORT_NAME,
  RUNTIME_REQUEST_PARAMS,
} from '../utils/messaging/protocol';
import { WORKER_REQUEST_PARAMS } from '../utils/messaging/worker-protocol';

/** The shortcut's name in the manifest's `commands`. */
export const TOGGLE_COMMAND = 'toggle-panel';

/** Wiring only: browser events to the handlers that do the work. */
export default defineBackground(() => {
  const repos = openWorkerRepositories();
  const { settings } = repos;

  // Firefox marks the data persistent when asked (no prompt, thanks to unlimitedStorage).
  void askToPersist().catch(() => null);

  const openingLayout = () => loadLayout(settings);
  browser.action.onClicked.addListener((tab) => void togglePanel(tab.id, 'button', openingLayout));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === TOGGLE_COMMAND) void togglePanel(tab?.id, 'shortcut', openingLayout);
  });

  // Follow-up reminders: one-shot alarms set by the panel, and a regular sweep for missed ones.
  void browser.alarms.create(FOLLOW_UP_SWEEP_ALARM, { periodInMinutes: FOLLOW_UP_SWEEP_MINUTES });
  const notify = (id: string, title: string, message: string) =>
    browser.notifications
      .create(id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title,
        message,
      })
      .then(() => {});
  const remind = async () => {
    const now = Date.now();
    await remindDueFollowUps(repos, now, ({ itemId, documentTitle }) =>
      notify(
        notificationIdFor(itemId),
        browserMessage('notificationTitle'),
        browserMessage('notificationBody').replace('{document}', documentTitle),
      ),
    );
    await remindDueVisits(repos, now, ({ visitId, colleague }) =>
      notify(
        visitNotificationIdFor(visitId),
        browserMessage('visitReminderTitle'),
        browserMessage('visitReminderBody').replace('{colleague}', colleague),
      ),
    );
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(FOLLOW_UP_ALARM_PREFIX)) void remind();
  });
  browser.runtime.onStartup.addListener(() => void remind());
  browser.notifications.onClicked.addListener(async (notificationId) => {
    // A visit's follow-up: the dashboard's visits, where it is marked "Follow-up due".
    if (visitIdOfNotification(notificationId) !== null) {
      await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html#visits') });
      await browser.notifications.clear(notificationId);
      return;
    }
    const itemId = itemIdOfNotification(notificationId);
    if (!itemId) return;
    const url = await openFollowUp(repos, itemId);
    await browser.notifications.clear(notificationId);
    if (url) await openFollowUpDocument(url, openingLayout);
  });

  // Firefox's panel frame lacks tabs, alarms and permissions; the background lends them.
  if (import.meta.env.FIREFOX) relayForFramedPanels(PANEL_PORT_NAME);

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (isOwnExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) {
      const request = parseMessage(WORKER_REQUEST_PARAMS, raw);
      if (request?.type === 'draft/keep') return keepDraft(repos, request.params);
      return undefined;
    }
    if (!isOwnTopFrameContentScript(sender, browser.runtime.id)) return undefined;
    const request = parseMessage(RUNTIME_REQUEST_PARAMS, raw);
    if (request?.type === 'layout/save') return saveLayout(settings, request.params);
    return undefined;
  });
});
