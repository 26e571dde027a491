import { DEFAULT_SETTINGS } from '../../utils/model/settings';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import type { Repositories } from '../../utils/panel/services/types';
import type { StorageThresholds } from '../../utils/storage/thresholds';

/** The teacher's warning thresholds, live, so a change in the dashboard reaches every open panel. */
export function useStorageThresholds(repos: Repositories): StorageThresholds {
  return (
    useLiveQuery(() => repos.settings.get('storageThresholds'), [repos]).data ??
    DEFAULT_SETTINGS.storageThresholds
  );
}
