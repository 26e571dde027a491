import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../utils/db/index';
import {
  ROOM_CRITICAL_BYTES,
  ROOM_WARN_BYTES,
  roomLeft,
  storageLevel,
} from '../../../utils/storage/thresholds';

const at = (usage: number) => ({ usage, quota: 1000 });
const defaults = DEFAULT_SETTINGS.storageThresholds;

describe('storageLevel', () => {
  it('warns at 80 % and urges at 95 % by default', () => {
    expect(storageLevel(at(799), defaults)).toBe('ok');
    expect(storageLevel(at(800), defaults)).toBe('warn');
    expect(storageLevel(at(949), defaults)).toBe('warn');
    expect(storageLevel(at(950), defaults)).toBe('critical');
  });

  it('follows the teacher’s own thresholds', () => {
    expect(storageLevel(at(500), { warn: 0.5, critical: 0.9 })).toBe('warn');
  });

  it('does not warn when the browser reports no quota', () => {
    expect(storageLevel({ usage: 10, quota: 0 }, defaults)).toBe('ok');
  });

  describe('with the permission to store without limit (the quota is the disk)', () => {
    const GB = 1024 ** 3;
    const withRoom = (usage: number, room: number) => ({
      usage,
      quota: usage + room,
      unlimited: true,
    });

    it('warns by the room left on the disk, not by the share the database uses', () => {
      // 90 % of the quota is the database, yet 50 GB are free: nothing to fear.
      expect(storageLevel(withRoom(450 * GB, 50 * GB), defaults)).toBe('ok');
      // A small database on a nearly full disk: the disk is what runs out.
      expect(storageLevel(withRoom(0.05 * GB, ROOM_WARN_BYTES - 1), defaults)).toBe('warn');
      expect(storageLevel(withRoom(0.05 * GB, ROOM_CRITICAL_BYTES - 1), defaults)).toBe('critical');
      expect(storageLevel(withRoom(0.05 * GB, ROOM_WARN_BYTES), defaults)).toBe('ok');
    });

    it('counts the room left as the quota less the use, never below nothing', () => {
      expect(roomLeft(withRoom(10, 90))).toBe(90);
      expect(roomLeft({ usage: 120, quota: 100, unlimited: true })).toBe(0);
    });
  });
});
