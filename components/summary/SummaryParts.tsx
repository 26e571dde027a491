import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import { LEVEL_LABELS, OUTCOME_LABELS } from '../../utils/feedback/labels';
import type { SummaryFeedForward, SummaryPart } from '../../utils/feedback/student-summary';
import { useI18n } from '../../utils/i18n/context';
import { formatDate, type MessageKey } from '../../utils/i18n/index';

/** When and where a part was given, and at which level: "4 Dec 2026 · Essay · Process". */
function PartMeta(props: { part: SummaryPart }) {
  const { t, locale } = useI18n();
  const { part } = props;
  return (
    <p class="hint">
      {t('summaryItemMeta', {
        date: formatDate(part.at, locale),
        document: part.documentTitle || t('lastTimeUntitled'),
      })}
      {` · ${t(LEVEL_LABELS[part.level])}`}
    </p>
  );
}

/** A titled section of the summary with its parts as a list, or a line saying there are none. */
function PartsSection(props: {
  heading: MessageKey;
  about?: MessageKey;
  none: MessageKey;
  entries: JSX.Element[];
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section class="summary-section" aria-labelledby={id}>
      <h2 id={id}>{t(props.heading)}</h2>
      {props.about && <p class="hint">{t(props.about)}</p>}
      {props.entries.length === 0 ? (
        <p class="hint">{t(props.none)}</p>
      ) : (
        <ol class="summary-parts">{props.entries}</ol>
      )}
    </section>
  );
}

/** The feed-back on the work at task, process and self-regulation level: what works, in the teacher's words. */
export function SummaryStrengths(props: { parts: SummaryPart[] }) {
  return (
    <PartsSection
      heading="summaryStrengths"
      about="summaryStrengthsAbout"
      none="summaryStrengthsNone"
      entries={props.parts.map((part) => (
        <li key={part.partId}>
          <p class="summary-text">{part.text}</p>
          <PartMeta part={part} />
        </li>
      ))}
    />
  );
}

/** Every next step given, with what came of it as recorded ("Acted on, 4 Dec 2026 — note"). */
export function SummaryNextSteps(props: { steps: SummaryFeedForward[] }) {
  const { t, locale } = useI18n();
  return (
    <PartsSection
      heading="summarySteps"
      none="summaryStepsNone"
      entries={props.steps.map((step) => (
        <li key={step.partId}>
          <p class="summary-text">{step.text}</p>
          <PartMeta part={step} />
          <p class="summary-outcome">
            {step.outcome
              ? t('outcomeRecorded', {
                  outcome: t(OUTCOME_LABELS[step.outcome.kind]),
                  date: formatDate(step.outcome.at, locale),
                })
              : t('summaryNoOutcome')}
            {step.outcome?.note && ` — ${step.outcome.note}`}
          </p>
        </li>
      ))}
    />
  );
}
