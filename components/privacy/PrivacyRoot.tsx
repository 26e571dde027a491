import type { Reminders } from '../../utils/panel/adapters/reminders';
import type { StorageProbe } from '../../utils/panel/adapters/storage-probe';
import type { Repositories } from '../../utils/panel/services/types';
import { AppPageRoot } from '../panel/AppPageRoot';
import { PrivacyView } from './PrivacyView';

/**
 * The privacy page's root: the page in the teacher's interface language
 * (their setting, else the browser's), picked exactly as the dashboard and
 * the summary pick theirs.
 */
export function PrivacyRoot(props: {
  repos: Repositories;
  storage: StorageProbe;
  reminders: Reminders;
  browserLanguages: readonly string[];
}) {
  return (
    <AppPageRoot {...props} titleKey="privacyTitle">
      <PrivacyView />
    </AppPageRoot>
  );
}
