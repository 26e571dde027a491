import { useId, useRef, useState } from 'preact/hooks';
import {
  buildTemplateFile,
  type ImportError,
  type ImportPlan,
  parseTemplateFile,
  planImport,
  templateFileName,
} from '../../utils/feedback/bank-transfer';
import { useI18n } from '../../utils/i18n/context';
import { formatBytes, type MessageKey, type MessageParams } from '../../utils/i18n/index';
import { downloadTextFile } from '../../utils/panel/adapters/download';
import { useAppServices } from '../../utils/panel/services/context';
import { clearFilePicker, JsonFilePicker } from '../ui/JsonFilePicker';

/** A message kept as its key, so it follows a change of interface language. */
interface Message {
  key: MessageKey;
  params?: MessageParams;
}

/** Where the import stands: nothing chosen, a checked file waiting for "add", or done. */
type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'refused'; message: Message }
  | { kind: 'preview'; plan: ImportPlan; applying: boolean; failure?: Message }
  | { kind: 'done'; message: Message };

/** Size parameters of a refusal are byte counts; everything else is shown as it is. */
const BYTE_PARAMS = new Set(['size', 'max']);

/**
 * Sharing with colleagues: export the teacher's own templates (every
 * language) and, if ticked, assignments with their success criteria as one
 * JSON file; import a colleague's file after a preview of what it adds. A
 * file that cannot be used is refused with the reason and changes nothing.
 */
export function BankShare() {
  const { t, plural, locale } = useI18n();
  const { repos } = useAppServices();
  const id = useId();
  const [withAssignments, setWithAssignments] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<(Message & { failed: boolean }) | null>(null);
  const [importState, setImportState] = useState<ImportState>({ kind: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);

  /** A refusal's text; sizes of importTooLarge are formatted for the interface language. */
  const refusal = (error: ImportError) => {
    if (error.key !== 'importTooLarge' || !error.params) return t(error.key, error.params);
    const params = Object.fromEntries(
      Object.entries(error.params).map(([name, value]) => [
        name,
        BYTE_PARAMS.has(name) && typeof value === 'number' ? formatBytes(value, locale) : value,
      ]),
    );
    return t(error.key, params);
  };

  const exportFile = async () => {
    setExporting(true);
    setExported(null);
    try {
      const [templates, assignments] = await Promise.all([
        repos.templates.all(),
        withAssignments ? repos.assignments.all() : Promise.resolve([]),
      ]);
      const now = new Date();
      const file = buildTemplateFile({ templates, assignments, now });
      if (file.templates.length + file.assignments.length === 0) {
        setExported({ key: 'bankExportNothing', failed: false });
        return;
      }
      const name = templateFileName(now);
      downloadTextFile(name, `${JSON.stringify(file, null, 2)}\n`);
      setExported({
        key: 'bankExported',
        params: {
          file: name,
          templates: plural('bankTemplatesCount', file.templates.length),
          assignments: plural('bankAssignmentsCount', file.assignments.length),
        },
        failed: false,
      });
    } catch (error) {
      setExported({ key: 'contextSaveFailed', params: { reason: String(error) }, failed: true });
    } finally {
      setExporting(false);
    }
  };

  const readFile = async (file: File) => {
    setImportState({ kind: 'busy' });
    try {
      const parsed = parseTemplateFile(await file.text(), file.size);
      if (!parsed.ok) {
        setImportState({ kind: 'refused', message: parsed.error });
        return;
      }
      const [templates, assignments] = await Promise.all([
        repos.templates.all(),
        repos.assignments.all(),
      ]);
      const plan = planImport(parsed.file, { templates, assignments });
      setImportState({ kind: 'preview', plan, applying: false });
    } catch (error) {
      setImportState({
        kind: 'refused',
        message: { key: 'bankImportFailed', params: { reason: String(error) } },
      });
    }
  };

  const apply = async (plan: ImportPlan) => {
    setImportState({ kind: 'preview', plan, applying: true });
    try {
      const result = await repos.bankImport.apply(plan, Date.now());
      setImportState({
        kind: 'done',
        message: {
          key: 'bankImported',
          params: {
            templates: plural('bankTemplatesCount', result.templates),
            assignments: plural('bankAssignmentsCount', result.assignments),
          },
        },
      });
      clearFilePicker(fileInput.current);
    } catch (error) {
      setImportState({
        kind: 'preview',
        plan,
        applying: false,
        failure: { key: 'bankImportFailed', params: { reason: String(error) } },
      });
    }
  };

  const cancelImport = () => {
    setImportState({ kind: 'idle' });
    clearFilePicker(fileInput.current, true);
  };

  return (
    <section class="bank-share" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('bankShareHeading')}</h2>
      <p class="hint">{t('bankShareHint')}</p>
      <div class="actions">
        <span>
          <input
            id={`${id}-assignments`}
            type="checkbox"
            checked={withAssignments}
            onChange={(event) => setWithAssignments(event.currentTarget.checked)}
          />{' '}
          <label for={`${id}-assignments`}>{t('bankExportWithAssignments')}</label>
        </span>
      </div>
      <div class="actions">
        <button type="button" disabled={exporting} onClick={() => void exportFile()}>
          {t('bankExport')}
        </button>
      </div>
      {exported && (
        <p
          class={exported.failed ? 'warning' : 'status'}
          role={exported.failed ? 'alert' : 'status'}
        >
          {t(exported.key, exported.params)}
        </p>
      )}

      <JsonFilePicker
        label={t('bankImport')}
        inputRef={fileInput}
        onFile={(file) => void readFile(file)}
        onCleared={() => setImportState({ kind: 'idle' })}
      />
      {importState.kind === 'refused' && (
        <p class="warning" role="alert">
          {refusal(importState.message)}
        </p>
      )}
      {importState.kind === 'preview' && (
        <div class="import-preview">
          <p class="status" role="status">
            {t('bankImportPreview', {
              templates: plural('bankNewTemplatesCount', importState.plan.templates.add.length),
              assignments: plural(
                'bankNewAssignmentsCount',
                importState.plan.assignments.add.length,
              ),
              duplicates:
                importState.plan.templates.duplicates + importState.plan.assignments.duplicates,
            })}
          </p>
          {importState.failure && (
            <p class="warning" role="alert">
              {t(importState.failure.key, importState.failure.params)}
            </p>
          )}
          <div class="actions">
            {importState.plan.templates.add.length + importState.plan.assignments.add.length >
              0 && (
              <button
                type="button"
                class="primary"
                disabled={importState.applying}
                onClick={() => void apply(importState.plan)}
              >
                {t('bankImportConfirm')}
              </button>
            )}
            <button type="button" onClick={cancelImport}>
              {t('actionCancel')}
            </button>
          </div>
        </div>
      )}
      {importState.kind === 'done' && (
        <p class="status" role="status">
          {t(importState.message.key, importState.message.params)}
        </p>
      )}
    </section>
  );
}
