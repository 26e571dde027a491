import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n/index';
import type { NarrowingProblem, PlacementState } from '../../utils/model/panel-host';
import { useSetting } from '../../utils/panel/hooks/use-setting';
import { useServices } from '../../utils/panel/services/context';

/**
 * Keeps the page's placement of the panel in step with the teacher's
 * setting (also when another tab changes it), and reports where the panel
 * really is: a page that cannot be narrowed has it lying over its side.
 */
export function usePanelPlacement(): PlacementState | null {
  const { page } = useServices();
  const wanted = useSetting('panelPlacement');
  const [state, setState] = useState<PlacementState | null>(null);
  useEffect(() => {
    let current = true;
    page
      .request('host/placement', { placement: wanted })
      .then((answer) => current && setState(answer))
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [page, wanted]);
  return state;
}

/** What to tell the teacher about a page the panel could not be placed beside. */
export function placementProblemMessage(problem: NarrowingProblem): MessageKey {
  return problem === 'fixedWidth' ? 'placementFixedWidth' : 'placementPinned';
}
