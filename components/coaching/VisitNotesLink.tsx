import { useI18n } from '../../utils/i18n/context';
import { VISIT_NOTES_HASH } from './addresses';

/**
 * The panel's way into a visit: a teacher observing a colleague has the
 * panel open on whatever page, and this opens the dashboard (in a new tab)
 * at the note-taking view of the visit under way.
 */
export function VisitNotesLink(props: { dashboardUrl: string }) {
  const { t } = useI18n();
  return (
    <a href={`${props.dashboardUrl}${VISIT_NOTES_HASH}`} target="_blank" rel="noopener">
      {t('panelVisitNotes')}
    </a>
  );
}
