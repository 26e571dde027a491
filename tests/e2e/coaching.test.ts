import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveFolder } from '../../scripts/lib/serve-folder.mjs';
import { axeViolations } from './support/axe';
import { alertTexts, openDashboard } from './support/dashboard';
import { type ExtensionBrowser, launchWithExtension, openPanel } from './support/extension-browser';
import { tabTo } from './support/keyboard';
import { PAGES_DIR } from './support/suite';

/** A tablet held upright: the coach's screen during a visit. */
const TABLET = { width: 768, height: 1024 };
/** The smallest target a thumb hits reliably (WCAG 2.5.5 asks for 44 CSS pixels). */
const THUMB_PX = 44;

/** Expects no WCAG A/AA violation on what the page shows now. */
async function expectAccessible(page: Page) {
  expect(await axeViolations(page, 'body')).toEqual([]);
}

/** The dashboard at the visits, in a window of `size`. */
async function openVisits(browser: ExtensionBrowser, size = TABLET): Promise<Page> {
  const page = await openDashboard(browser, 'visits');
  await page.setViewportSize(size);
  await page.getByRole('heading', { name: 'Co-coaching visits' }).waitFor({ timeout: 10_000 });
  return page;
}

/** Writes down a visit from the list's form. */
async function writeDownVisit(page: Page, visited: string, coach: string) {
  await page.getByLabel('School').fill('Centralskolan');
  await page.getByLabel('Date and time').fill('2026-11-20T09:00');
  await page.getByLabel('Colleague being visited').fill(visited);
  await page.getByLabel('Colleague acting as coach').fill(coach);
}

/** One of a visit's views, by its tab. */
function step(page: Page, name: string) {
  return page.getByRole('tab', { name, exact: true });
}

/** A tally row's count as shown. */
function tallyCount(page: Page, label: string) {
  return page
    .locator('output.tally-count', { hasText: /\d/ })
    .and(page.getByLabel(label, { exact: true }));
}

describe('co-coaching visits', () => {
  let coach: ExtensionBrowser;
  let colleague: ExtensionBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveFolder(PAGES_DIR);
    coach = await launchWithExtension({ hasTouch: true });
    // The visited colleague has their own browser and their own Feedforward.
    colleague = await launchWithExtension();
  });
  afterAll(async () => {
    await coach?.close();
    await colleague?.close();
    await server?.close();
  });

  it('runs the whole cycle: prepare, observe on a tablet, follow up, hand over, plan the next', async () => {
    const page = await openVisits(coach);
    await expectAccessible(page);
    await writeDownVisit(page, 'Kim', 'Sam');
    await expect.poll(() => page.getByText('This will be meeting 1 of this pair.').count()).toBe(1);
    await page.getByRole('button', { name: 'Write down the visit' }).tap();
    await page.getByRole('heading', { name: 'Kim, visited by Sam: meeting 1' }).waitFor();

    // Preparation: the colleague decides what is looked at and how it is documented.
    await page
      .getByLabel('When I come to your lesson, what would you like me to look at?')
      .fill('Whom I turn to when I ask a question');
    await page.getByLabel('Who gets the most attention').tap();
    await page.getByLabel('Notes', { exact: true }).tap();
    await page.getByLabel('Tally table').tap();
    await page.getByLabel('When do we meet to follow up?').fill('2026-12-07');
    await expect.poll(() => page.getByText(/is marked “Follow-up due”/).count()).toBe(1);
    await expectAccessible(page);

    // During the visit: the agreed focus only, quick notes, a tally by thumb, the timer.
    await step(page, 'During the visit').tap();
    const focus = page.locator('.agreed-focus');
    await expect.poll(() => focus.textContent()).toContain('Who gets the most attention');
    await expect.poll(() => focus.textContent()).toContain('Whom I turn to when I ask a question');
    await page.getByRole('button', { name: 'Start the timer' }).tap();
    await expect.poll(() => page.getByRole('timer').textContent()).toMatch(/^0:0\d$/);
    await page.getByRole('radio', { name: 'Question' }).tap();
    await page.getByLabel('Note', { exact: true }).fill('Why do the back rows stay quiet?');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.observation').first().textContent())
      .toMatch(/^\d\d:\d\d · Question.*Why do the back rows stay quiet\?/);
    for (const row of ['Girls spoken to', 'Boys spoken to']) {
      await page.getByLabel('What to count').fill(row);
      await page.getByRole('button', { name: 'Add row' }).tap();
    }
    const girlsMore = page.getByRole('button', { name: 'One more: Girls spoken to' });
    await girlsMore.waitFor();
    for (let tap = 0; tap < 3; tap += 1) await girlsMore.tap();
    const boysMore = page.getByRole('button', { name: 'One more: Boys spoken to' });
    await boysMore.tap();
    await boysMore.tap();
    await page.getByRole('button', { name: 'One fewer: Boys spoken to' }).tap();
    await expect.poll(() => tallyCount(page, 'Girls spoken to').textContent()).toBe('3');
    await expect.poll(() => tallyCount(page, 'Boys spoken to').textContent()).toBe('1');
    const target = await girlsMore.boundingBox();
    expect(target?.height).toBeGreaterThanOrEqual(THUMB_PX);
    expect(target?.width).toBeGreaterThanOrEqual(THUMB_PX);
    await expectAccessible(page);

    // Follow-up: the colleague reflects first; the coach's reflection waits for it.
    await step(page, 'Follow-up').tap();
    const reflection = page.getByLabel('The coach’s reflection');
    await expect.poll(() => reflection.isDisabled()).toBe(true);
    const questions = page.locator('.follow-up-questions textarea');
    expect(await questions.count()).toBe(6);
    await page
      .getByLabel(/^You asked me to look at Who gets the most attention/)
      .fill('I mostly looked at the front rows.');
    await page.getByLabel('What in the way you acted are you most pleased with?').focus();
    await expect.poll(() => reflection.isDisabled()).toBe(false);
    await page
      .getByLabel(/^Give an example of a question on this theme/)
      .fill('How do we reach the back rows?');
    await reflection.fill('You always asked the girls first.');
    await page.getByRole('button', { name: 'Check my wording' }).tap();
    await expect.poll(() => page.locator('.wording-findings').textContent()).toContain('“always”');
    await expectAccessible(page);

    // Hand-over: a file for the colleague's own Feedforward.
    await step(page, 'Hand-over').tap();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save the visit as a file' }).tap(),
    ]);
    expect(download.suggestedFilename()).toBe('feedforward-visit-kim-1.json');
    const file = await readFile(await download.path(), 'utf8');
    await expectAccessible(page);
    // Printed, the page is the visit alone, notes and tally included.
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.visit-print');
    expect(await printed.isVisible()).toBe(true);
    expect(await page.getByRole('tab', { name: 'Hand-over' }).isVisible()).toBe(false);
    expect(await printed.textContent()).toContain('Question: Why do the back rows stay quiet?');
    expect(await printed.getByRole('row', { name: 'Girls spoken to 3' }).count()).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    // The colleague: a broken file changes nothing and says why; the real one is previewed, then imported.
    const own = await openVisits(colleague, { width: 1280, height: 900 });
    const picker = own.getByLabel('Visit file (.json)');
    await picker.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file.replace('"meetingNumber": 1', '"meetingNumber": -1')),
    });
    await expect
      .poll(() => alertTexts(own))
      .toEqual([
        'The file is damaged (the field “visit.meetingNumber” is not valid), so nothing was imported.',
      ]);
    await expect.poll(() => own.getByText('No visits yet.').count()).toBe(1);
    await picker.setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await expect
      .poll(() => own.getByRole('status').filter({ hasText: 'The file holds' }).textContent())
      .toMatch(
        /^The file holds meeting 1 at Centralskolan on .+: Kim, visited by Sam, with 1 note\.$/,
      );
    await expectAccessible(own);
    await own.getByRole('button', { name: 'Import the visit' }).click();
    await own.getByText('The visit was imported.').waitFor();
    await expect.poll(() => own.getByText('Received from the coach').count()).toBe(1);
    await own.getByRole('button', { name: 'Open', exact: true }).click();
    await expect
      .poll(() => own.getByLabel('The coach’s reflection').inputValue())
      .toBe('You always asked the girls first.');

    // Back with the coach: the next visit, roles swapped, is meeting 2 of the pair.
    await step(page, 'Next visit').tap();
    expect(await page.getByLabel('Swap roles (Sam is visited, Kim coaches)').isChecked()).toBe(
      true,
    );
    await page.getByRole('button', { name: 'Plan the next visit' }).tap();
    await page.getByText('Meeting 2 is planned: Sam, visited by Kim.').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Open the next visit' }).tap();
    await page.getByRole('heading', { name: 'Sam, visited by Kim: meeting 2' }).waitFor();
    await page.getByRole('button', { name: 'Back to all visits' }).tap();
    await expect
      .poll(() => page.locator('.staff-questions li').allTextContents())
      .toEqual([
        expect.stringMatching(/^How do we reach the back rows\? \(.+, after the visit to Kim\)$/),
      ]);
    await expectAccessible(page);
  }, 120_000);

  it('can be run with the keyboard alone', async () => {
    const page = await openVisits(colleague, { width: 1280, height: 900 });
    await tabTo(page, page.getByLabel('School'));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Nordskolan');
    await tabTo(page, page.getByLabel('Colleague being visited'));
    await page.keyboard.type('Alex');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Robin');
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: 'Alex, visited by Robin: meeting 1' });
    await heading.waitFor();
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);

    // From the views' tabs: arrows move between the views, Tab goes into one.
    await tabTo(page, step(page, 'Preparation'));
    await page.keyboard.press('ArrowRight');
    expect(await step(page, 'During the visit').getAttribute('aria-selected')).toBe('true');
    await tabTo(page, page.getByRole('radio', { name: 'Keyword' }));
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Question' }).isChecked()).toBe(true);
    await tabTo(page, page.getByLabel('Note', { exact: true }));
    await page.keyboard.type('Instructions given twice');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.observation-text').allTextContents())
      .toEqual(['Instructions given twice']);

    await tabTo(page, step(page, 'During the visit'), true);
    await page.keyboard.press('ArrowRight');
    await tabTo(page, page.getByLabel(/^You asked me to look at what we agreed/));
    await page.keyboard.type('I repeat myself when the room is loud.');
    // Leaving the first answer saves it, and the coach's reflection opens for the keyboard too.
    await tabTo(page, page.getByLabel('The coach’s reflection'));
    await page.keyboard.type('The second telling came after a question from the back.');
    await page.keyboard.press('Tab');
    await expectAccessible(page);
  });
  it('opens the note-taking view of the visit under way at the panel’s link', async () => {
    const list = await openVisits(coach);
    await list.getByLabel('Colleague being visited').fill('Robin');
    await list.getByLabel('Colleague acting as coach').fill('Kai');
    // The date and time are left as the form opened: now, the visit the coach is in.
    await list.getByRole('button', { name: 'Write down the visit' }).tap();
    await list.getByRole('heading', { name: 'Robin, visited by Kai: meeting 1' }).waitFor();
    await list.close();

    // The coach has the panel open on whatever page; its link opens the dashboard in a new tab.
    const page = await coach.context.newPage();
    await page.goto(server.url('essay-en.html'));
    const panel = await openPanel(coach, page);
    const [notes] = await Promise.all([
      coach.context.waitForEvent('page'),
      panel.getByRole('link', { name: 'Visit notes' }).click(),
    ]);
    await notes.getByRole('heading', { name: 'Robin, visited by Kai: meeting 1' }).waitFor();
    expect(await step(notes, 'During the visit').getAttribute('aria-selected')).toBe('true');
    expect(await notes.getByRole('textbox', { name: 'Note', exact: true }).isVisible()).toBe(true);
  });
  it('counts visits in the storage overview and erases everything about one colleague', async () => {
    const dashboard = await openDashboard(coach, 'storage');
    const overview = dashboard.locator('#storage');
    const visits = () => overview.locator('[data-table="visits"] td').first().textContent();
    await expect.poll(visits).toBe('3');
    const erasure = overview.getByRole('region', { name: 'Delete everything about one colleague' });
    await erasure.getByLabel('Colleague', { exact: true }).selectOption({ label: 'Kai' });
    await erasure.getByRole('button', { name: 'Delete everything about one colleague' }).click();
    await erasure.getByRole('button', { name: 'Delete permanently' }).click();
    await expect
      .poll(() => erasure.getByTestId('removal-result').textContent())
      .toContain('1 × Co-coaching visits');
    await expect.poll(visits).toBe('2');
    await expectAccessible(dashboard);
  });
});
