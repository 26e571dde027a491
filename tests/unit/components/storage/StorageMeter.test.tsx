import { afterEach, describe, expect, it } from 'vitest';
import { StorageMeter } from '../../../../components/storage/StorageMeter';
import { en } from '../../../../utils/i18n/catalogs/en';
import { sv } from '../../../../utils/i18n/catalogs/sv';
import { createI18n, I18nContext } from '../../../../utils/i18n/context';
import {
  click,
  composerPart,
  createFakeStorage,
  eventually,
  getButton,
  mount,
  mountPanel,
  pressCtrlEnter,
  savedItems,
  settle,
  textOf,
  type,
  unmountAll,
} from '../fakes';

afterEach(unmountAll);

const usageText = (root: HTMLElement) =>
  root.querySelector('[data-testid="storage-usage"]')?.textContent ?? '';

describe('StorageMeter', () => {
  it('shows how much is used of what is available', async () => {
    const storage = createFakeStorage({ usage: 1_500_000, quota: 10_000_000_000 });
    const root = await mount(<StorageMeter probe={storage} revision={0} />);
    await eventually(() => expect(usageText(root)).toContain('1.5 MB'));
    expect(usageText(root)).toContain('10 GB');
    expect(textOf(root)).toContain(en.storageHeading);
    const meter = root.querySelector('meter');
    expect(meter?.getAttribute('value')).toBe('1500000');
    expect(meter?.getAttribute('max')).toBe('10000000000');
  });

  it('with unlimited storage, says how much room is left on the computer and warns by it', async () => {
    const storage = createFakeStorage({
      usage: 50_000_000,
      quota: 50_000_000 + 800_000_000,
      unlimited: true,
    });
    const root = await mount(
      <StorageMeter
        probe={storage}
        revision={0}
        warning={{
          thresholds: { warn: 0.8, critical: 0.95 },
          links: { backupHref: '#backup', overviewHref: '#storage' },
        }}
      />,
    );
    await eventually(() =>
      expect(usageText(root)).toBe('50 MB used; room for 800 MB more on this computer'),
    );
    const warning = root.querySelector('[data-testid="storage-warning"]');
    expect(warning?.getAttribute('role')).toBe('status');
    expect(warning?.textContent).toContain('Only 800 MB of room left on this computer.');
  });

  it('formats the sizes for the interface language', async () => {
    const storage = createFakeStorage({ usage: 1_500_000, quota: 10_000_000_000 });
    const root = await mount(
      <I18nContext.Provider value={createI18n('sv')}>
        <StorageMeter probe={storage} revision={0} />
      </I18nContext.Provider>,
    );
    await eventually(() => expect(usageText(root)).toMatch(/^1,5\sMB av 10\sGB används/));
    expect(textOf(root)).toContain(sv.storageHeading);
  });

  it('says so when the browser does not report storage', async () => {
    const root = await mount(<StorageMeter probe={createFakeStorage(null)} revision={0} />);
    await eventually(() => expect(textOf(root)).toContain(en.storageUnavailable));
    expect(root.querySelector('meter')).toBeNull();
  });

  it('treats a failing estimate like an unreported one', async () => {
    const storage = createFakeStorage();
    storage.estimate.mockRejectedValue(new Error('SecurityError'));
    const root = await mount(<StorageMeter probe={storage} revision={0} />);
    await eventually(() => expect(textOf(root)).toContain(en.storageUnavailable));
  });

  it('measures again after a save, but not while the teacher types', async () => {
    const storage = createFakeStorage({ usage: 1_500_000, quota: 10_000_000_000 });
    const { root, repos } = await mountPanel({ storage });
    await eventually(() => expect(usageText(root)).toContain('1.5 MB'));
    await settle(50);
    const measuredAtStart = storage.estimate.mock.calls.length;
    expect(measuredAtStart).toBeGreaterThanOrEqual(1);

    const textarea = composerPart(root, 'feedBack').text;
    for (const text of ['G', 'Go', 'Goo', 'Good', 'Good work.']) await type(textarea, text);
    await settle(50);
    expect(storage.estimate).toHaveBeenCalledTimes(measuredAtStart);

    storage.value = { usage: 2_500_000, quota: 10_000_000_000 };
    await click(getButton(root, en.composerSave));
    await eventually(async () => expect(await savedItems(repos)).toHaveLength(1));
    await eventually(() => expect(usageText(root)).toContain('2.5 MB'));
    expect(storage.estimate.mock.calls.length).toBeGreaterThan(measuredAtStart);

    const afterFirstSave = storage.estimate.mock.calls.length;
    await type(textarea, 'More.');
    await pressCtrlEnter(textarea);
    await eventually(async () => expect(await savedItems(repos)).toHaveLength(2));
    await eventually(() =>
      expect(storage.estimate.mock.calls.length).toBeGreaterThan(afterFirstSave),
    );
  });
});
