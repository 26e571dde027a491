import type { Repositories } from '../../db/index';
import { DEFAULT_SETTINGS, type SettingKey, type Settings } from '../../model/settings';
import { useAppServices } from '../services/context';
import { useLiveQuery } from './use-live-query';

/** A setting as a page shows it: its value, and whether the stored one has been read yet. */
export interface SettingState<K extends SettingKey> {
  /** The stored value, or DEFAULT_SETTINGS' until it has been read. */
  value: Settings[K];
  /** False until the stored value was read: for what must not flash the default first. */
  ready: boolean;
}

/**
 * One setting from `settings`, live, so a change in any page (the dashboard,
 * another tab's panel) shows everywhere at once. For the page roots, which
 * read the language before the services context exists; components use
 * useSetting.
 */
export function useSettingFrom<K extends SettingKey>(
  settings: Repositories['settings'],
  key: K,
): SettingState<K> {
  const { data, error } = useLiveQuery(() => settings.get(key), [settings, key]);
  return {
    value: data === undefined ? DEFAULT_SETTINGS[key] : data,
    ready: data !== undefined || error !== undefined,
  };
}

/** One setting and whether it has been read (see useSettingFrom). */
export function useSettingState<K extends SettingKey>(key: K): SettingState<K> {
  return useSettingFrom(useAppServices().repos.settings, key);
}

/**
 * The one way components read a setting: live, with the default from
 * DEFAULT_SETTINGS until the stored value is read, so no component repeats
 * a default of its own.
 */
export function useSetting<K extends SettingKey>(key: K): Settings[K] {
  return useSettingState(key).value;
}
