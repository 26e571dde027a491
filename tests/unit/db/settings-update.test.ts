import { describe, expect, it } from 'vitest';
import { FeedforwardDatabase } from '../../../utils/db/database';
import { DEFAULT_SETTINGS, openRepositories } from '../../../utils/db/index';
import type { MissedSearch } from '../../../utils/model/missed-searches';
import { freshRepositories, uniqueDatabaseName } from './fresh';

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
    await settings.update('staircaseLabels', (names) => names.map((name, i) => (i ? name : 'Go')));
    expect(await settings.get('staircaseLabels')).toEqual(['Go', '', '', '', '']);
    expect(await freshRepositories().settings.get('staircaseLabels')).toEqual(
      DEFAULT_SETTINGS.staircaseLabels,
    );
    expect(DEFAULT_SETTINGS.staircaseLabels).toEqual(['', '', '', '', '']);
  });

  it('changes only the setting it names', async () => {
    const { settings } = freshRepositories();
    await settings.set('locale', 'nb');
    await settings.update('panelCollapsed', (collapsed) => !collapsed);
    expect(await settings.get('panelCollapsed')).toBe(!DEFAULT_SETTINGS.panelCollapsed);
    expect(await settings.get('locale')).toBe('nb');
    expect(await settings.get('panelWidth')).toBe(DEFAULT_SETTINGS.panelWidth);
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
    await panel.settings.set('panelWidth', 300);
    await Promise.all([
      panel.settings.update('panelWidth', (width) => width + 1),
      dashboard.settings.update('panelWidth', (width) => width + 10),
    ]);
    expect(await openRepositories(name).settings.get('panelWidth')).toBe(311);
  });

  it('leaves the stored value as it was when the change fails', async () => {
    const { settings } = freshRepositories();
    await settings.set('staircaseLabels', ['A', 'B', 'C', 'D', 'E']);
    await expect(
      settings.update('staircaseLabels', () => {
        throw new Error('broken change');
      }),
    ).rejects.toThrow('broken change');
    expect(await settings.get('staircaseLabels')).toEqual(['A', 'B', 'C', 'D', 'E']);
  });
});

describe('missedSearches.record (searches that found nothing, kept apart from settings)', () => {
  it('adds to an empty log without changing what a fresh database starts from', async () => {
    const { missedSearches } = freshRepositories();
    await missedSearches.record('semikolon', 'sv', 1);
    expect(await missedSearches.list()).toEqual([missed('semikolon')]);
    expect(await freshRepositories().missedSearches.list()).toEqual([]);
  });

  it('keeps both of two missed searches recorded at the same moment', async () => {
    const { missedSearches } = freshRepositories();
    await Promise.all([
      missedSearches.record('semikolon', 'sv', 1),
      missedSearches.record('källkritik', 'sv', 1),
    ]);
    const list = await missedSearches.list();
    expect(list.map((entry) => entry.query).sort()).toEqual(['källkritik', 'semikolon']);
  });

  it('keeps both when two pages record a search at once', async () => {
    const name = uniqueDatabaseName();
    const panel = openRepositories(name);
    const dashboard = openRepositories(name);
    await panel.missedSearches.record('tes', 'sv', 1);
    await Promise.all([
      panel.missedSearches.record('semikolon', 'sv', 2),
      dashboard.missedSearches.record('källkritik', 'sv', 2),
    ]);
    const list = await openRepositories(name).missedSearches.list();
    expect(list.map((entry) => entry.query).sort()).toEqual(['källkritik', 'semikolon', 'tes']);
  });

  it('is stored under its old key in the settings table, so backups stay as they were', async () => {
    const name = uniqueDatabaseName();
    await openRepositories(name).missedSearches.record('tes', 'sv', 1);
    const db = new FeedforwardDatabase(name);
    expect(await db.settings.get('bankMissedSearches')).toEqual({
      key: 'bankMissedSearches',
      value: [missed('tes')],
    });
    db.close();
  });
});

describe('handoffs.takePendingFocus (a clicked reminder is shown once)', () => {
  const focus = { documentKey: 'gdoc:essay', itemId: 'item-1' };

  it('gives the focus to the panel of its document once, and clears it', async () => {
    const { handoffs } = freshRepositories();
    await handoffs.setPendingFocus(focus);
    expect(await handoffs.takePendingFocus('gdoc:essay')).toEqual(focus);
    expect(await handoffs.pendingFocus()).toBeNull();
    expect(await handoffs.takePendingFocus('gdoc:essay')).toBeNull();
  });

  it('leaves it for its own document when another document’s panel asks', async () => {
    const { handoffs } = freshRepositories();
    await handoffs.setPendingFocus(focus);
    expect(await handoffs.takePendingFocus('gdoc:other')).toBeNull();
    expect(await handoffs.pendingFocus()).toEqual(focus);
  });
});
