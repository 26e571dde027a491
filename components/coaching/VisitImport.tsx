import { useId, useRef, useState } from 'preact/hooks';
import {
  importedVisit,
  parseVisitFile,
  type VisitFileRefusal,
} from '../../utils/coaching/visit-file';
import { useI18n } from '../../utils/i18n/context';
import { formatBytes, formatDateTime } from '../../utils/i18n/index';
import type { VisitFile } from '../../utils/model/visit-file';
import { useAppServices } from '../../utils/panel/services/context';
import { clearFilePicker, JsonFilePicker } from '../ui/JsonFilePicker';

/** Where the import stands: nothing picked, refused, a preview waiting for "import", or done. */
type ImportState =
  | { kind: 'idle' }
  | { kind: 'refused'; error: VisitFileRefusal }
  | { kind: 'preview'; file: VisitFile; replaces: boolean }
  | { kind: 'done'; visitId: string };

/**
 * The visited colleague's side of the hand-over: pick the coach's file, see
 * what it holds, then import it. A file that cannot be used is refused with
 * the reason and changes nothing.
 */
export function VisitImport(props: { onImported(visitId: string): void }) {
  const { t, plural, locale } = useI18n();
  const { repos } = useAppServices();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [failure, setFailure] = useState<string | null>(null);

  const refusal = (error: VisitFileRefusal) =>
    error.key === 'visitImportTooLarge' && error.params
      ? t(error.key, {
          size: formatBytes(Number(error.params.size), locale),
          max: formatBytes(Number(error.params.max), locale),
        })
      : t(error.key, error.params);

  const read = async (file: File) => {
    setFailure(null);
    const parsed = parseVisitFile(await file.text(), file.size);
    if (!parsed.ok) {
      setState({ kind: 'refused', error: parsed.error });
      return;
    }
    const replaces = (await repos.visits.get(parsed.file.visit.id)) !== undefined;
    setState({ kind: 'preview', file: parsed.file, replaces });
  };

  const apply = async (file: VisitFile) => {
    try {
      await repos.visits.receive(importedVisit(file, Date.now()));
      setState({ kind: 'done', visitId: file.visit.id });
      clearFilePicker(input.current);
    } catch (error) {
      setFailure(t('visitImportFailed', { reason: String(error) }));
    }
  };

  return (
    <section class="visit-import" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('visitImportHeading')}</h3>
      <JsonFilePicker
        label={t('visitImportPick')}
        inputRef={input}
        onFile={(file) => void read(file)}
        onCleared={() => setState({ kind: 'idle' })}
      />
      {state.kind === 'refused' && (
        <p class="warning" role="alert">
          {refusal(state.error)}
        </p>
      )}
      {state.kind === 'preview' && (
        <div class="import-preview">
          <p class="status" role="status">
            {t('visitImportPreview', {
              number: state.file.visit.meetingNumber,
              school: state.file.visit.school,
              date: formatDateTime(state.file.visit.at, locale),
              visited: state.file.visit.visitedColleague,
              coach: state.file.visit.coach,
              notes: plural('visitNotesCount', (state.file.visit.observations ?? []).length),
            })}
          </p>
          {state.replaces && <p class="warning">{t('visitImportReplaces')}</p>}
          <div class="actions">
            <button type="button" onClick={() => void apply(state.file)}>
              {t('visitImportConfirm')}
            </button>
            <button
              type="button"
              onClick={() => {
                setState({ kind: 'idle' });
                clearFilePicker(input.current, true);
              }}
            >
              {t('actionCancel')}
            </button>
          </div>
        </div>
      )}
      {state.kind === 'done' && (
        <p class="status" role="status">
          {t('visitImportDone')}{' '}
          <button type="button" class="link" onClick={() => props.onImported(state.visitId)}>
            {t('visitOpen')}
          </button>
        </p>
      )}
      {failure && (
        <p class="warning" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}
