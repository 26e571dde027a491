import { useId } from 'preact/hooks';
import { type ChecklistTick, GUIDANCE_ROWS, type GuidanceKey } from '../../utils/feedback/guidance';
import type { Finding } from '../../utils/feedback/rules';
import { useI18n } from '../../utils/i18n/context';
import { formatDate } from '../../utils/i18n/index';
import { fromDateInput, toDateInput } from '../../utils/text/date-input';

/** Where a rule the review checks stands for the text written so far. */
type AutomaticRuleState = 'met' | 'notMet' | 'notJudged';

const AUTOMATIC_STATES = {
  met: { symbol: ' ✓ ', label: 'checklistMet', class: 'met' },
  notMet: { symbol: ' ○ ', label: 'checklistNotMet', class: 'not-met' },
  notJudged: { symbol: ' – ', label: 'checklistNotJudged', class: 'not-judged' },
} as const;

/** A rule the review checks: met, not met, or not judged while nothing is written. */
function AutomaticState(props: { state: AutomaticRuleState }) {
  const { t } = useI18n();
  const shown = AUTOMATIC_STATES[props.state];
  return (
    <span class={`checklist-auto ${shown.class}`}>
      <span aria-hidden="true">{shown.symbol}</span>
      {t(shown.label)}
    </span>
  );
}

/**
 * The golden rules under the composer, folded to one line that says how
 * many are met (and when the item will be followed up); opened, the ones
 * only the teacher can judge as ticks, the ones the review checks shown as
 * met or not met, and the follow-up date that creates a reminder. All of it
 * is stored with the item.
 */
export function GoldenChecklist(props: {
  findings: Finding[];
  /** Nothing is written yet: the rules the review checks are not judged, neither met nor not. */
  empty: boolean;
  dismissed: readonly string[];
  checklist: Record<string, boolean>;
  onTick(key: ChecklistTick, ticked: boolean): void;
  followUpAt: number | undefined;
  onFollowUp(at: number | undefined): void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const stateOf = (key: GuidanceKey): AutomaticRuleState => {
    if (props.empty) return 'notJudged';
    const open = props.findings.some(
      (finding) => finding.guidance === key && !props.dismissed.includes(finding.rule),
    );
    return open ? 'notMet' : 'met';
  };

  const met = GUIDANCE_ROWS.filter((row) =>
    row.ticks.length === 0
      ? stateOf(row.key) === 'met'
      : row.ticks.every((tick) => props.checklist[tick.key] === true),
  ).length;
  const summary = props.empty
    ? t('checklistSummaryEmpty')
    : t('checklistSummary', { met, total: GUIDANCE_ROWS.length });
  const followUp =
    props.followUpAt === undefined
      ? ''
      : ` · ${t('checklistSummaryFollowUp', { date: formatDate(props.followUpAt, locale) })}`;

  return (
    <details class="checklist">
      <summary data-testid="checklist-summary">
        {summary}
        {followUp}
      </summary>
      <h2 id={`${id}-heading`} class="visually-hidden">
        {t('checklistHeading')}
      </h2>
      <ul aria-labelledby={`${id}-heading`}>
        {GUIDANCE_ROWS.map((row) => (
          <li key={row.key} class="checklist-row">
            <p class="checklist-title">
              <strong>{t(row.title)}</strong>
              {row.ticks.length === 0 && <AutomaticState state={stateOf(row.key)} />}
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
    </details>
  );
}
