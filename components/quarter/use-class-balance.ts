import type { ClassBalance } from '../../utils/analytics/balance';
import type { TimeRange } from '../../utils/analytics/balance-period';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { loadClassBalance } from '../../utils/panel/logic/class-balance';
import { useAppServices } from '../../utils/panel/services/context';

/**
 * A class's balance over a period, kept live: feedback saved in a panel or
 * work logged anywhere shows in the chart without reloading the dashboard.
 * Undefined while it is first counted, or when there is no class or period.
 */
export function useClassBalance(
  groupId: string | undefined,
  range: TimeRange | null,
): ClassBalance | undefined {
  const { repos } = useAppServices();
  return useLiveQuery(
    async () => (groupId && range ? loadClassBalance(repos, groupId, range) : undefined),
    [repos, groupId, range?.from, range?.to],
  ).data;
}
