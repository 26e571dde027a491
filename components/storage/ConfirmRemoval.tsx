import { useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import { formatBytes } from '../../utils/i18n/index';
import type { RemovalSummary } from '../../utils/panel/services/types';
import { RemovalSummaryList } from './RemovalSummaryList';

type Step =
  | { kind: 'idle' }
  | { kind: 'nothing' }
  | { kind: 'confirm'; summary: RemovalSummary }
  | { kind: 'done'; summary: RemovalSummary }
  | { kind: 'failed'; reason: string };

/** Whether a summary removes anything at all. */
function isEmpty(summary: RemovalSummary): boolean {
  return Object.values(summary.removed).every((count) => count === 0);
}

/**
 * Deleting in two steps: first what would go (records and bytes), then a
 * permanent delete the teacher confirms, then what went. Nothing is deleted
 * on the first click, so a misclick costs nothing.
 */
export function ConfirmRemoval(props: {
  startLabel: string;
  disabled?: boolean;
  preview(): Promise<RemovalSummary>;
  remove(): Promise<RemovalSummary>;
}) {
  const { t, locale } = useI18n();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const size = (summary: RemovalSummary) => formatBytes(summary.bytes, locale);
  const fail = (error: unknown) =>
    setStep({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });

  return (
    <div class="confirm-removal">
      {step.kind !== 'confirm' && (
        <button
          type="button"
          disabled={props.disabled}
          onClick={() =>
            props
              .preview()
              .then(
                (summary) =>
                  setStep(isEmpty(summary) ? { kind: 'nothing' } : { kind: 'confirm', summary }),
                fail,
              )
          }
        >
          {props.startLabel}
        </button>
      )}
      {step.kind === 'confirm' && (
        <div class="confirm">
          <p>{t('storageWouldRemove', { size: size(step.summary) })}</p>
          <RemovalSummaryList summary={step.summary} />
          <div class="actions">
            <button
              type="button"
              class="danger"
              onClick={() =>
                props.remove().then((summary) => setStep({ kind: 'done', summary }), fail)
              }
            >
              {t('storageConfirmDelete')}
            </button>
            <button type="button" onClick={() => setStep({ kind: 'idle' })}>
              {t('storageCancel')}
            </button>
          </div>
        </div>
      )}
      <div role="status" data-testid="removal-result">
        {step.kind === 'nothing' && <p>{t('storageRemovedNothing')}</p>}
        {step.kind === 'done' && (
          <>
            <p>{t('storageRemoved', { size: size(step.summary) })}</p>
            <RemovalSummaryList summary={step.summary} />
          </>
        )}
      </div>
      {step.kind === 'failed' && (
        <p role="alert">{t('storageDeleteFailed', { reason: step.reason })}</p>
      )}
    </div>
  );
}
