import type { MirrorRow } from '../../utils/analytics/mirror';
import { useI18n } from '../../utils/i18n/context';
import { periodName, ruleName } from './mirror-labels';

/**
 * The golden rules the review flagged in each period's drafts, most often
 * first, each with how many times it was changed before saving: a list in words,
 * beside the chart of the totals.
 */
export function MirrorRules(props: { rows: readonly MirrorRow[] }) {
  const { t, locale } = useI18n();
  return (
    <section class="mirror-rules" aria-labelledby="mirror-rules-heading">
      <h4 id="mirror-rules-heading">{t('mirrorRulesHeading')}</h4>
      <dl>
        {props.rows.map((row) => (
          <div key={row.period.key} class="mirror-rules-period">
            <dt>{periodName(row.period, t, locale)}</dt>
            {row.rules.length === 0 ? (
              <dd>{t('mirrorRulesNone')}</dd>
            ) : (
              row.rules.map((rule) => (
                <dd key={rule.rule} data-rule={rule.rule}>
                  {t('mirrorRuleCount', {
                    rule: ruleName(rule.rule, t),
                    flagged: rule.flagged,
                    fixed: rule.fixed,
                  })}
                </dd>
              ))
            )}
          </div>
        ))}
      </dl>
    </section>
  );
}
