import type { PeriodBucket } from '../../utils/analytics/periods';
import type { RuleId } from '../../utils/feedback/rules';
import { formatMonth, type Locale, type MessageKey, type Translate } from '../../utils/i18n/index';

/** The mirror's short name of each golden rule the review checks. */
export const RULE_NAMES: Record<RuleId, MessageKey> = {
  'no-feed-forward': 'mirrorRuleNoFeedForward',
  'value-without-reason': 'mirrorRuleValueWithoutReason',
  'person-praise': 'mirrorRulePersonPraise',
  'person-criticism': 'mirrorRulePersonCriticism',
  'no-positive': 'mirrorRuleNoPositive',
  'too-many-points': 'mirrorRuleTooManyPoints',
  sweeping: 'mirrorRuleSweeping',
  'teacher-centred': 'mirrorRuleTeacherCentred',
  'no-criterion': 'mirrorRuleNoCriterion',
};

/** A rule's name; a key this build does not know (from a newer backup) is shown as it is. */
export function ruleName(rule: string, t: Translate): string {
  const key = RULE_NAMES[rule as RuleId];
  return key ? t(key) : rule;
}

/** A week as teachers in Sweden and Norway name it ("Week 49, 2026"), a month by its name. */
export function periodName(period: PeriodBucket, t: Translate, locale: Locale): string {
  return period.granularity === 'week'
    ? // A year is a name, not an amount: never grouped as "2 026".
      t('mirrorWeek', { week: period.number, year: String(period.year) })
    : formatMonth(period.start, locale);
}
