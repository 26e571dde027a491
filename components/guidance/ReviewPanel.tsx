import { useEffect, useRef } from 'preact/hooks';
import { guidanceTitle } from '../../utils/feedback/guidance';
import type { Finding } from '../../utils/feedback/rules';
import { useI18n } from '../../utils/i18n/context';
import { useAnnounce } from '../ui/Announcer';

/**
 * The automatic review, as the teacher types: each finding says what it
 * noticed, which golden rule it comes from and what to do instead, with a
 * shortcut where one helps. Advice only — saving is never blocked — and a
 * finding can be dismissed for this item. Screen readers hear, politely,
 * how many findings there are whenever that number changes — not the whole
 * list on every keystroke.
 */
export function ReviewPanel(props: {
  findings: Finding[];
  /** Nothing is written yet: there is nothing to judge, so nothing is said to be fine. */
  empty: boolean;
  dismissed: readonly string[];
  /** Where a finding's passage is, e.g. "In Feed back" (empty for the whole item). */
  placeOf(finding: Finding): string;
  onDismiss(rule: string): void;
  onRestore(): void;
  onShowPassage(finding: Finding): void;
  onShowFeedForward(): void;
  onMoveToPraise(finding: Finding): void;
}) {
  const { t } = useI18n();
  const shown = props.findings.filter((finding) => !props.dismissed.includes(finding.rule));
  const hidden = props.findings.length - shown.length;
  const announce = useAnnounce();
  const said = useRef<number | null>(null);
  const count = props.empty ? null : shown.length;
  useEffect(() => {
    if (count === said.current) return;
    said.current = count;
    if (count === null) return;
    announce(count === 0 ? t('reviewClear') : t('reviewAnnounced', { count }));
  }, [count, announce, t]);
  return (
    <section class="review" aria-labelledby="review-heading">
      <h2 id="review-heading" class="visually-hidden">
        {t('reviewHeading')}
      </h2>
      {props.empty ? null : shown.length === 0 ? (
        <p class="review-clear">{t('reviewClear')}</p>
      ) : (
        <>
          <p class="hint">{t('reviewAdvisory')}</p>
          <ul class="findings">
            {shown.map((finding) => (
              <li
                key={`${finding.rule}-${finding.part}-${finding.span.start}`}
                class={`finding ${finding.severity}`}
                data-rule={finding.rule}
              >
                <p class="finding-what">
                  <strong>{t(finding.explanationKey)}</strong>
                  {finding.match && <span class="finding-match"> “{finding.match}”</span>}
                </p>
                <p class="finding-fix">{t(finding.suggestionKey)}</p>
                <p class="finding-meta hint">
                  {props.placeOf(finding)}{' '}
                  {t('reviewRule', { rule: t(guidanceTitle(finding.guidance)) })}
                </p>
                <div class="finding-actions">
                  {finding.part !== undefined &&
                    finding.span.end > finding.span.start &&
                    finding.match && (
                      <button
                        type="button"
                        class="link"
                        onClick={() => props.onShowPassage(finding)}
                      >
                        {props.placeOf(finding)}
                      </button>
                    )}
                  {finding.rule === 'no-feed-forward' && (
                    <button type="button" onClick={props.onShowFeedForward}>
                      {t('reviewShowFeedForward')}
                    </button>
                  )}
                  {finding.rule === 'person-praise' && finding.severity === 'warning' && (
                    <button type="button" onClick={() => props.onMoveToPraise(finding)}>
                      {t('reviewMoveToPraise')}
                    </button>
                  )}
                  <button type="button" onClick={() => props.onDismiss(finding.rule)}>
                    {t('reviewDismiss')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {hidden > 0 && (
        <p class="hint">
          {t('reviewDismissed', { count: hidden })}{' '}
          <button type="button" class="link" onClick={props.onRestore}>
            {t('reviewRestore')}
          </button>
        </p>
      )}
    </section>
  );
}
