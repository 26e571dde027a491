import { useCallback, useState } from 'preact/hooks';
import { APP_VERSION } from '../../utils/app-version';
import { backupFileName } from '../../utils/db/backup/format';
import type { Repositories } from '../../utils/db/index';
import { downloadBlob } from '../../utils/panel/adapters/download';

/** Where a backup export stands, for the progress bar and the status line. */
export type BackupExportState =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; file: string }
  | { kind: 'failed'; reason: string };

/** The dashboard's backup export, shared by its backup section and its reminder. */
export interface BackupExport {
  state: BackupExportState;
  /** Exports everything, offers the file for download and notes the backup's time. */
  run(): Promise<void>;
}

/**
 * Runs the full export with progress, downloads the file and records
 * lastBackupAt only after the download was offered, so a failed export
 * never silences the reminder.
 */
export function useBackupExport(repos: Repositories, now: () => number = Date.now): BackupExport {
  const [state, setState] = useState<BackupExportState>({ kind: 'idle' });
  const run = useCallback(async () => {
    setState({ kind: 'running', done: 0, total: 0 });
    try {
      const at = new Date(now());
      const blob = await repos.backup.export({
        appVersion: APP_VERSION,
        now: at,
        onProgress: (done, total) => setState({ kind: 'running', done, total }),
      });
      const file = backupFileName(at);
      downloadBlob(file, blob);
      await repos.settings.set('lastBackupAt', at.getTime());
      setState({ kind: 'done', file });
    } catch (error) {
      setState({ kind: 'failed', reason: String(error) });
    }
  }, [repos, now]);
  return { state, run };
}
