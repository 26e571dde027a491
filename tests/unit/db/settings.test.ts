import { describe, expect, it } from 'vitest';
import { FeedforwardDatabase } from '../../../utils/db/database';
import { DEFAULT_SETTINGS, openRepositories } from '../../../utils/db/index';
import { freshRepositories, uniqueDatabaseName } from './fresh';

describe('settings', () => {
  it('start from the defaults on a fresh install', async () => {
    const { settings } = freshRepositories();
    expect(await settings.get('locale')).toBe(DEFAULT_SETTINGS.locale);
    expect(await settings.get('panelWidth')).toBe(DEFAULT_SETTINGS.panelWidth);
    expect(await settings.get('panelCollapsed')).toBe(DEFAULT_SETTINGS.panelCollapsed);
  });

  it('remember what the teacher chose, for every page that opens the database', async () => {
    const name = uniqueDatabaseName();
    const panel = openRepositories(name);
    await panel.settings.set('locale', 'sv');
    await panel.settings.set('panelWidth', 512);
    await panel.settings.set('panelCollapsed', true);
    const dashboard = openRepositories(name);
    expect(await dashboard.settings.get('locale')).toBe('sv');
    expect(await dashboard.settings.get('panelWidth')).toBe(512);
    expect(await dashboard.settings.get('panelCollapsed')).toBe(true);
  });

  it('keep a stored value even when it equals a falsy value like false', async () => {
    const { settings } = freshRepositories();
    await settings.set('panelCollapsed', true);
    await settings.set('panelCollapsed', false);
    expect(await settings.get('panelCollapsed')).toBe(false);
  });

  it('change one setting without touching the others', async () => {
    const { settings } = freshRepositories();
    await settings.set('panelWidth', 600);
    expect(await settings.get('locale')).toBe(DEFAULT_SETTINGS.locale);
    expect(await settings.get('panelCollapsed')).toBe(DEFAULT_SETTINGS.panelCollapsed);
  });

  it('let two pages change different settings at once without losing either', async () => {
    const name = uniqueDatabaseName();
    await Promise.all([
      openRepositories(name).settings.set('locale', 'nb'),
      openRepositories(name).settings.set('panelWidth', 444),
    ]);
    const { settings } = openRepositories(name);
    expect(await settings.get('locale')).toBe('nb');
    expect(await settings.get('panelWidth')).toBe(444);
  });

  it('read a stored value that does not fit as the default, and change it from there', async () => {
    const name = uniqueDatabaseName();
    const db = new FeedforwardDatabase(name);
    // As an older build, a damaged profile or another tool might have left them.
    await db.settings.bulkPut([
      { key: 'panelWidth', value: 'wide' },
      { key: 'locale', value: 'de' },
      { key: 'staircaseLabels', value: null },
      { key: 'storageThresholds', value: { warn: 2 } },
    ] as never[]);
    db.close();
    const { settings } = openRepositories(name);
    expect(await settings.get('panelWidth')).toBe(DEFAULT_SETTINGS.panelWidth);
    expect(await settings.get('locale')).toBe(DEFAULT_SETTINGS.locale);
    expect(await settings.get('staircaseLabels')).toEqual(DEFAULT_SETTINGS.staircaseLabels);
    expect(await settings.get('storageThresholds')).toEqual(DEFAULT_SETTINGS.storageThresholds);
    await settings.update('panelWidth', (width) => width + 20);
    expect(await settings.get('panelWidth')).toBe(DEFAULT_SETTINGS.panelWidth + 20);
  });
});
