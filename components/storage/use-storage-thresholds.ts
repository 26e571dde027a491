import { DEFAULT_SETTINGS, type Repositories } from '../../utils/db/index';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import type { StorageThresholds } from '../../utils/storage/thresholds';

/** The teacher's warning thresholds, live, so a change in the dashboard reaches every open panel. */
export function useStorageThresholds(repos: Repositories): StorageThresholds {
  return (
    useLiveQuery(() => repos.settings.get('storageThresholds'), [repos]).data ??
    DEFAULT_SETTINGS.storageThresholds
  );
}
