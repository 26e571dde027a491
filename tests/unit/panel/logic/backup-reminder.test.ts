import { describe, expect, it } from 'vitest';
import { backupReminderDue } from '../../../../utils/panel/logic/backup-reminder';

const DAY = 86_400_000;
const NOW = 1_800_000_000_000;
const base = {
  now: NOW,
  lastBackupAt: NOW - 15 * DAY,
  dismissedAt: null,
  weeks: 2,
  earliestChangeAt: NOW - 100 * DAY,
  latestChangeAt: NOW - DAY,
};

describe('when the backup reminder shows', () => {
  it('shows when the last backup is older than the chosen weeks and there is work since', () => {
    expect(backupReminderDue(base)).toBe(true);
  });

  it('stays away while the last backup is recent enough', () => {
    expect(backupReminderDue({ ...base, lastBackupAt: NOW - 13 * DAY })).toBe(false);
    expect(backupReminderDue({ ...base, weeks: 4 })).toBe(false);
  });

  it('stays away when nothing changed since the last backup, however old it is', () => {
    expect(
      backupReminderDue({ ...base, lastBackupAt: NOW - 60 * DAY, latestChangeAt: NOW - 61 * DAY }),
    ).toBe(false);
    expect(backupReminderDue({ ...base, earliestChangeAt: null, latestChangeAt: null })).toBe(
      false,
    );
  });

  it('for a teacher who never backed up, counts the weeks from the first piece of work', () => {
    expect(backupReminderDue({ ...base, lastBackupAt: null })).toBe(true);
    expect(
      backupReminderDue({ ...base, lastBackupAt: null, earliestChangeAt: NOW - 3 * DAY }),
    ).toBe(false);
  });

  it('"Not now" quiets it for the same number of weeks', () => {
    expect(backupReminderDue({ ...base, dismissedAt: NOW - DAY })).toBe(false);
    expect(backupReminderDue({ ...base, dismissedAt: NOW - 15 * DAY })).toBe(true);
  });

  it('never shows when reminders are turned off', () => {
    expect(backupReminderDue({ ...base, weeks: 0, lastBackupAt: null })).toBe(false);
  });
});
