import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The files share their worker's modules, so each still opens like a fresh
// tab: an empty page, the real clock and a browser with no state left over.
beforeAll(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
  fakeBrowser.reset();
  performance.clearMarks();
});

// Each test starts like a fresh browser profile: nothing remembered in the page's storage.
beforeEach(() => {
  globalThis.localStorage?.clear();
});

// What a file replaced on the shared page's objects goes back when it ends.
afterAll(() => {
  vi.restoreAllMocks();
});
