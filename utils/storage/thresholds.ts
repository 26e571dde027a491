import type { StorageThresholds } from '../model/settings';

/** The teacher's warning thresholds; declared with the setting that keeps them. */
export type { StorageThresholds };

/** Storage used by the extension and the most it may use, in bytes. */
export interface StorageEstimate {
  usage: number;
  quota: number;
}

/** How full the storage is, as the warnings see it. */
export type StorageLevel = 'ok' | 'warn' | 'critical';

/**
 * Compares use with the teacher's thresholds. A warning comes early enough
 * to export a backup and clean up before a save fails for lack of space.
 */
export function storageLevel(
  estimate: StorageEstimate,
  thresholds: StorageThresholds,
): StorageLevel {
  if (estimate.quota <= 0) return 'ok';
  const share = estimate.usage / estimate.quota;
  if (share >= thresholds.critical) return 'critical';
  if (share >= thresholds.warn) return 'warn';
  return 'ok';
}
