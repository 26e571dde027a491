import { type ActivityRepository, createActivityRepository } from './activity';
import { type AssignmentRepository, createAssignmentRepository } from './assignments';
import { type BackupRepository, createBackupRepository } from './backup/repository';
import { type BalanceRepository, createBalanceRepository } from './balance';
import { type BankImportRepository, createBankImportRepository } from './bank-import';
import { type CleanUpRepository, createCleanUpRepository } from './cleanup';
import { FeedforwardDatabase } from './database';
import { createDocumentRepository, type DocumentRepository } from './documents';
import { createFeedbackRepository, type FeedbackRepository } from './feedback';
import { createGroupRepository, type GroupRepository } from './groups';
import { createHandoffRepository, type HandoffRepository } from './handoffs';
import { createMissedSearchRepository, type MissedSearchRepository } from './missed-searches';
import { createSettingsRepository, type SettingsRepository } from './settings';
import { createStudentRepository, type StudentRepository } from './students';
import { createTemplateRepository, type TemplateRepository } from './templates';
import { createUsageRepository, type UsageRepository } from './usage-scan';
import { createVisitRepository, type VisitRepository } from './visits';

export type * from '../model/records';
export { DEFAULT_SETTINGS, type Settings } from '../model/settings';
export { TABLE_NAMES, type TableName } from '../model/tables';
export type { CleanUpTarget, RemovalSummary } from './cleanup';
export { live } from './live';
export type { UsageHolder, UsageSummary } from './usage';
export type { NewVisit, VisitChanges } from './visits';

/** Everything the app may do with stored data: one repository per table or kind of record. */
export interface Repositories {
  groups: GroupRepository;
  students: StudentRepository;
  assignments: AssignmentRepository;
  documents: DocumentRepository;
  feedback: FeedbackRepository;
  templates: TemplateRepository;
  activity: ActivityRepository;
  /** Counts for the quarter balance, from indexed queries only. */
  balance: BalanceRepository;
  /** Co-coaching visits between colleagues. */
  visits: VisitRepository;
  /** The teacher's preferences and the panel's layout. */
  settings: SettingsRepository;
  /** What one page leaves for another: the follow-up to show once its document opens. */
  handoffs: HandoffRepository;
  /** Comment-bank searches that found nothing (personal data: they may name a learner). */
  missedSearches: MissedSearchRepository;
  /** Imports a shared template file into templates and assignments in one transaction. */
  bankImport: BankImportRepository;
  /** Whole-database backup files: export, import preview and restore in one transaction. */
  backup: BackupRepository;
  /** What uses the storage, measured in slices across every table. */
  usage: UsageRepository;
  /** Deleting old data, one learner, or everything, across every table in one transaction. */
  cleanUp: CleanUpRepository;
}

/**
 * Opens the database and wires the repositories to it. Callers outside
 * utils/db see only repositories, never Dexie, so the storage engine can be
 * swapped or faked in tests.
 */
export function openRepositories(name?: string): Repositories {
  const db = new FeedforwardDatabase(name);
  return {
    groups: createGroupRepository(db),
    students: createStudentRepository(db),
    assignments: createAssignmentRepository(db),
    documents: createDocumentRepository(db),
    feedback: createFeedbackRepository(db),
    templates: createTemplateRepository(db),
    activity: createActivityRepository(db),
    balance: createBalanceRepository(db),
    visits: createVisitRepository(db),
    settings: createSettingsRepository(db),
    handoffs: createHandoffRepository(db),
    missedSearches: createMissedSearchRepository(db),
    bankImport: createBankImportRepository(db),
    backup: createBackupRepository(db),
    usage: createUsageRepository(db),
    cleanUp: createCleanUpRepository(db),
  };
}
