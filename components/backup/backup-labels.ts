import type { BackupError } from '../../utils/db/backup/format';
import { formatBytes, type Locale, type MessageKey, type Translate } from '../../utils/i18n/index';
import type { TableName } from '../../utils/model/tables';

/** The interface name of each kind of record a backup holds. */
export const TABLE_LABELS: Record<TableName, MessageKey> = {
  groups: 'backupTableGroups',
  students: 'backupTableStudents',
  assignments: 'backupTableAssignments',
  documents: 'backupTableDocuments',
  feedback: 'backupTableFeedback',
  templates: 'backupTableTemplates',
  activity: 'backupTableActivity',
  visits: 'backupTableVisits',
  settings: 'backupTableSettings',
};

/**
 * A refusal's text: a known table is named as the teacher knows it (an
 * unknown one as written in the file), sizes are formatted as sizes.
 */
export function backupErrorText(error: BackupError, t: Translate, locale: Locale): string {
  const params = { ...error.params };
  const table = params.table;
  if (typeof table === 'string' && Object.hasOwn(TABLE_LABELS, table)) {
    params.table = t(TABLE_LABELS[table as TableName]);
  }
  for (const name of ['size', 'max'] as const) {
    const value = params[name];
    if (error.key === 'backupTooLarge' && typeof value === 'number')
      params[name] = formatBytes(value, locale);
  }
  return t(error.key, params);
}
