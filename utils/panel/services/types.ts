/**
 * The storage types components work with, handed on from utils/db so that
 * components never import the database layer (its Dexie code could
 * otherwise creep into a component) while still naming what the services
 * give them. Record types come from utils/model.
 */

export type { Backup, BackupError } from '../../db/backup/format';
export type { BackupPreview, RestoreMode } from '../../db/backup/repository';
export type {
  CleanUpTarget,
  RemovalSummary,
  Repositories,
  UsageHolder,
  UsageSummary,
  VisitChanges,
} from '../../db/index';
