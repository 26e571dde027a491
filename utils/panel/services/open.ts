import { browser } from 'wxt/browser';
import { openRepositories } from '../../db/index';
import {
  hasUnlimitedStorageThroughBackground,
  isFramedWithoutTabs,
} from '../../messaging/firefox-framed-panel';
import { createBrowserReminders } from '../adapters/reminders';
import { createBrowserStorageProbe } from '../adapters/storage-probe';
import type { AppServices } from './context';

/**
 * What every extension page (the panel, the dashboard) starts with: the
 * database, the storage probe and the reminders. The shipped templates
 * (their text in three languages, a file of its own the page does not wait
 * for) are brought up to date on the way; they change only with an update,
 * so this is cheap, and the bank shows them as soon as it is done.
 */
export function openAppServices(): AppServices {
  const repos = openRepositories();
  import('../../feedback/templates/index')
    .then(({ BUILT_IN_TEMPLATES }) => repos.templates.syncBuiltIns(BUILT_IN_TEMPLATES))
    .catch(() => {});
  return {
    repos,
    storage: createBrowserStorageProbe(navigator.storage, () =>
      isFramedWithoutTabs()
        ? hasUnlimitedStorageThroughBackground()
        : browser.permissions.contains({ permissions: ['unlimitedStorage'] }),
    ),
    reminders: createBrowserReminders(),
  };
}
