import type { StorageThresholds } from '../model/settings';

/** The teacher's warning thresholds; declared with the setting that keeps them. */
export type { StorageThresholds };

/** Storage used by the extension and the most it may use, in bytes. */
export interface StorageEstimate {
  usage: number;
  quota: number;
  /**
   * The extension holds the permission to store without limit: no quota
   * of its own, so `quota` is what the computer has room for (Chrome
   * reports the use plus the disk's free space).
   */
  unlimited?: boolean;
}

/**
 * Room left below which a teacher with unlimited storage is warned, and
 * told it is urgent: enough to export a backup of a large database (tens
 * of MB) and go on saving while space is freed.
 */
export const ROOM_WARN_BYTES = 1024 ** 3;
export const ROOM_CRITICAL_BYTES = 200 * 1024 ** 2;

/** Bytes the extension can still store. */
export function roomLeft(estimate: StorageEstimate): number {
  return Math.max(0, estimate.quota - estimate.usage);
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
  // Without a quota of its own, what runs out is the disk: the share of it
  // the database uses says nothing, the room left does.
  if (estimate.unlimited) {
    const room = roomLeft(estimate);
    if (room < ROOM_CRITICAL_BYTES) return 'critical';
    if (room < ROOM_WARN_BYTES) return 'warn';
    return 'ok';
  }
  const share = estimate.usage / estimate.quota;
  if (share >= thresholds.critical) return 'critical';
  if (share >= thresholds.warn) return 'warn';
  return 'ok';
}
