import { useId } from 'preact/hooks';
import { type ChecklistTick, GUIDANCE_ROWS, type GuidanceKey } from '../../utils/feedback/guidance';
import type { Finding } from '../../utils/feedback/rules';
import { useI18n } from '../../utils/i18n/context';
import { fromDateInput, toDateInput } from '../../utils/text/date-input';

/**
 * The golden rules beside the composer: the ones only the teacher can judge
 * as ticks, the ones the review checks shown as met or not met, and the
 * follow-up date that creates a reminder. All of it is stored with the item.
 */
export function GoldenChecklist(props: {
  findings: Finding[];
  dismissed: readonly string[];
  checklist: Record<string, boolean>;
  onTick(key: ChecklistTick, ticked: boolean): void;
  followUpAt: number | undefined;
  onFollowUp(at: number | undefined): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const open = (key: GuidanceKey) =>
    props.findings.some(
      (finding) => finding.guidance === key && !props.dismissed.includes(finding.rule),
    );

  return (
    <section class="checklist" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('checklistHeading')}</h2>
      <ul>
        {GUIDANCE_ROWS.map((row) => (
          <li key={row.key} class="checklist-row">
            <p class="checklist-title">
              <strong>{t(row.title)}</strong>
              {row.ticks.length === 0 && (
                <span class={`checklist-auto ${open(row.key) ? 'not-met' : 'met'}`}>
                  <span aria-hidden="true">{open(row.key) ? ' ○ ' : ' ✓ '}</span>
                  {open(row.key) ? t('checklistNotMet') : t('checklistMet')}
                </span>
              )}
            </p>
            {row.hint && <p class="hint">{t(row.hint)}</p>}
            {row.ticks.map((tick) => (
              <label key={tick.key} class="tick">
                <input
                  type="checkbox"
                  checked={props.checklist[tick.key] === true}
                  onChange={(event) => props.onTick(tick.key, event.currentTarget.checked)}
                />
                {t(tick.label)}
              </label>
            ))}
            {row.followUp && (
              <div class="field">
                <label for={`${id}-follow-up`}>{t('checklistFollowUpDate')}</label>
                <input
                  id={`${id}-follow-up`}
                  type="date"
                  value={toDateInput(props.followUpAt)}
                  aria-describedby={`${id}-follow-up-hint`}
                  onChange={(event) => props.onFollowUp(fromDateInput(event.currentTarget.value))}
                />
                <p id={`${id}-follow-up-hint`} class="hint">
                  {t('checklistFollowUpHint')}
                </p>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
