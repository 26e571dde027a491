import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, openRepositories, type Settings } from '../../../utils/db/index';
import { freshRepositories, uniqueDatabaseName } from './fresh';

type MissedSearch = Settings['bankMissedSearches'][number];

function missed(query: string, lastAt = 1): MissedSearch {
  return { query, lang: 'sv', count: 1, lastAt };
}

describe('settings.update (read, change and write one setting)', () => {
  it('starts from the default when the setting was never stored', async () => {
    const { settings } = freshRepositories();
    const seen: number[] = [];
    await settings.update('panelWidth', (width) => {
      seen.push(width);
      return width + 20;
    });
    expect(seen).toEqual([DEFAULT_SETTINGS.panelWidth]);
    expect(await settings.get('panelWidth')).toBe(DEFAULT_SETTINGS.panelWidth + 20);
  });

  it('changes the stored value, not the default', async () => {
    const { settings } = freshRepositories();
    await settings.set('panelWidth', 500);
    await settings.update('panelWidth', (width) => width + 20);
    expect(await settings.get('panelWidth')).toBe(520);
  });

  it('adds to an empty list without changing the defaults a fresh database starts from', async () => {
    const { settings } = freshRepositories();
    await settings.update('bankMissedSearches', (list) => [...list, missed('semikolon')]);
    expect(await settings.get('bankMissedSearches')).toEqual([missed('semikolon')]);
    expect(await freshRepositories().settings.get('bankMissedSearches')).toEqual([]);
  });

  it('changes only the setting it names', async () => {
    const { settings } = freshRepositories();
    await settings.set('locale', 'nb');
    await settings.update('panelCollapsed', (collapsed) => !collapsed);
    expect(await settings.get('panelCollapsed')).toBe(!DEFAULT_SETTINGS.panelCollapsed);
    expect(await settings.get('locale')).toBe('nb');
    expect(await settings.get('panelWidth')).toBe(DEFAULT_SETTINGS.panelWidth);
  });

  it('keeps both of two missed searches recorded at the same moment', async () => {
    const { settings } = freshRepositories();
    await Promise.all([
      settings.update('bankMissedSearches', (list) => [...list, missed('semikolon')]),
      settings.update('bankMissedSearches', (list) => [...list, missed('källkritik')]),
    ]);
    const list = await settings.get('bankMissedSearches');
    expect(list.map((entry) => entry.query).sort()).toEqual(['källkritik', 'semikolon']);
  });

  it('applies every one of many updates started together', async () => {
    const { settings } = freshRepositories();
    await settings.set('panelWidth', 300);
    await Promise.all(
      Array.from({ length: 10 }, () => settings.update('panelWidth', (width) => width + 1)),
    );
    expect(await settings.get('panelWidth')).toBe(310);
  });

  it('keeps both updates when two pages change the same setting at once', async () => {
    const name = uniqueDatabaseName();
    const panel = openRepositories(name);
    const dashboard = openRepositories(name);
    await panel.settings.set('bankMissedSearches', [missed('tes')]);
    await Promise.all([
      panel.settings.update('bankMissedSearches', (list) => [...list, missed('semikolon')]),
      dashboard.settings.update('bankMissedSearches', (list) => [...list, missed('källkritik')]),
    ]);
    const list = await openRepositories(name).settings.get('bankMissedSearches');
    expect(list.map((entry) => entry.query).sort()).toEqual(['källkritik', 'semikolon', 'tes']);
  });

  it('leaves the stored value as it was when the change fails', async () => {
    const { settings } = freshRepositories();
    await settings.set('bankMissedSearches', [missed('tes')]);
    await expect(
      settings.update('bankMissedSearches', () => {
        throw new Error('broken change');
      }),
    ).rejects.toThrow('broken change');
    expect(await settings.get('bankMissedSearches')).toEqual([missed('tes')]);
  });
});
