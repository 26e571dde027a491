import type { TableName } from '../model/tables';
import type { MessageKey } from './index';

/**
 * The teacher's name for each table, shared by the storage overview, the
 * clean-up summaries, the backup preview and a backup's refusals. Typed
 * over every table, so a new table cannot be shown without a name.
 */
export const TABLE_LABELS: Record<TableName, MessageKey> = {
  groups: 'tableGroups',
  students: 'tableStudents',
  assignments: 'tableAssignments',
  documents: 'tableDocuments',
  feedback: 'tableFeedback',
  templates: 'tableTemplates',
  activity: 'tableActivity',
  visits: 'tableVisits',
  settings: 'tableSettings',
};

/** Whether a name from a file is one of our tables (and so has a label). */
export function isTableName(name: unknown): name is TableName {
  return typeof name === 'string' && Object.hasOwn(TABLE_LABELS, name);
}
