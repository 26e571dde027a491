import { describe, expect, it } from 'vitest';
import { notificationIdFor } from '../../utils/background/follow-ups';
import { openDashboard } from './support/dashboard';
import { DAY, dateInputDay, shortDay } from './support/dates';
import { openStandIn, saveOnPassage, selectedInStandIn } from './support/docs-stand-in';
import {
  composerPart,
  type ExtensionBrowser,
  findPanelFrame,
  isPanelOpen,
  openChecklist,
  openPanel,
} from './support/extension-browser';
import { storedFeedback } from './support/stored-feedback';
import { useDocsSuite, useExtensionSuite } from './support/suite';

/**
 * Clicks a notification of the extension. A headless browser shows none to
 * click, so the background worker's own notifications.onClicked event is
 * dispatched, which runs the listeners the extension registered exactly as
 * the browser does on a click.
 */
async function clickNotification(browser: ExtensionBrowser, notificationId: string) {
  const worker =
    browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  await worker.evaluate((id) => {
    const { chrome } = globalThis as unknown as {
      chrome: { notifications: { onClicked: { dispatch(id: string): void } } };
    };
    chrome.notifications.onClicked.dispatch(id);
  }, notificationId);
}

describe('follow-ups ahead', () => {
  const suite = useExtensionSuite();

  it('shows a follow-up a week ahead on the saved item and under "Upcoming" on the dashboard', async () => {
    const text = 'Next, give each paragraph a topic sentence that names its point.';
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('plain.html?follow-ups=ahead'));
    const panel = await openPanel(suite.browser, page);
    await composerPart(panel, 'Feed forward').text.fill(text);
    await openChecklist(panel);
    await panel.getByLabel('Follow up on').fill(dateInputDay(7));
    await panel.getByRole('button', { name: 'Save feedback' }).click();
    await expect.poll(() => panel.getByTestId('feedback-item').count()).toBe(1);

    const ahead = new Date(Date.now() + 7 * DAY);
    const short = shortDay(ahead);
    const date = panel.getByTestId('feedback-item').getByTestId('follow-up-date');
    await expect.poll(() => date.textContent()).toBe(`Follow up ${short}`);
    await expect(date.evaluate((element) => element.classList.contains('overdue'))).resolves.toBe(
      false,
    );

    const dashboard = await openDashboard(suite.browser, 'follow-ups');
    const followUps = dashboard.getByRole('tabpanel', { name: 'Follow-ups' });
    const upcoming = followUps.getByRole('region', { name: 'Upcoming', exact: true });
    await expect.poll(() => upcoming.getByText(text).count()).toBe(1);
    const medium = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(ahead);
    await expect(upcoming.getByTestId('follow-up').textContent()).resolves.toContain(medium);
    const due = followUps.getByRole('region', { name: 'Due', exact: true });
    await expect(due.getByText(text).count()).resolves.toBe(0);
    await expect(due.getByText('No follow-ups are due.').count()).resolves.toBe(1);
    await dashboard.close();
    await page.close();
  });
});

describe('a follow-up reminder clicked', () => {
  const suite = useDocsSuite();

  it('opens the Google Docs document with the panel open on the item and Docs on its passage', async () => {
    const passage = 'most of the people I asked said they would come more often';
    const page = await suite.browser.context.newPage();
    await openStandIn(page, '1RemindRemindRemind09');
    const panel = await openPanel(suite.browser, page);
    await saveOnPassage(page, panel, passage, 'Say how many people you asked.');
    const [item] = await storedFeedback(panel);
    if (!item) throw new Error('the saved item is not in the database');
    await page.close();

    const opened = suite.browser.context.waitForEvent('page');
    await clickNotification(suite.browser, notificationIdFor(item.id));
    const document = await opened;
    await expect.poll(() => document.url()).toContain('/document/d/1RemindRemindRemind09/');
    await expect.poll(() => isPanelOpen(document), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => findPanelFrame(document)?.getByTestId('feedback-item').count()).toBe(1);
    const shown = findPanelFrame(document)?.getByTestId('feedback-item');
    await expect.poll(() => shown?.getAttribute('class')).toContain('focused');
    await expect.poll(() => selectedInStandIn(document)).toBe(passage);
    await document.close();
  });
});
