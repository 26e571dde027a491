import { afterEach, describe, expect, it } from 'vitest';
import { DashboardRoot } from '../../../../components/dashboard/DashboardRoot';
import { FeedforwardDatabase } from '../../../../utils/db/database';
import { type Repositories, TABLE_NAMES } from '../../../../utils/db/index';
import { en } from '../../../../utils/i18n/catalogs/en';
import { everyRecordAsText, seedSchool } from '../../db/school-data';
import {
  choose,
  click,
  createFakeReminders,
  createFakeStorage,
  eventually,
  type FakeStorage,
  freshRepositories,
  getButton,
  getByLabel,
  mount,
  queryByRole,
  textOf,
  type,
  unmountAll,
} from '../fakes';

afterEach(unmountAll);

/** The dashboard opened on its storage overview (`dashboard.html#storage`). */
async function openOverview(repos: Repositories, storage: FakeStorage = createFakeStorage()) {
  const root = await mount(
    <DashboardRoot
      repos={repos}
      storage={storage}
      reminders={createFakeReminders()}
      browserLanguages={['en']}
      hash="#storage"
    />,
  );
  const overview = await eventually(() => {
    const section = root.querySelector<HTMLElement>('#storage');
    if (!section?.querySelector('[data-testid="storage-tables"]')) throw new Error('not measured');
    return section;
  });
  return { root, overview };
}

/** The records column of one table's row in the overview. */
function recordsOf(overview: HTMLElement, table: string): string {
  return overview.querySelector(`[data-table="${table}"] td`)?.textContent ?? '';
}

describe('storage overview', () => {
  it('lists records per kind of data and the biggest documents and students', async () => {
    const { repos } = freshRepositories();
    await seedSchool(repos);
    const { overview } = await openOverview(repos);
    expect(recordsOf(overview, 'feedback')).toBe('6');
    expect(recordsOf(overview, 'students')).toBe('3');
    expect(overview.querySelectorAll('[data-testid="storage-tables"] tbody tr')).toHaveLength(
      TABLE_NAMES.length,
    );
    expect(textOf(overview)).toContain(en.tableFeedback);
    expect(textOf(overview)).toContain(en.storageLargestStudents);
    expect(textOf(overview)).toMatch(/Anna Berg: \d+(\.\d)? kB/);
  });

  it('updates the numbers when data changes elsewhere', async () => {
    const { repos } = freshRepositories();
    await seedSchool(repos);
    const { overview } = await openOverview(repos);
    await repos.students.create('Dana');
    await eventually(() => expect(recordsOf(overview, 'students')).toBe('4'));
  });

  it('says honestly that the data is not protected, and what the browser answers', async () => {
    const { repos } = freshRepositories();
    const storage = createFakeStorage();
    const { overview } = await openOverview(repos, storage);
    const state = () => overview.querySelector('[data-testid="storage-persistence"]')?.textContent;
    await eventually(() => expect(state()).toBe(en.storageNotPersisted));

    await click(getButton(overview, en.storagePersistButton));
    await eventually(() => expect(textOf(overview)).toContain(en.storagePersistRefused));
    expect(state()).toBe(en.storageNotPersisted);

    storage.grantPersistence = true;
    await click(getButton(overview, en.storagePersistButton));
    await eventually(() => expect(state()).toBe(en.storagePersisted));
    expect(storage.persist).toHaveBeenCalledTimes(2);
  });

  it('says the data is protected by the permission to store without limit, and asks nothing', async () => {
    const { repos } = freshRepositories();
    const storage = createFakeStorage();
    storage.unlimitedStorage = true;
    const { overview } = await openOverview(repos, storage);
    const state = () => overview.querySelector('[data-testid="storage-persistence"]')?.textContent;
    // Chrome still answers "not persisted" to an extension with the permission.
    await eventually(() => expect(state()).toBe(en.storageProtectedByPermission));
    expect(textOf(overview)).not.toContain(en.storagePersistButton);
  });

  it('says so when the browser has also marked the data persistent (Firefox, once asked)', async () => {
    const { repos } = freshRepositories();
    const storage = createFakeStorage();
    storage.unlimitedStorage = true;
    storage.persistence = true;
    const { overview } = await openOverview(repos, storage);
    const state = () => overview.querySelector('[data-testid="storage-persistence"]')?.textContent;
    await eventually(() => expect(state()).toBe(en.storageProtectedAndPersisted));
    expect(textOf(overview)).not.toContain(en.storagePersistButton);
  });

  it('deletes a school year after showing what it frees', async () => {
    const { repos } = freshRepositories();
    await seedSchool(repos);
    const { overview } = await openOverview(repos);
    await choose(getByLabel(overview, en.storageChooseSchoolYear), '2024/25');
    await click(getButton(overview, en.storagePreview));
    await eventually(() => expect(textOf(overview)).toMatch(/This would delete \d+(\.\d)? kB/));
    expect(textOf(overview)).toContain(`4 × ${en.tableFeedback}`);
    expect(await repos.feedback.count()).toBe(6);

    await click(getButton(overview, en.storageConfirmDelete));
    await eventually(() => expect(queryByRole(overview, 'status', 'Deleted')).toHaveLength(1));
    expect(await repos.feedback.count()).toBe(2);
    expect(await repos.groups.get('g7a')).toBeUndefined();
  });

  it('cancels a deletion without deleting anything', async () => {
    const { repos } = freshRepositories();
    await seedSchool(repos);
    const { overview } = await openOverview(repos);
    await choose(getByLabel(overview, en.storageCleanUpBy), 'group');
    await choose(getByLabel(overview, en.storageChooseGroup), 'g8b');
    await click(getButton(overview, en.storagePreview));
    await click(await eventually(() => getButton(overview, en.storageCancel)));
    expect(queryByRole(overview, 'status', 'Deleted')).toHaveLength(0);
    expect(await repos.groups.count()).toBe(2);
  });

  it('erases one student everywhere after confirmation, and says what was removed', async () => {
    const { repos } = freshRepositories();
    await seedSchool(repos);
    const { overview } = await openOverview(repos);
    await choose(getByLabel(overview, en.storageChooseStudent), 'anna');
    await click(getButton(overview, en.storageEraseStudentHeading));
    await eventually(() => getButton(overview, en.storageConfirmDelete));
    expect(await repos.students.get('anna')).toBeDefined();

    await click(getButton(overview, en.storageConfirmDelete));
    const result = await eventually(() => {
      const [status] = queryByRole(overview, 'status', 'Deleted');
      if (!status) throw new Error('no summary yet');
      return textOf(status);
    });
    expect(result).toContain(`1 × ${en.tableStudents}`);
    expect(result).toContain(`2 × ${en.tableFeedback}`);
    const left = await everyRecordAsText(repos);
    for (const table of TABLE_NAMES) expect(left[table]).not.toMatch(/anna/i);
    await eventually(() =>
      expect(
        getByLabel<HTMLSelectElement>(overview, en.storageChooseStudent).textContent,
      ).not.toContain('Anna'),
    );
  });

  it('keeps the summary readable after erasing the last student', async () => {
    const { repos } = freshRepositories();
    await repos.students.create('Only One');
    const { overview } = await openOverview(repos);
    await eventually(() => getByLabel(overview, en.storageChooseStudent));
    await click(getButton(overview, en.storageEraseStudentHeading));
    await click(await eventually(() => getButton(overview, en.storageConfirmDelete)));
    await eventually(() => expect(textOf(overview)).toContain(en.storageNoChoices));
    await eventually(() =>
      expect(queryByRole(overview, 'status', `1 × ${en.tableStudents}`)).toHaveLength(1),
    );
  });

  it('deletes all data after confirmation', async () => {
    const { repos } = freshRepositories();
    await seedSchool(repos);
    const { overview } = await openOverview(repos);
    await click(getButton(overview, en.storageEraseAllButton));
    await click(await eventually(() => getButton(overview, en.storageConfirmDelete)));
    await eventually(() => expect(queryByRole(overview, 'status', 'Deleted')).toHaveLength(1));
    expect(await repos.feedback.count()).toBe(0);
    expect(await repos.students.count()).toBe(0);
    await eventually(() => expect(recordsOf(overview, 'feedback')).toBe('0'));
  });
});

describe('storage warnings', () => {
  it('warn on the dashboard at 80 % and urge at 95 %, with the ways out', async () => {
    const { repos } = freshRepositories();
    const storage = createFakeStorage({ usage: 850, quota: 1000 });
    const { root } = await openOverview(repos, storage);
    const warning = await eventually(() => queryByRole(root, 'status', 'Storage is 85% full')[0]);
    const links = [...(warning?.querySelectorAll('a') ?? [])];
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      [en.storageExportBackup, '#backup'],
      [en.storageFreeSpace, '#storage'],
    ]);

    storage.value = { usage: 960, quota: 1000 };
    await repos.students.create('Dana');
    await eventually(() => expect(queryByRole(root, 'alert', 'almost full (96%)')).toHaveLength(1));
  });

  it('fall back to the usual thresholds when the stored ones are damaged', async () => {
    const { repos } = freshRepositories();
    const db = new FeedforwardDatabase(repos.backup.databaseName);
    await db.settings.put({ key: 'storageThresholds', value: { warn: 'high' } } as never);
    db.close();
    const storage = createFakeStorage({ usage: 850, quota: 1000 });
    const { root, overview } = await openOverview(repos, storage);
    await eventually(() =>
      expect(queryByRole(root, 'status', 'Storage is 85% full')).toHaveLength(1),
    );
    expect(getByLabel<HTMLInputElement>(overview, en.storageThresholdWarn).value).toBe('80');
  });

  it('follow the teacher’s own thresholds', async () => {
    const { repos } = freshRepositories();
    const storage = createFakeStorage({ usage: 600, quota: 1000 });
    const { root, overview } = await openOverview(repos, storage);
    expect(root.querySelector('[data-testid="storage-warning"]')).toBeNull();
    await type(getByLabel(overview, en.storageThresholdWarn), '50');
    await type(getByLabel(overview, en.storageThresholdCritical), '90');
    await click(getButton(overview, en.storageThresholdsSave));
    await eventually(() => expect(textOf(overview)).toContain(en.storageThresholdsSaved));
    expect(await repos.settings.get('storageThresholds')).toEqual({ warn: 0.5, critical: 0.9 });
    await repos.students.create('Dana');
    await eventually(() =>
      expect(root.querySelector('[data-testid="storage-warning"]')).not.toBeNull(),
    );
  });

  it('refuse thresholds in the wrong order', async () => {
    const { repos } = freshRepositories();
    const { overview } = await openOverview(repos);
    await type(getByLabel(overview, en.storageThresholdWarn), '90');
    await type(getByLabel(overview, en.storageThresholdCritical), '80');
    await click(getButton(overview, en.storageThresholdsSave));
    await eventually(() =>
      expect(queryByRole(overview, 'alert', en.storageThresholdsInvalid)).toHaveLength(1),
    );
    expect(await repos.settings.get('storageThresholds')).toEqual({ warn: 0.8, critical: 0.95 });
  });
});
