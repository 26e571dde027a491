import type { CDPSession, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_ALARM_PREFIX, notificationIdFor } from '../../utils/background/follow-ups';
import { fromDateInput, toDateInput } from '../../utils/text/date-input';
import {
  composerPart,
  type ExtensionBrowser,
  findPanelFrame,
  openChecklist,
  openPanel,
} from './support/extension-browser';
import { storedFeedback } from './support/stored-feedback';
import { useExtensionSuite } from './support/suite';

/** A date input's value for a day relative to today. */
const day = (offset: number) => toDateInput(Date.now() + offset * 86_400_000);

/** Runs `use` with a browser-level DevTools session, detached afterwards. */
async function withBrowserSession<T>(
  browser: ExtensionBrowser,
  use: (session: CDPSession) => Promise<T>,
): Promise<T> {
  const session = await browser.context.browser()?.newBrowserCDPSession();
  if (!session) throw new Error('the browser has no DevTools connection');
  try {
    return await use(session);
  } finally {
    await session.detach();
  }
}

/** The DevTools targets of the extension's background service worker that are running now. */
function runningWorkers(browser: ExtensionBrowser): Promise<string[]> {
  return withBrowserSession(browser, async (session) => {
    const { targetInfos } = (await session.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    return targetInfos
      .filter(
        (target) =>
          target.type === 'service_worker' &&
          target.url.startsWith(`chrome-extension://${browser.extensionId}/`),
      )
      .map((target) => target.targetId);
  });
}

/**
 * Stops the background service worker, as Chromium does to an idle worker
 * (or when it crashes): closing its DevTools target stops the worker itself
 * (the ServiceWorker domain reports it "stopped"), and all its memory is gone.
 */
async function stopBackgroundWorker(browser: ExtensionBrowser): Promise<void> {
  const [targetId, ...others] = await runningWorkers(browser);
  if (!targetId || others.length > 0) throw new Error('expected one running background worker');
  await withBrowserSession(browser, (session) => session.send('Target.closeTarget', { targetId }));
  await expect.poll(() => runningWorkers(browser)).toEqual([]);
}

/** The extension's alarms, read from an extension page (worker handles go stale once it stops). */
function alarms(panel: Frame): Promise<{ name: string; scheduledTime: number }[]> {
  return panel.evaluate(
    () =>
      new Promise((resolve) => {
        const { chrome } = globalThis as unknown as {
          chrome: { alarms: { getAll(done: (alarms: unknown) => void): void } };
        };
        chrome.alarms.getAll(resolve as (alarms: unknown) => void);
      }),
  );
}

/** The ids of the notifications the extension is showing. */
function notificationIds(panel: Frame): Promise<string[]> {
  return panel.evaluate(
    () =>
      new Promise((resolve) => {
        const { chrome } = globalThis as unknown as {
          chrome: {
            notifications: { getAll(done: (shown: Record<string, boolean>) => void): void };
          };
        };
        chrome.notifications.getAll((shown) => resolve(Object.keys(shown)));
      }),
  );
}

/** Writes feed-forward with a follow-up date and saves it, waiting for "Feedback saved.". */
async function saveWithFollowUp(panel: Frame, text: string, followUpDay: string): Promise<void> {
  const field = composerPart(panel, 'Feed forward').text;
  await field.fill(text);
  await openChecklist(panel);
  await panel.getByLabel('I will check that the feedback was understood').check();
  await panel.getByLabel('Follow up on').fill(followUpDay);
  await panel.getByRole('button', { name: 'Save feedback' }).click();
  await expect.poll(() => panel.getByRole('status').first().textContent()).toBe('Feedback saved.');
  await expect.poll(() => field.inputValue()).toBe('');
}

/** Opens a fixture page in a new tab with the panel open. */
async function pageWithPanel(
  browser: ExtensionBrowser,
  url: string,
): Promise<{ page: Page; panel: Frame }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return { page, panel: await openPanel(browser, page) };
}

describe('the background worker being stopped', () => {
  const suite = useExtensionSuite();

  it('loses no saved feedback and no follow-up alarm, and comes back on the toolbar click', async () => {
    const { page, panel } = await pageWithPanel(suite.browser, suite.server.url('plain.html'));
    const text = 'Next, give each paragraph a topic sentence.';
    const followUpDay = day(2);
    await saveWithFollowUp(panel, text, followUpDay);
    const alarmName = `${FOLLOW_UP_ALARM_PREFIX}-at-${fromDateInput(followUpDay)}`;
    await expect
      .poll(async () => (await alarms(panel)).map((alarm) => alarm.name))
      .toContain(alarmName);

    await stopBackgroundWorker(suite.browser);
    await page.reload();
    expect(findPanelFrame(page)).toBeUndefined();

    // Opening the panel needs the worker (it handles the toolbar click), so it starts again.
    const reopened = await openPanel(suite.browser, page);
    expect(await runningWorkers(suite.browser)).toHaveLength(1);
    await expect
      .poll(() => reopened.getByTestId('feedback-text').allTextContents())
      .toEqual([text]);
    const alarm = (await alarms(reopened)).find((candidate) => candidate.name === alarmName);
    expect(alarm?.scheduledTime).toBe(fromDateInput(followUpDay));
    await page.close();
  });

  it('still delivers a reminder whose alarm fires while the worker is stopped', {
    timeout: 20_000,
  }, async () => {
    const { page, panel } = await pageWithPanel(suite.browser, suite.server.url('essay-en.html'));
    // The date field offers whole days (reminders go off at 8 in the morning), so a reminder
    // seconds away cannot be chosen there: the item is due since yesterday, and the alarm
    // that wakes the worker is set a few seconds ahead under the name the panel gives it.
    const dueSince = fromDateInput(day(-1));
    await saveWithFollowUp(panel, 'Compare your conclusion with your question.', day(-1));
    const remindedAt = async () =>
      (await storedFeedback(panel)).find((stored) => stored.followUpAt === dueSince)?.remindedAt;
    const item = (await storedFeedback(panel)).find((stored) => stored.followUpAt === dueSince);
    if (!item) throw new Error('the saved item is not in the database');
    expect(item.remindedAt).toBeUndefined();
    const alarmName = await panel.evaluate((prefix) => {
      const when = Date.now() + 4000;
      const name = `${prefix}-at-${when}`;
      const { chrome } = globalThis as unknown as {
        chrome: { alarms: { create(name: string, info: { when: number }): void } };
      };
      chrome.alarms.create(name, { when });
      return name;
    }, FOLLOW_UP_ALARM_PREFIX);

    await stopBackgroundWorker(suite.browser);
    // The alarm has not fired yet (a one-shot alarm is gone once it has), and nothing was reminded.
    expect((await alarms(panel)).map((alarm) => alarm.name)).toContain(alarmName);
    expect(await remindedAt()).toBeUndefined();

    // The alarm wakes a new worker, which shows the reminder and records it.
    await expect.poll(remindedAt, { timeout: 10_000 }).toBeTypeOf('number');
    expect(await runningWorkers(suite.browser)).toHaveLength(1);
    expect((await alarms(panel)).map((alarm) => alarm.name)).not.toContain(alarmName);
    expect(await notificationIds(panel)).toContain(notificationIdFor(item.id));
    await page.close();
  });
});
