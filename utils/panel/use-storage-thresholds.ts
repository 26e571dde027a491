import { DEFAULT_SETTINGS, type Repositories } from '../db/index';
import { useLiveQuery } from '../db/use-live-query';
import type { StorageThresholds } from '../storage/thresholds';

/** The teacher's warning thresholds, live, so a change in the dashboard reaches every open panel. */
export function useStorageThresholds(repos: Repositories): StorageThresholds {
  return (
    useLiveQuery(() => repos.settings.get('storageThresholds'), [repos]).data ??
    DEFAULT_SETTINGS.storageThresholds
  );
}
