import { useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import type { VisitRecord } from '../../utils/model/records';
import { useAppServices } from '../../utils/panel/services/context';
import type { VisitChanges } from '../../utils/panel/services/types';

/**
 * Saving a visit's fields as the teacher fills them in, with the reason
 * shown when a save fails (a full disk, say) instead of losing it quietly.
 */
export function useVisitUpdate(visitId: string) {
  const { repos } = useAppServices();
  const { t } = useI18n();
  const [failure, setFailure] = useState<string | null>(null);
  const update = async (changes: VisitChanges | ((stored: VisitRecord) => VisitChanges)) => {
    try {
      await repos.visits.update(visitId, changes);
      setFailure(null);
    } catch (error) {
      setFailure(t('visitSaveFailed', { reason: String(error) }));
    }
  };
  return { update, failure };
}
