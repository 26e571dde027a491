import type { UsageTable } from '../db/usage';
import type { MessageKey } from '../i18n/index';

/** The teacher's name for each table, shared by the overview and the removal summaries. */
export const TABLE_LABELS: Record<UsageTable, MessageKey> = {
  groups: 'storageTableGroups',
  students: 'storageTableStudents',
  assignments: 'storageTableAssignments',
  documents: 'storageTableDocuments',
  feedback: 'storageTableFeedback',
  templates: 'storageTableTemplates',
  activity: 'storageTableActivity',
  visits: 'storageTableVisits',
  settings: 'storageTableSettings',
};
