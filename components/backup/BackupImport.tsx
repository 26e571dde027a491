import { useId, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import { formatCount, formatDate, type MessageKey } from '../../utils/i18n/index';
import { TABLE_LABELS } from '../../utils/i18n/table-labels';
import { TABLE_NAMES } from '../../utils/model/tables';
import { readBackupFile } from '../../utils/panel/services/backup-files';
import { useAppServices } from '../../utils/panel/services/context';
import type {
  Backup,
  BackupError,
  BackupPreview,
  RestoreMode,
} from '../../utils/panel/services/types';
import { clearFilePicker, JsonFilePicker } from '../ui/JsonFilePicker';
import { backupErrorText } from './backup-labels';

/** Where a restore stands. */
/** How far a long check or restore got: records done, of how many. */
interface Progress {
  done: number;
  total: number;
}

type RestoreState =
  | { kind: 'idle' }
  | { kind: 'reading'; progress?: Progress }
  | { kind: 'refused'; error: BackupError }
  | {
      kind: 'preview';
      backup: Backup;
      preview: BackupPreview;
      restoring: boolean;
      progress?: Progress;
      failure?: string;
    }
  | { kind: 'done' };

/**
 * Restoring a backup file: the file is checked in full first (a file that
 * is not ours or is damaged is refused with the reason and changes
 * nothing), then a preview shows what it holds and what differs here, and
 * the teacher picks merge or replace before anything is written. Checking
 * and writing go a run of records at a time, with a count, so a large file
 * never leaves the page unable to answer.
 */
export function BackupImport() {
  const { t, plural, locale } = useI18n();
  const { repos } = useAppServices();
  const id = useId();
  const [state, setState] = useState<RestoreState>({ kind: 'idle' });
  const [mode, setMode] = useState<RestoreMode>('merge');
  const fileInput = useRef<HTMLInputElement>(null);

  const readFile = async (file: File) => {
    setState({ kind: 'reading' });
    const read = await readBackupFile(repos, file, (done, total) =>
      setState({ kind: 'reading', progress: { done, total } }),
    );
    setState(
      read.ok
        ? { kind: 'preview', backup: read.backup, preview: read.preview, restoring: false }
        : { kind: 'refused', error: read.error },
    );
  };

  const restore = async (backup: Backup, preview: BackupPreview) => {
    setState({ kind: 'preview', backup, preview, restoring: true });
    try {
      await repos.backup.restore(backup, mode, (done, total) =>
        setState({ kind: 'preview', backup, preview, restoring: true, progress: { done, total } }),
      );
      setState({ kind: 'done' });
      clearFilePicker(fileInput.current);
    } catch (error) {
      setState({ kind: 'preview', backup, preview, restoring: false, failure: String(error) });
    }
  };

  /** The status line of a long step, with its count once there is one. */
  const progressText = (progress: Progress | undefined, plain: MessageKey, counted: MessageKey) =>
    progress ? t(counted, { done: progress.done, total: progress.total }) : t(plain);

  const cancel = () => {
    setState({ kind: 'idle' });
    clearFilePicker(fileInput.current, true);
  };

  return (
    <div class="backup-import">
      <JsonFilePicker
        label={t('backupImportLabel')}
        inputRef={fileInput}
        onFile={(file) => void readFile(file)}
        onCleared={() => setState({ kind: 'idle' })}
      />
      {state.kind === 'reading' && (
        <p class="status" role="status">
          {progressText(state.progress, 'backupReading', 'backupReadingProgress')}
        </p>
      )}
      {state.kind === 'refused' && (
        <p class="warning" role="alert">
          {backupErrorText(state.error, t, locale)}
        </p>
      )}
      {state.kind === 'preview' && (
        <div class="import-preview">
          <h3>{t('backupPreviewHeading')}</h3>
          <p>
            {t('backupPreviewIntro', {
              date: formatDate(Date.parse(state.backup.metadata.exportedAt), locale),
              version: state.backup.metadata.appVersion,
            })}
          </p>
          <table class="backup-preview">
            <thead>
              <tr>
                <th scope="col">{t('backupColumnKind')}</th>
                <th scope="col">{t('backupColumnInFile')}</th>
                <th scope="col">{t('backupColumnNew')}</th>
                <th scope="col">{t('backupColumnConflicts')}</th>
              </tr>
            </thead>
            <tbody>
              {TABLE_NAMES.map((table) => {
                const counts = state.preview.comparison[table];
                return (
                  <tr key={table} data-table={table}>
                    <th scope="row">{t(TABLE_LABELS[table])}</th>
                    <td>{formatCount(counts.total, locale)}</td>
                    <td>{formatCount(counts.added, locale)}</td>
                    <td>{formatCount(counts.conflicts, locale)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <fieldset>
            <legend>{t('backupModeLabel')}</legend>
            {(['merge', 'replace'] as const).map((option) => (
              <div key={option} class="choice">
                <input
                  id={`${id}-${option}`}
                  type="radio"
                  name={`${id}-mode`}
                  checked={mode === option}
                  onChange={() => setMode(option)}
                />{' '}
                <label for={`${id}-${option}`}>
                  {option === 'merge'
                    ? t('backupModeMerge')
                    : t('backupModeReplace', {
                        records: plural('backupRecordsCount', state.preview.recordsHere),
                      })}
                </label>
              </div>
            ))}
          </fieldset>
          {state.failure && (
            <p class="warning" role="alert">
              {t('backupRestoreFailed', { reason: state.failure })}
            </p>
          )}
          {state.restoring && (
            <p class="status" role="status">
              {progressText(state.progress, 'backupRestoring', 'backupRestoringProgress')}
            </p>
          )}
          <div class="actions">
            <button
              type="button"
              class="primary"
              disabled={state.restoring}
              onClick={() => void restore(state.backup, state.preview)}
            >
              {t('backupRestore')}
            </button>
            <button type="button" disabled={state.restoring} onClick={cancel}>
              {t('actionCancel')}
            </button>
          </div>
        </div>
      )}
      {state.kind === 'done' && (
        <p class="status" role="status">
          {t('backupRestored')}
        </p>
      )}
    </div>
  );
}
