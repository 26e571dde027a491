import type { MessageKey } from '../../i18n/index';
import type { BackupMetadata } from '../../model/backup-file';
import type { RecordsByTable } from '../../model/tables';
import { toDateInput } from '../../text/date-input';

/**
 * What reading a backup file gives the dashboard. The file itself — the
 * Dexie export with our marker, and the schema of every part of it — is
 * declared in utils/model/backup-file.ts.
 */

/** A fully checked backup, records already in the current schema. */
export interface Backup {
  metadata: BackupMetadata;
  tables: RecordsByTable;
}

/** Why a file was refused, as a message key (and its values) the interface translates. */
export interface BackupError {
  key: MessageKey;
  /** `table` is a table name (show its label); `size`/`max` of backupTooLarge are bytes. */
  params?: Record<string, string | number>;
}

/** Either a checked backup or the first reason to refuse the file. */
export type BackupResult<T> = { ok: true; value: T } | { ok: false; error: BackupError };

/** The name of a downloaded backup: the date makes several backups sort and tell apart. */
export function backupFileName(now: Date): string {
  return `feedforward-backup-${toDateInput(now.getTime())}.json`;
}
