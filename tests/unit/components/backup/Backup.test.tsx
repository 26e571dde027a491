import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashboardRoot } from '../../../../components/dashboard/DashboardRoot';
import type { Repositories } from '../../../../utils/db/index';
import { en } from '../../../../utils/i18n/catalogs/en';
import { schoolYearOf } from '../../../../utils/model/school-year';
import {
  click,
  createFakeReminders,
  createFakeStorage,
  DASHBOARD_URL,
  eventually,
  freshRepositories,
  getButton,
  interceptDownloads,
  jsonFile,
  mount,
  mountPanel,
  pickFileIn,
  queryButtons,
  queryByRole,
  textOf,
  unmountAll,
} from '../fakes';

afterEach(async () => {
  await unmountAll();
  vi.restoreAllMocks();
});

const DAY = 86_400_000;

/** A teacher who last backed up a month ago and has logged work since. */
async function overdue(repos: Repositories, now = Date.now()) {
  await repos.settings.set('lastBackupAt', now - 30 * DAY);
  await repos.activity.put({
    id: 'act1',
    at: now - DAY,
    kind: 'self',
    schoolYear: schoolYearOf(now - DAY),
  });
  await repos.groups.put({
    id: 'g1',
    name: '9A',
    createdAt: now - 40 * DAY,
    updatedAt: now - 40 * DAY,
  });
}

function mountDashboard(repos: Repositories, now = Date.now) {
  return mount(
    <DashboardRoot
      repos={repos}
      storage={createFakeStorage()}
      reminders={createFakeReminders()}
      browserLanguages={['en-GB']}
      now={now}
    />,
  );
}

const reminder = (root: HTMLElement) => root.querySelector<HTMLElement>('.backup-reminder');

/** Waits for the reminder to appear. */
function shownReminder(root: HTMLElement): Promise<HTMLElement> {
  return eventually(() => {
    const found = reminder(root);
    if (!found) throw new Error('no reminder');
    return found;
  });
}

describe('the backup reminder in the panel', () => {
  it('links to the dashboard’s backup section and can be put aside', async () => {
    const { repos } = freshRepositories();
    await overdue(repos);
    const { root } = await mountPanel({ repos });
    const note = await shownReminder(root);
    expect(textOf(note)).toContain(en.backupReminderText);
    const link = [...note.querySelectorAll('a')].find((a) => textOf(a) === en.backupReminderAction);
    expect(link?.getAttribute('href')).toBe(`${DASHBOARD_URL}#backup`);
    await click(getButton(note, en.backupReminderDismiss));
    await eventually(() => expect(reminder(root)).toBeNull());
    expect(await repos.settings.get('backupReminderDismissedAt')).toBeGreaterThan(Date.now() - DAY);
  });

  it('does not show when the last backup holds everything', async () => {
    const { repos } = freshRepositories();
    const at = Date.now() - 40 * DAY;
    await repos.activity.put({ id: 'act1', at, kind: 'self', schoolYear: schoolYearOf(at) });
    await repos.settings.set('lastBackupAt', Date.now() - 30 * DAY);
    const { root } = await mountPanel({ repos });
    await eventually(() => expect(root.querySelector('footer')).not.toBeNull());
    expect(reminder(root)).toBeNull();
  });
});

describe('backup on the dashboard', () => {
  it('“Back up now” downloads a dated backup, notes the time and the reminder goes', async () => {
    const { repos } = freshRepositories();
    await overdue(repos);
    const downloads = interceptDownloads();
    const root = await mountDashboard(repos);
    const note = await shownReminder(root);
    expect(root.querySelector('section#backup')).not.toBeNull();
    await click(getButton(note, en.backupReminderAction));
    await eventually(() => expect(downloads.names).toHaveLength(1));
    expect(downloads.names[0]).toMatch(/^feedforward-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await (downloads.blobs[0] as Blob).text());
    expect(file.feedforward.format).toBe('feedforward-backup');
    await eventually(() => expect(reminder(root)).toBeNull());
    expect(await repos.settings.get('lastBackupAt')).toBeGreaterThan(Date.now() - DAY);
    await eventually(() => expect(queryByRole(root, 'status', 'Backup saved as')).toHaveLength(1));
  });

  it('refuses a broken file with the reason and changes nothing', async () => {
    const { repos } = freshRepositories();
    await overdue(repos);
    const root = await mountDashboard(repos);
    await eventually(() => expect(root.querySelector('section#backup')).not.toBeNull());
    await pickFileIn(root, en.backupImportLabel, jsonFile('{"formatName":"dexie", "data": '));
    await eventually(() =>
      expect(queryByRole(root, 'alert')[0]?.textContent).toBe(en.backupNotJson),
    );
    expect(queryButtons(root, en.backupRestore)).toHaveLength(0);
    expect(await repos.groups.all()).toHaveLength(1);
  });

  it('previews a backup with its counts and conflicts, then replaces everything with it', async () => {
    const { repos } = freshRepositories();
    await overdue(repos);
    const downloads = interceptDownloads();
    const root = await mountDashboard(repos);
    await eventually(() => expect(root.querySelector('section#backup')).not.toBeNull());
    await click(getButton(root, en.backupExport));
    await eventually(() => expect(downloads.blobs).toHaveLength(1));
    const backup = await (downloads.blobs[0] as Blob).text();

    await repos.groups.put({ id: 'g1', name: 'Renamed', createdAt: 0, updatedAt: Date.now() });
    await repos.groups.put({ id: 'g2', name: '9B', createdAt: 0, updatedAt: 0 });
    await pickFileIn(root, en.backupImportLabel, jsonFile(backup));
    const groupsRow = await eventually(() => {
      const row = root.querySelector<HTMLElement>('.backup-preview tr[data-table="groups"]');
      if (!row) throw new Error('no preview');
      return row;
    });
    expect([...groupsRow.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      '1',
      '0',
      '1',
    ]);
    expect(textOf(root)).toContain('Replace: delete everything here (');
    const [, replace] = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    await click(replace as HTMLInputElement);
    await click(getButton(root, en.backupRestore));
    await eventually(() => expect(queryByRole(root, 'status', en.backupRestored)).toHaveLength(1));
    expect((await repos.groups.all()).map((group) => group.name)).toEqual(['9A']);
  });
});
