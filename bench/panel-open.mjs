/**
 * How fast the panel opens, and what it costs in memory, in real Chromium
 * with the built extension loaded: each run opens a fresh tab on a demo
 * essay, clicks the toolbar button (through the DevTools protocol, the same
 * action click a teacher makes) and times until the panel is connected to
 * the page, until its composer is ready to type in and until it lists the
 * document's saved items. Each run is thus a first open on a page:
 * content-script injection, iframe load, handshake, first render. The
 * moments are marked by the panel and read in its frame (see
 * frame-timing.mjs); the browser is driven without Playwright so that no
 * debugger holds the new frame while it is timed (see cdp-pipe.mjs). With
 * the heaps read, the same run then times the comment-bank picker (see
 * picker.mjs): Ctrl+K to the search, and a typed query.
 */
import { performance } from 'node:perf_hooks';
import { attach, launchOverPipe } from './cdp-pipe.mjs';
import { frameClock, panelMarks } from './frame-timing.mjs';
import { measurePicker } from './picker.mjs';

/** A click sent too soon after a navigation is sometimes dropped. */
const SETTLE_AFTER_NAVIGATION_MS = 1000;
/** Without the panel's frame in the tab this long after a click, the click was dropped. */
const CLICK_ACK_TIMEOUT_MS = 1000;
/** How often the browser's list of frames is looked at for the panel's. */
const FRAME_POLL_MS = 10;
const CLICK_ATTEMPTS = 5;
const CONNECT_TIMEOUT_MS = 10_000;
/**
 * Time left to the panel's start-up (database, first queries, the list of
 * 1,000 items) before anything attaches to it to read its marks and heap.
 */
const SETTLE_AFTER_OPEN_MS = 1000;
/** Typed into the comment bank's search; the English built-ins hold it in several templates. */
export const PICKER_QUERY = 'paragraph';

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * A new tab showing `url`, given time to load and settle: the target ids of
 * its tab (which the toolbar button is clicked for) and of its page.
 */
async function openTab(browser, url) {
  const { targetId: pageId } = await browser.send('Target.createTarget', { url });
  await sleep(SETTLE_AFTER_NAVIGATION_MS);
  const { targetInfos } = await browser.send('Target.getTargets', {
    filter: [{ type: 'tab' }],
  });
  const tab = targetInfos.find((target) => target.url === url);
  if (!tab) throw new Error(`no tab target for ${url}`);
  return { tabId: tab.targetId, pageId };
}

/** The target of the panel's frame in page `pageId`, or null. */
async function findPanelFrame(browser, pageId) {
  const { targetInfos } = await browser.send('Target.getTargets');
  return (
    targetInfos.find(
      (target) =>
        target.type === 'iframe' &&
        target.parentId === pageId &&
        target.url.includes('/panel.html'),
    ) ?? null
  );
}

/** The panel's frame target once the browser lists it, or null after `timeout` ms. */
async function waitForPanelFrame(browser, pageId, timeout) {
  const deadline = performance.now() + timeout;
  while (performance.now() < deadline) {
    const frame = await findPanelFrame(browser, pageId);
    if (frame) return frame;
    await sleep(FRAME_POLL_MS);
  }
  return null;
}

/**
 * Clicks the toolbar button and times until the panel is connected, its
 * composer ready and its saved items listed. The clock restarts with each
 * click, so a dropped click (no panel frame within a second) is retried
 * without counting the wait. The moments are marked by the panel itself as
 * they happen and read once it has settled, set against the click through
 * the frame's clock offset: nothing is attached to the tab or the frame
 * while the clock runs, only the browser's list of frames is looked at.
 */
async function timeOpen(browser, { tabId, pageId }) {
  for (let attempt = 1; attempt <= CLICK_ATTEMPTS; attempt += 1) {
    const start = performance.now();
    await browser.send('Extensions.triggerAction', { id: browser.extensionId, targetId: tabId });
    const frame = await waitForPanelFrame(browser, pageId, CLICK_ACK_TIMEOUT_MS);
    if (!frame) continue;
    await sleep(SETTLE_AFTER_OPEN_MS);
    const panel = await attach(browser, frame.targetId);
    const marks = await panelMarks(panel, CONNECT_TIMEOUT_MS);
    const clock = await frameClock(panel);
    return {
      ms: marks.connected - clock.offset - start,
      usableMs: marks.usable - clock.offset - start,
      listedMs: marks.listed - clock.offset - start,
      clockUncertaintyMs: clock.uncertainty,
      clicks: attempt,
      panel,
      clock,
    };
  }
  throw new Error(`no panel after ${CLICK_ATTEMPTS} toolbar clicks`);
}

/**
 * The JS heap in use by a target's renderer (a tab, or the panel's
 * out-of-process frame), after a full garbage collection so that only live
 * objects count.
 */
async function heapUsed(session) {
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return usedSize;
}

/** The page's heap, read through a session attached for that alone. */
async function pageHeapUsed(browser, pageId) {
  const page = await attach(browser, pageId);
  try {
    return await heapUsed(page);
  } finally {
    await page.detach();
  }
}

/**
 * One run: fresh tab, navigate, settle, heap, click, time, heap, then the
 * picker (after the heaps, so they are read as before); the tab is closed after.
 */
async function measureOnce(browser, url) {
  const tab = await openTab(browser, url);
  try {
    const heapBefore = await pageHeapUsed(browser, tab.pageId);
    const { panel, clock, ...open } = await timeOpen(browser, tab);
    const heapAfter = await pageHeapUsed(browser, tab.pageId);
    const panelHeap = await heapUsed(panel);
    const page = await attach(browser, tab.pageId);
    const picker = await measurePicker(page, panel, clock, PICKER_QUERY);
    return { ...open, heapBefore, heapAfter, panelHeap, picker };
  } finally {
    await browser.send('Target.closeTarget', { targetId: tab.pageId });
  }
}

/**
 * Gives the document `total` saved items: one saved through the panel as a
 * teacher would (typed into "Feed back", then Save), copied in IndexedDB
 * for the rest (the panel opened next reads them like any others).
 */
async function seedItems(page, panel, total) {
  const hasItems = await panel.evaluate(async (timeout) => {
    const deadline = performance.now() + timeout;
    while (!document.querySelector('.composer-field textarea')) {
      if (performance.now() > deadline) throw new Error('no composer');
      await new Promise((done) => setTimeout(done, 20));
    }
    if (document.querySelector('[data-testid=feedback-item]')) return true;
    const part = [...document.querySelectorAll('fieldset.composer-field')].find(
      (fieldset) => fieldset.querySelector('legend')?.textContent === 'Feed back',
    );
    part.querySelector('textarea').focus();
    return false;
  }, CONNECT_TIMEOUT_MS);
  if (!hasItems) {
    await page.send('Input.insertText', {
      text: 'Your thesis is clear, and each paragraph gives one reason for it.',
    });
    await panel.evaluate(async (timeout) => {
      const save = [...document.querySelectorAll('button')].find(
        (button) => button.textContent.trim() === 'Save feedback',
      );
      save.click();
      const deadline = performance.now() + timeout;
      while (!document.querySelector('[data-testid=feedback-item]')) {
        if (performance.now() > deadline) throw new Error('the saved item is not listed');
        await new Promise((done) => setTimeout(done, 20));
      }
    }, CONNECT_TIMEOUT_MS);
  }
  await panel.evaluate(async (total) => {
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

/** Opens the panel on `url` without timing it and gives its document `total` items. */
async function prepareDocument(browser, url, total) {
  const { tabId, pageId } = await openTab(browser, url);
  try {
    await browser.send('Extensions.triggerAction', { id: browser.extensionId, targetId: tabId });
    const frame = await waitForPanelFrame(browser, pageId, CONNECT_TIMEOUT_MS);
    if (!frame) throw new Error('no panel to prepare the document in');
    const [page, panel] = await Promise.all([
      attach(browser, pageId),
      attach(browser, frame.targetId),
    ]);
    await seedItems(page, panel, total);
  } finally {
    await browser.send('Target.closeTarget', { targetId: pageId });
  }
}

/** `runs` measured opens on `url`. */
async function measureRuns(browser, url, runs) {
  const measured = [];
  for (let run = 0; run < runs; run += 1) {
    measured.push(await measureOnce(browser, url));
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
  const browser = await launchOverPipe({ extensionDir });
  try {
    await prepareDocument(browser, url, items);
    const warmUp = await measureOnce(browser, url);
    const measured = await measureRuns(browser, url, runs);
    await prepareDocument(browser, url, manyItems);
    const many = await measureRuns(browser, url, Math.max(3, Math.ceil(runs / 2)));
    const { product } = await browser.send('Browser.getVersion');
    return {
      chromium: product,
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
