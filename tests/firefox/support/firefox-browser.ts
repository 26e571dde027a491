import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { findTool } from '../../../scripts/lib/browsers.mjs';
import { GECKO_ID } from '../../../scripts/lib/firefox-build';
import { PANEL_HOST_SELECTOR } from '../../e2e/support/panel-host';
import { TEACHER_WINDOW } from '../../e2e/support/suite';

/** The Firefox build the tests install (`npm run build:firefox`). */
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');

/**
 * The extension's moz-extension:// UUID, fixed through the
 * `extensions.webextensions.uuids` pref so the tests can open its pages
 * (Firefox otherwise draws a random one per profile).
 */
const EXTENSION_UUID = '6f0c4b1e-3d7a-4e25-9b8f-feedf0a2d001';

/** Firefox with the extension installed, as the tests drive it. */
export interface FirefoxWithExtension {
  browser: Browser;
  /** `moz-extension://<uuid>`, where the dashboard and panel pages live. */
  origin: string;
  /** Where the browser saves downloads (backups) without asking. */
  downloadDir: string;
  close(): Promise<void>;
}

/**
 * Starts Debian's Firefox ESR headless through WebDriver BiDi
 * (puppeteer-core; it never downloads a browser) in a fresh profile, and
 * installs the built extension as a temporary add-on, as about:debugging
 * does. `--remote-allow-system-access` lets the tests reach the browser's
 * own window (its toolbar), see clickToolbarButton.
 */
export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const downloadDir = await mkdtemp(join(tmpdir(), 'feedforward-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findTool('firefox') ?? '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: TEACHER_WINDOW,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // The panel follows the browser's languages; fixed, so runs are alike anywhere.
      'intl.locale.requested': 'en-GB',
      'intl.accept_languages': 'en-GB,en',
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    await rm(downloadDir, { recursive: true, force: true });
    throw error;
  }
  return {
    browser,
    origin: `moz-extension://${EXTENSION_UUID}`,
    downloadDir,
    async close() {
      await browser.close();
      await rm(downloadDir, { recursive: true, force: true });
    },
  };
}

/** Puppeteer's BiDi connection, which its public types leave out; Firefox's own `moz:` fields go through it. */
interface BidiConnection {
  send(method: string, params: object): Promise<unknown>;
}

/** Runs `expression` in the browser window's own (chrome) document, through BiDi. */
async function evaluateInBrowserWindow(browser: Browser, expression: string): Promise<unknown> {
  const { connection } = browser as unknown as { connection: BidiConnection };
  const tree = (await connection.send('browsingContext.getTree', {
    'moz:scope': 'chrome',
  })) as { result: { contexts: { context: string; url: string }[] } };
  const window = tree.result.contexts.find((context) => context.url.endsWith('/browser.xhtml'));
  if (!window) throw new Error('no browser window');
  const { result } = (await connection.send('script.evaluate', {
    expression,
    target: { context: window.context },
    awaitPromise: true,
    'moz:scope': 'chrome',
  })) as {
    result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
  };
  if (result.type !== 'success') throw new Error(result.exceptionDetails?.text ?? 'failed');
  return result.result?.value;
}

/** Whether the panel host is on the page and slid in. */
export function isPanelOpen(page: Page): Promise<boolean> {
  return page.evaluate((selector) => {
    const host = document.querySelector(selector) as HTMLElement | null;
    return !!host && host.style.getPropertyValue('visibility') === 'visible';
  }, PANEL_HOST_SELECTOR);
}

/**
 * Clicks Feedforward's button in Firefox's toolbar for `page`'s tab.
 *
 * Faithful to a teacher's click: the button is the real one, which the
 * manifest places on the toolbar (`default_area: 'navbar'`), and it is
 * clicked in the browser window itself, so Firefox runs its own action
 * handler — granting activeTab for the tab and calling the background's
 * `action.onClicked` — exactly as for a mouse click. WebDriver BiDi has no
 * input for the browser's own window (`input.performActions` refuses
 * chrome contexts), so the click is the element's `click()` there, reached
 * with `--remote-allow-system-access` (chrome-scope `script.evaluate`).
 * The other routes were ruled out: Alt+Shift+F sent with BiDi keys goes to
 * the page only and never reaches the browser's shortcut handling in
 * headless Firefox, and sending the toggle message from an extension page
 * would skip the toolbar and activeTab altogether.
 */
export async function clickToolbarButton(browser: Browser, page: Page): Promise<void> {
  await page.bringToFront();
  const before = await isPanelOpen(page);
  const placed = await evaluateInBrowserWindow(
    browser,
    `(() => {
      const item = document.querySelector('#nav-bar [data-extensionid=${JSON.stringify(GECKO_ID)}]');
      const button = item?.querySelector('.unified-extensions-item-action-button');
      if (!button || button.getBoundingClientRect().width === 0) return false;
      button.click();
      return true;
    })()`,
  );
  if (!placed) throw new Error('the Feedforward button is not on the toolbar');
  await expect.poll(() => isPanelOpen(page)).toBe(!before);
}

/**
 * The panel's frame in a page, once it shows the panel. Found by what it
 * holds: Firefox's BiDi does not report the frame's navigation to the
 * extension's page, so its URL reads about:blank.
 */
async function findPanelFrame(page: Page): Promise<Frame | undefined> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const isPanel = await frame
      .evaluate(() => location.pathname === '/panel.html' && !!document.querySelector('.panel'))
      .catch(() => false);
    if (isPanel) return frame;
  }
  return undefined;
}

/**
 * Opens the panel with the toolbar button and waits until it has slid fully
 * in and is connected to the page.
 */
export async function openPanel(browser: Browser, page: Page): Promise<Frame> {
  await clickToolbarButton(browser, page);
  await page.waitForFunction(
    (selector) => {
      const host = document.querySelector(selector);
      return !!host && getComputedStyle(host).transform === 'matrix(1, 0, 0, 1, 0, 0)';
    },
    {},
    PANEL_HOST_SELECTOR,
  );
  let frame: Frame | undefined;
  await expect
    .poll(async () => {
      frame = await findPanelFrame(page);
      return frame !== undefined;
    })
    .toBe(true);
  return frame as Frame;
}
