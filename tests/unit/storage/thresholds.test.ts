import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../utils/db/index';
import { storageLevel } from '../../../utils/storage/thresholds';

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
});
