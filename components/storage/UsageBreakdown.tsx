import { useI18n } from '../../utils/i18n/context';
import { formatBytes, formatCount } from '../../utils/i18n/index';
import { TABLE_LABELS } from '../../utils/i18n/table-labels';
import { TABLE_NAMES } from '../../utils/model/tables';
import type { UsageHolder, UsageSummary } from '../../utils/panel/services/types';

/** One ranked list: a document's or student's name and the bytes stored about it. */
function HolderList(props: { heading: string; holders: UsageHolder[] }) {
  const { t, locale } = useI18n();
  if (props.holders.length === 0) return null;
  return (
    <>
      <h3>{props.heading}</h3>
      <ol>
        {props.holders.map((holder) => (
          <li key={holder.id}>
            {t('storageHolder', {
              name: holder.name || t('storageUntitled'),
              size: formatBytes(holder.bytes, locale),
            })}
          </li>
        ))}
      </ol>
    </>
  );
}

/** What uses the storage: records and bytes per kind of data, then the biggest documents and students. */
export function UsageBreakdown(props: { summary: UsageSummary }) {
  const { t, locale } = useI18n();
  const { summary } = props;
  return (
    <>
      <table data-testid="storage-tables">
        <caption>{t('storageTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('storageColumnKind')}</th>
            <th scope="col">{t('storageColumnRecords')}</th>
            <th scope="col">{t('storageColumnSize')}</th>
          </tr>
        </thead>
        <tbody>
          {TABLE_NAMES.map((table) => (
            <tr key={table} data-table={table}>
              <th scope="row">{t(TABLE_LABELS[table])}</th>
              <td>{formatCount(summary.tables[table].records, locale)}</td>
              <td>{formatBytes(summary.tables[table].bytes, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('storageTotal')}</th>
            <td>{formatCount(summary.totalRecords, locale)}</td>
            <td>{formatBytes(summary.totalBytes, locale)}</td>
          </tr>
        </tfoot>
      </table>
      <p class="hint">{t('storageEstimateNote')}</p>
      <HolderList heading={t('storageLargestDocuments')} holders={summary.largestDocuments} />
      <HolderList heading={t('storageLargestStudents')} holders={summary.largestStudents} />
    </>
  );
}
