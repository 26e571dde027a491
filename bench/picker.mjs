/**
 * The comment bank's picker as a teacher uses it, in a panel that is open:
 * Ctrl+K from the part being written to the search field of the bank's
 * list opened at that part, then a word typed into the search.
 *
 * Keys are sent as DevTools input events to the tab, as from a keyboard;
 * the clocks are read in the panel frame. Each time runs from the `timeStamp`
 * of the key's `keydown` event (when the browser created the event, so the
 * hop from the browser process to the panel's renderer is included) to the
 * `performance.now()` at which the panel's DOM shows the result: the search
 * field focused, or the listed options all matching the query. Painting the
 * next frame is not included.
 */
import { performance } from 'node:perf_hooks';
import { pressKey } from './cdp-pipe.mjs';

/** How long any one step may take before the run fails. */
const STEP_TIMEOUT_MS = 5000;
/** Time for the picker to follow the focused part (its question filter) before Ctrl+K. */
const SETTLE_AFTER_FOCUS_MS = 250;
/** Pause between typed keys: a quick teacher, and each key's work done before the next. */
const TYPING_DELAY_MS = 30;

const WRITTEN_PART = 'Feed forward';

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Ctrl+K with the "Feed forward" part focused: from the K keydown to the
 * search field becoming `document.activeElement` (its focus event). Also
 * returns the Node-side time from just before the key press (which sends
 * Control first) to the same moment, as a cross-check.
 */
async function timeSearchShortcut(page, panel, clock) {
  await panel.evaluate((part) => {
    const field = [...document.querySelectorAll('fieldset.composer-field')].find(
      (fieldset) => fieldset.querySelector('legend')?.textContent === part,
    );
    const text = field?.querySelector('textarea');
    if (!text) throw new Error(`no "${part}" part in the composer`);
    text.focus();
  }, WRITTEN_PART);
  await sleep(SETTLE_AFTER_FOCUS_MS);
  // The bank's list is made when it opens: its search box is awaited by its role.
  await panel.evaluate((timeout) => {
    let keyAt;
    const onKey = (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        keyAt = event.timeStamp;
      }
    };
    document.addEventListener('keydown', onKey, true);
    globalThis.__feedforwardShortcut = new Promise((resolve, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`search not focused after ${timeout} ms`)),
        timeout,
      );
      const onFocus = (event) => {
        const field = event.target;
        if (field.getAttribute?.('role') !== 'combobox') return;
        const focusedAt = performance.now();
        clearTimeout(timer);
        document.removeEventListener('keydown', onKey, true);
        document.removeEventListener('focusin', onFocus, true);
        resolve({ keyAt, focusedAt, active: document.activeElement === field });
      };
      document.addEventListener('focusin', onFocus, true);
    });
  }, STEP_TIMEOUT_MS);
  const sentAt = performance.now();
  await pressKey(page, 'k', { ctrl: true });
  const shortcut = await panel.evaluate(() => globalThis.__feedforwardShortcut);
  if (!shortcut.active) throw new Error('Ctrl+K focused something other than the search');
  if (shortcut.keyAt === undefined) throw new Error('the panel saw no Ctrl+K keydown');
  return {
    ms: shortcut.focusedAt - shortcut.keyAt,
    nodeMs: shortcut.focusedAt - clock.offset - sentAt,
  };
}

/**
 * Types `query` into the (focused, empty) search and times the last key:
 * from its keydown to the first moment the listbox holds only options whose
 * text contains the query. That is checked on every change to the listbox
 * (MutationObserver) once the search field holds the whole query, and once
 * more in a task posted from that last `input` event, for when the last key
 * leaves the listed options as they were. Also returns each key's time to
 * the end of the work its `input` event set off (a task posted from it).
 */
async function timeQuery(page, panel, query) {
  await panel.evaluate(
    ({ query, timeout }) => {
      const field = document.activeElement;
      const listbox = document.getElementById(field.getAttribute('aria-controls'));
      if (!listbox) throw new Error('the search field controls no listbox');
      const needle = query.toLowerCase();
      const options = () => [...listbox.querySelectorAll('[role=option]')];
      const matching = () => {
        const listed = options();
        return (
          listed.length > 0 &&
          listed.every((option) => option.textContent.toLowerCase().includes(needle))
        );
      };
      const unfiltered = options().length;
      const perKey = [];
      let keyAt;
      let lastKeyAt;
      const onKey = (event) => {
        keyAt = event.timeStamp;
      };
      const afterTask = (callback) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          callback();
        };
        channel.port2.postMessage(null);
      };
      globalThis.__feedforwardQuery = new Promise((resolve, fail) => {
        let observer;
        let onInput;
        let done = false;
        const finish = () => {
          if (done || lastKeyAt === undefined || !matching()) return;
          const updatedAt = performance.now();
          done = true;
          clearTimeout(timer);
          observer.disconnect();
          field.removeEventListener('keydown', onKey, true);
          document.removeEventListener('input', onInput, true);
          // The per-key times of the last key are in once its task has run.
          afterTask(() =>
            resolve({
              ms: updatedAt - lastKeyAt,
              unfiltered,
              filtered: options().length,
              perKeyMs: perKey,
            }),
          );
        };
        // Capture phase on the document: runs before the panel's own input handler.
        onInput = (event) => {
          if (event.target !== field) return;
          const startedAt = keyAt;
          afterTask(() => perKey.push(performance.now() - startedAt));
          if (field.value !== query) return;
          lastKeyAt = startedAt;
          afterTask(finish);
        };
        const timer = setTimeout(() => {
          observer.disconnect();
          fail(new Error(`options not filtered by "${query}" after ${timeout} ms`));
        }, timeout);
        observer = new MutationObserver(finish);
        observer.observe(listbox, { childList: true, subtree: true, characterData: true });
        field.addEventListener('keydown', onKey, true);
        document.addEventListener('input', onInput, true);
      });
    },
    { query, timeout: STEP_TIMEOUT_MS },
  );
  for (const key of query) {
    await pressKey(page, key);
    await sleep(TYPING_DELAY_MS);
  }
  const result = await panel.evaluate(() => globalThis.__feedforwardQuery);
  if (result.perKeyMs.length !== query.length) {
    throw new Error(`${result.perKeyMs.length} input events for ${query.length} keys`);
  }
  return result;
}

/**
 * Ctrl+K and a typed query in an open panel: `page` and `panel` are
 * sessions on its tab and on its frame (see cdp-pipe.mjs), `clock` the
 * frame's clock offset (see frame-timing.mjs).
 */
export async function measurePicker(page, panel, clock, query) {
  const shortcut = await timeSearchShortcut(page, panel, clock);
  const typed = await timeQuery(page, panel, query);
  // Esc closes the bank again, for the next run's tab.
  await pressKey(page, 'Escape');
  return {
    searchFocusMs: shortcut.ms,
    searchFocusNodeMs: shortcut.nodeMs,
    queryMs: typed.ms,
    queryPerKeyMs: typed.perKeyMs,
    optionsBefore: typed.unfiltered,
    optionsAfter: typed.filtered,
  };
}
