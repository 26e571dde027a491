import { useCallback, useState } from 'preact/hooks';
import { saveBackupFile } from '../../utils/panel/services/backup-files';
import { useAppServices } from '../../utils/panel/services/context';

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
 * The export's progress and outcome for the page to show; the saving
 * itself (and when the backup counts as made) is the service's.
 */
export function useBackupExport(now: () => number = Date.now): BackupExport {
  const { repos } = useAppServices();
  const [state, setState] = useState<BackupExportState>({ kind: 'idle' });
  const run = useCallback(async () => {
    setState({ kind: 'running', done: 0, total: 0 });
    try {
      const file = await saveBackupFile(repos, {
        now: new Date(now()),
        onProgress: (done, total) => setState({ kind: 'running', done, total }),
      });
      setState({ kind: 'done', file });
    } catch (error) {
      setState({ kind: 'failed', reason: String(error) });
    }
  }, [repos, now]);
  return { state, run };
}
