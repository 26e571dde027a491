import { useI18n } from '../../utils/i18n/context';
import { TABLE_LABELS } from '../../utils/i18n/table-labels';
import { TABLE_NAMES } from '../../utils/model/tables';
import type { RemovalSummary } from '../../utils/panel/services/types';

/** The kinds of data a removal touches, with counts; tables it leaves alone are not listed. */
export function RemovalSummaryList(props: { summary: RemovalSummary }) {
  const { t, plural } = useI18n();
  const { removed, settingsChanged } = props.summary;
  return (
    <ul class="removal-summary">
      {TABLE_NAMES.filter((table) => removed[table] > 0).map((table) => (
        <li key={table}>
          {t('storageRemovedRecords', { count: removed[table], kind: t(TABLE_LABELS[table]) })}
        </li>
      ))}
      {settingsChanged > 0 && <li>{plural('storageSettingsChanged', settingsChanged)}</li>}
    </ul>
  );
}
