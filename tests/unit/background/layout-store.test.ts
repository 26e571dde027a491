import { describe, expect, it } from 'vitest';
import { loadLayout } from '../../../utils/background/layout-store';
import type { SettingsRepository } from '../../../utils/db/settings';

/** Settings whose every read answers with `read(key)`. */
function settingsReading(read: (key: string) => Promise<unknown>): SettingsRepository {
  return { get: read } as unknown as SettingsRepository;
}

describe('the layout sent with a request to open the panel', () => {
  it('is the layout the teacher left the panel in', async () => {
    const stored: Record<string, unknown> = {
      panelWidth: 512,
      panelCollapsed: true,
      panelPlacement: 'over',
    };
    const layout = await loadLayout(settingsReading(async (key) => stored[key]));
    expect(layout).toEqual({ width: 512, collapsed: true, placement: 'over' });
  });

  it('is the first-time layout when the database cannot be read, so the panel still opens', async () => {
    const layout = await loadLayout(
      settingsReading(async () => {
        throw new Error('UnknownError: the database is unreadable');
      }),
    );
    expect(layout).toEqual({ width: 380, collapsed: false, placement: 'beside' });
  });
});
