/** A week in milliseconds. */
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** What the backup reminder decides from. */
export interface BackupReminderInput {
  now: number;
  /** When the last backup was saved or restored; null when never. */
  lastBackupAt: number | null;
  /** When the teacher last put the reminder aside; null when never. */
  dismissedAt: number | null;
  /** The teacher's interval; 0 means no reminders. */
  weeks: number;
  /** Oldest and newest change to feedback or activity (null when there is none). */
  earliestChangeAt: number | null;
  latestChangeAt: number | null;
}

/**
 * Whether to show the gentle "back up now" reminder: only when there is
 * work that no backup holds (a change after the last backup) and the
 * chosen number of weeks has passed since the last backup — or, for a
 * teacher who never made one, since their first piece of work. Putting the
 * reminder aside quiets it for the same number of weeks.
 */
export function backupReminderDue(input: BackupReminderInput): boolean {
  const { now, lastBackupAt, dismissedAt, weeks, earliestChangeAt, latestChangeAt } = input;
  if (weeks <= 0 || latestChangeAt === null) return false;
  if (lastBackupAt !== null && latestChangeAt <= lastBackupAt) return false;
  const since = Math.max(lastBackupAt ?? earliestChangeAt ?? now, dismissedAt ?? 0);
  return now - since >= weeks * WEEK_MS;
}
