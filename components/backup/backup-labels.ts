import { formatBytes, type Locale, type Translate } from '../../utils/i18n/index';
import { isTableName, TABLE_LABELS } from '../../utils/i18n/table-labels';
import type { BackupError } from '../../utils/panel/services/types';

/**
 * A refusal's text: a known table is named as the teacher knows it (an
 * unknown one as written in the file), sizes are formatted as sizes.
 */
export function backupErrorText(error: BackupError, t: Translate, locale: Locale): string {
  const params = { ...error.params };
  if (isTableName(params.table)) params.table = t(TABLE_LABELS[params.table]);
  for (const name of ['size', 'max'] as const) {
    const value = params[name];
    if (error.key === 'backupTooLarge' && typeof value === 'number')
      params[name] = formatBytes(value, locale);
  }
  return t(error.key, params);
}
