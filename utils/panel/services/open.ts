import { openRepositories } from '../../db/index';
import { createBrowserReminders } from '../adapters/reminders';
import { createBrowserStorageProbe } from '../adapters/storage-probe';
import type { AppServices } from './context';

/** The shipped templates are looked at this long after the page starts, once its first screen is up. */
const BUILT_INS_DELAY_MS = 300;

/**
 * What every extension page (the panel, the dashboard) starts with: the
 * database, the storage probe and the reminders. The shipped templates
 * (their text in three languages, loaded on their own) are brought up to
 * date once the page's first screen is up; they change only with an update,
 * so this is cheap, and the bank shows them as soon as it is done.
 */
export function openAppServices(): AppServices {
  const repos = openRepositories();
  setTimeout(() => {
    import('../../feedback/templates/index')
      .then(({ BUILT_IN_TEMPLATES }) => repos.templates.syncBuiltIns(BUILT_IN_TEMPLATES))
      .catch(() => {});
  }, BUILT_INS_DELAY_MS);
  return {
    repos,
    storage: createBrowserStorageProbe(navigator.storage),
    reminders: createBrowserReminders(),
  };
}
