import { useId } from 'preact/hooks';
import {
  BALANCE_PERIODS,
  type BalancePeriod,
  type CustomDays,
} from '../../utils/analytics/balance-period';
import { useI18n } from '../../utils/i18n/context';
import type { MessageKey } from '../../utils/i18n/index';
import { LabelledSelect } from '../ui/LabelledSelect';

const PERIOD_LABELS: Record<BalancePeriod, MessageKey> = {
  week: 'balancePeriodWeek',
  fourWeeks: 'balancePeriodFourWeeks',
  term: 'balancePeriodTerm',
  schoolYear: 'balancePeriodSchoolYear',
  custom: 'balancePeriodCustom',
};

/** The period the balance is read over; "Dates of my choice" adds a first and a last day. */
export function BalancePeriodPicker(props: {
  period: BalancePeriod;
  custom: CustomDays;
  /** False when the custom days do not make a period (said beside them). */
  valid: boolean;
  onPeriod(period: BalancePeriod): void;
  onCustom(custom: CustomDays): void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <>
      <LabelledSelect<BalancePeriod>
        label={t('balancePeriod')}
        value={props.period}
        options={BALANCE_PERIODS.map((value) => ({ value, label: t(PERIOD_LABELS[value]) }))}
        onChange={props.onPeriod}
      />
      {props.period === 'custom' && (
        <>
          <div class="field">
            <label for={`${id}-from`}>{t('balanceFrom')}</label>
            <input
              id={`${id}-from`}
              type="date"
              value={props.custom.from}
              aria-invalid={!props.valid}
              onInput={(event) =>
                props.onCustom({ ...props.custom, from: event.currentTarget.value })
              }
            />
          </div>
          <div class="field">
            <label for={`${id}-to`}>{t('balanceTo')}</label>
            <input
              id={`${id}-to`}
              type="date"
              value={props.custom.to}
              aria-invalid={!props.valid}
              onInput={(event) =>
                props.onCustom({ ...props.custom, to: event.currentTarget.value })
              }
            />
          </div>
        </>
      )}
    </>
  );
}
