import { useId, useState } from 'preact/hooks';
import { newLocalId } from '../../utils/coaching/ids';
import { useI18n } from '../../utils/i18n/context';
import { formatCount } from '../../utils/i18n/index';
import type { VisitRecord } from '../../utils/model/records';
import type { TallyRow } from '../../utils/model/visit';
import type { useVisitUpdate } from './use-visit-update';

/** One more or one fewer on a row, never below zero, on the stored rows. */
function adjust(rows: readonly TallyRow[], rowId: string, step: number): TallyRow[] {
  return rows.map((row) =>
    row.id === rowId ? { ...row, count: Math.max(0, row.count + step) } : row,
  );
}

/**
 * A tally table for when counting was the agreed method (who is spoken to,
 * who answers): rows the coach names, each with large − and + buttons that
 * work with one thumb on a tablet. Every tap changes the stored row, so
 * quick taps all count.
 */
export function TallyTable(props: {
  visit: VisitRecord;
  update: ReturnType<typeof useVisitUpdate>['update'];
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [label, setLabel] = useState('');
  const rows = props.visit.tally ?? [];
  const change = (rowId: string, step: number) =>
    void props.update((stored) => ({ tally: adjust(stored.tally ?? [], rowId, step) }));
  return (
    <section class="tally" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t('tallyHeading')}</h4>
      {rows.length === 0 && <p class="hint">{t('tallyNone')}</p>}
      <ul class="tally-rows">
        {rows.map((row) => (
          <li key={row.id} class="tally-row">
            <span class="tally-label">{row.label}</span>
            <button
              type="button"
              class="tally-button"
              aria-label={t('tallyMinus', { label: row.label })}
              disabled={row.count === 0}
              onClick={() => change(row.id, -1)}
            >
              −
            </button>
            <output class="tally-count" aria-live="polite" aria-label={row.label}>
              {formatCount(row.count, locale)}
            </output>
            <button
              type="button"
              class="tally-button"
              aria-label={t('tallyPlus', { label: row.label })}
              onClick={() => change(row.id, 1)}
            >
              +
            </button>
            <button
              type="button"
              class="tally-remove"
              aria-label={t('tallyRemoveRow', { label: row.label })}
              onClick={() =>
                void props.update((stored) => ({
                  tally: (stored.tally ?? []).filter((candidate) => candidate.id !== row.id),
                }))
              }
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        class="actions"
        onSubmit={(event) => {
          event.preventDefault();
          const name = label.trim();
          if (!name) return;
          const row: TallyRow = { id: newLocalId(), label: name, count: 0 };
          void props.update((stored) => ({ tally: [...(stored.tally ?? []), row] }));
          setLabel('');
        }}
      >
        <div class="field">
          <label for={`${id}-label`}>{t('tallyRowLabel')}</label>
          <input
            id={`${id}-label`}
            type="text"
            value={label}
            onInput={(event) => setLabel(event.currentTarget.value)}
          />
        </div>
        <button type="submit">{t('tallyAddRow')}</button>
      </form>
    </section>
  );
}
