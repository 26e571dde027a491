import { openRepositories } from '../../db/index';
import { BUILT_IN_TEMPLATES } from '../../feedback/templates/index';
import { createBrowserReminders } from '../adapters/reminders';
import { createBrowserStorageProbe } from '../adapters/storage-probe';
import type { AppServices } from './context';

/**
 * What every extension page (the panel, the dashboard) starts with: the
 * database, the storage probe and the reminders. The shipped templates are
 * brought up to date on the way; they change only with an update, so this
 * is cheap.
 */
export function openAppServices(): AppServices {
  const repos = openRepositories();
  repos.templates.syncBuiltIns(BUILT_IN_TEMPLATES).catch(() => {});
  return {
    repos,
    storage: createBrowserStorageProbe(navigator.storage),
    reminders: createBrowserReminders(),
  };
}
