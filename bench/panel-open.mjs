/**
 * How fast the panel opens, and what it costs in memory, in real Chromium
 * with the built extension loaded: each run opens a fresh tab on a demo
 * essay, clicks the toolbar button (through the DevTools protocol, the same
 * action click a teacher makes) and times until the panel frame has rendered
 * `.panel`, which it does once it is connected to the page, and until it
 * lists the comment bank (its first `[role=option]`). Each run is thus a
 * first open on a page: content-script injection, iframe load, handshake,
 * then the built-in templates brought up to date in IndexedDB, loaded and
 * indexed. Both moments are read in the panel frame (see frame-timing.mjs).
 * With the heaps read, the same run then times the comment-bank picker
 * (see picker.mjs): Ctrl+K to the search, and a typed query.
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { CHROMIUM, launchWithExtension } from '../scripts/lib/chromium-extension.mjs';
import { frameClock, installPanelMarks, panelMarks } from './frame-timing.mjs';
import { measurePicker } from './picker.mjs';

/** A click sent too soon after a navigation is sometimes dropped. */
const SETTLE_AFTER_NAVIGATION_MS = 1000;
/** Without the panel's frame on the page this long after a click, the click was dropped. */
const CLICK_ACK_TIMEOUT_MS = 1000;
const CLICK_ATTEMPTS = 5;
const CONNECT_TIMEOUT_MS = 10_000;
/** Time for the panel's start-up work (database, first queries) before its heap is read. */
const SETTLE_AFTER_OPEN_MS = 500;
/** Typed into the comment bank's search; the English built-ins hold it in several templates. */
export const PICKER_QUERY = 'paragraph';

/** The browser's version, from Playwright or else from the binary. */
function chromiumVersion(context) {
  const version = context.browser()?.version();
  if (version) return version;
  return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
}

/** A DevTools session that can click the toolbar button of any tab. */
async function browserSession(context, page) {
  return (await context.browser()?.newBrowserCDPSession()) ?? (await context.newCDPSession(page));
}

/** Sends one toolbar-button click for the tab showing `page`. */
async function clickToolbarButton(session, extensionId, page) {
  const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((target) => target.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await session.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
}

/** The panel's frame, as soon as it has navigated to the panel page. */
function panelFrame(page, timeout) {
  const isPanel = (frame) => frame.url().includes('/panel.html');
  const existing = page.frames().find(isPanel);
  if (existing) return Promise.resolve(existing);
  return page.waitForEvent('framenavigated', { predicate: isPanel, timeout });
}

/**
 * Clicks the toolbar button and times until the panel is connected and until
 * it lists the comment bank. The clock restarts with each click, so a
 * dropped click (no panel frame within a second) is retried without counting
 * the wait. Both moments are recorded in the frame as they happen and set
 * against the click through the frame's clock offset. Nothing of
 * Playwright's runs in the page or the panel while the clock runs: its
 * selector waits inject a helper script into the frame they look in, which
 * cost the page's renderer about 28 ms of compiling in the middle of the
 * panel's handshake (seen in a Chromium trace), so the click is acknowledged
 * by the frame's navigation event and the moments are read in-frame.
 */
async function timeOpen(session, extensionId, page) {
  for (let attempt = 1; attempt <= CLICK_ATTEMPTS; attempt += 1) {
    const start = performance.now();
    await clickToolbarButton(session, extensionId, page);
    const frame = await panelFrame(page, CLICK_ACK_TIMEOUT_MS).catch(() => null);
    if (!frame) continue;
    const marks = await panelMarks(frame, CONNECT_TIMEOUT_MS);
    const clock = await frameClock(frame);
    return {
      ms: marks.connected - clock.offset - start,
      usableMs: marks.usable - clock.offset - start,
      listedMs: marks.listed - clock.offset - start,
      clockUncertaintyMs: clock.uncertainty,
      clicks: attempt,
      frame,
      clock,
    };
  }
  throw new Error(`no panel after ${CLICK_ATTEMPTS} toolbar clicks`);
}

/**
 * The JS heap in use by a page's or an out-of-process frame's renderer,
 * after a full garbage collection so that only live objects count.
 */
async function heapUsed(context, target) {
  const session = await context.newCDPSession(target);
  try {
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await session.detach().catch(() => {});
  }
}

/** The panel frame's heap, or null when its renderer cannot be reached on its own. */
async function panelHeapUsed(context, frame) {
  try {
    return await heapUsed(context, frame);
  } catch {
    return null;
  }
}

/**
 * One run: fresh tab, navigate, settle, heap, click, time, heap, then the
 * picker (after the heaps, so they are read as before); the tab is closed after.
 */
async function measureOnce(browser, session, url) {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_AFTER_NAVIGATION_MS);
    const heapBefore = await heapUsed(browser.context, page);
    const { frame, clock, ...open } = await timeOpen(session, browser.extensionId, page);
    await page.waitForTimeout(SETTLE_AFTER_OPEN_MS);
    const heapAfter = await heapUsed(browser.context, page);
    const panelHeap = await panelHeapUsed(browser.context, frame);
    const picker = await measurePicker(page, frame, clock, PICKER_QUERY);
    return { ...open, heapBefore, heapAfter, panelHeap, picker };
  } finally {
    await page.close();
  }
}

/**
 * Gives the document `total` saved items: one saved through the panel as a
 * teacher would, copied in IndexedDB for the rest (the panel opened next
 * reads them like any others).
 */
async function seedItems(frame, total) {
  await frame.waitForSelector('.composer-field textarea', { timeout: CONNECT_TIMEOUT_MS });
  if ((await frame.locator('[data-testid=feedback-item]').count()) === 0) {
    await frame
      .getByRole('group', { name: 'Feed back', exact: true })
      .getByRole('textbox')
      .fill('Your thesis is clear, and each paragraph gives one reason for it.');
    await frame.getByRole('button', { name: 'Save feedback' }).click();
    await frame.waitForSelector('[data-testid=feedback-item]', { timeout: CONNECT_TIMEOUT_MS });
  }
  await frame.evaluate(async (total) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('feedforward');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const transaction = db.transaction('feedback', 'readwrite');
    const store = transaction.objectStore('feedback');
    const all = await new Promise((resolve) => {
      const request = store.getAll();
      request.onsuccess = () => resolve(request.result);
    });
    const model = all.find((item) => item.status === 'saved');
    for (let n = all.length; n < total; n += 1) {
      store.put({
        ...model,
        id: crypto.randomUUID(),
        parts: model.parts.map((part) => ({
          ...part,
          id: crypto.randomUUID(),
          text: `${n + 1}. ${part.text}`,
        })),
        createdAt: model.createdAt + n,
        updatedAt: model.createdAt + n,
      });
    }
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
  }, total);
}

/** Opens the panel without timing it (to prepare the document); its frame. */
async function openUntimed(session, extensionId, page) {
  await clickToolbarButton(session, extensionId, page);
  return panelFrame(page, CONNECT_TIMEOUT_MS);
}

/** `runs` measured opens on `url`. */
async function measureRuns(browser, session, url, runs) {
  const measured = [];
  for (let run = 0; run < runs; run += 1) {
    measured.push(await measureOnce(browser, session, url));
  }
  return measured;
}

/**
 * Measures `runs` panel opens on `url` with `items` saved items on its
 * document, and a few with `manyItems`, after one warm-up open that is
 * reported apart (the first open after the browser starts also pays for
 * waking the service worker and compiling the panel's code, and, the
 * profile being new, for writing the built-in templates into IndexedDB).
 */
export async function measurePanelOpen({ extensionDir, url, runs, items, manyItems }) {
  const browser = await launchWithExtension({ extensionDir, profilePrefix: 'feedforward-bench-' });
  try {
    await installPanelMarks(browser.context);
    const blank = browser.context.pages()[0] ?? (await browser.context.newPage());
    const session = await browserSession(browser.context, blank);
    const seeding = await browser.context.newPage();
    await seeding.goto(url, { waitUntil: 'load' });
    await seeding.waitForTimeout(SETTLE_AFTER_NAVIGATION_MS);
    await seedItems(await openUntimed(session, browser.extensionId, seeding), items);
    await seeding.close();
    const warmUp = await measureOnce(browser, session, url);
    const measured = await measureRuns(browser, session, url, runs);
    const again = await browser.context.newPage();
    await again.goto(url, { waitUntil: 'load' });
    await again.waitForTimeout(SETTLE_AFTER_NAVIGATION_MS);
    await seedItems(await openUntimed(session, browser.extensionId, again), manyItems);
    await again.close();
    const many = await measureRuns(browser, session, url, Math.max(3, Math.ceil(runs / 2)));
    await session.detach().catch(() => {});
    return {
      chromium: chromiumVersion(browser.context),
      pickerQuery: PICKER_QUERY,
      items,
      manyItems,
      warmUp,
      runs: measured,
      manyRuns: many,
    };
  } finally {
    await browser.close();
  }
}
