import { APP_VERSION } from '../../app-version';
import { type Backup, type BackupError, backupFileName } from '../../db/backup/format';
import { parseBackup } from '../../db/backup/parse';
import type { BackupPreview } from '../../db/backup/repository';
import type { Repositories } from '../../db/index';
import { MAX_BACKUP_BYTES } from '../../model/backup-file';
import { downloadBlob } from '../adapters/download';

/**
 * Exports everything with progress, offers the file for download and only
 * then records lastBackupAt, so a failed export never silences the backup
 * reminder. Returns the file's name, for the status line.
 */
export async function saveBackupFile(
  repos: Pick<Repositories, 'backup' | 'settings'>,
  options: { now: Date; onProgress(done: number, total: number): void },
): Promise<string> {
  const blob = await repos.backup.export({
    appVersion: APP_VERSION,
    now: options.now,
    onProgress: options.onProgress,
  });
  const file = backupFileName(options.now);
  downloadBlob(file, blob);
  await repos.settings.set('lastBackupAt', options.now.getTime());
  return file;
}

/** A picked backup file: refused with the reason, or checked with what restoring it would change. */
export type ReadBackupResult =
  | { ok: false; error: BackupError }
  | { ok: true; backup: Backup; preview: BackupPreview };

/** Why something failed, in the words the browser gave. */
function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}

/**
 * Checks a picked backup file in full against this database (a file that is
 * not ours or is damaged is refused, and nothing is written), then previews
 * what it holds and what differs here, for the teacher to confirm. A file
 * too large is refused by its size before a byte is read, and whatever goes
 * wrong on the way — the browser cannot read the file, something in it
 * trips the check — ends in a refusal with the reason, never in a page left
 * waiting.
 */
export async function readBackupFile(
  repos: Pick<Repositories, 'backup'>,
  file: { text(): Promise<string>; size: number },
  onProgress?: (checked: number, total: number) => void,
): Promise<ReadBackupResult> {
  if (file.size > MAX_BACKUP_BYTES) {
    return refused('backupTooLarge', { size: file.size, max: MAX_BACKUP_BYTES });
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return refused('backupUnreadable', { reason: reasonOf(error) });
  }
  try {
    const parsed = await parseBackup(text, file.size, repos.backup.databaseName, onProgress);
    if (!parsed.ok) return parsed;
    return { ok: true, backup: parsed.value, preview: await repos.backup.preview(parsed.value) };
  } catch (error) {
    return refused('backupCheckFailed', { reason: reasonOf(error) });
  }
}

function refused(key: BackupError['key'], params: BackupError['params']): ReadBackupResult {
  return { ok: false, error: { key, params } };
}
