import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';

// Each test starts like a fresh browser profile: nothing remembered in the page's storage.
beforeEach(() => {
  globalThis.localStorage?.clear();
});
