import * as v from 'valibot';
import type { FeedbackSource } from '../model/feedback';
import { type ActivityRecord, ActivityRecordSchema } from '../model/records';
import { schoolYearOf } from '../model/school-year';
import { type CrudRepository, createCrud } from './crud';
import { type FeedforwardDatabase, newId } from './database';
import { createSchoolYearQueries, type SchoolYearQueries } from './school-year-queries';

/** The log of learning work by kind, which the quarter balance is computed from. */
export interface ActivityRepository
  extends CrudRepository<ActivityRecord>,
    SchoolYearQueries<ActivityRecord> {
  /** Logs one piece of work of `kind`, done at `at` (now unless the teacher gave a date). */
  log(
    kind: FeedbackSource,
    details?: Omit<ActivityRecord, 'id' | 'at' | 'kind' | 'schoolYear'>,
    at?: number,
  ): Promise<ActivityRecord>;
  /**
   * Logs the same work for each chosen student of a group, one record each,
   * in one transaction: a group's work then counts once for every student in
   * it, and a record that fails its schema leaves none of them written.
   */
  logForStudents(
    kind: FeedbackSource,
    studentIds: readonly string[],
    details: { groupId?: string; at?: number; note?: string },
  ): Promise<ActivityRecord[]>;
  between(from: number, to: number): Promise<ActivityRecord[]>;
  /** What was logged on one document (e.g. whether a self-assessment prompt was given). */
  listForDocument(documentId: string): Promise<ActivityRecord[]>;
}

/** Activity is append-mostly and read by time range. */
export function createActivityRepository(db: FeedforwardDatabase): ActivityRepository {
  const crud = createCrud(db.activity);
  return {
    ...crud,
    ...createSchoolYearQueries(db.activity),
    log(kind, details = {}, at = Date.now()) {
      return crud.put({ id: newId(), at, kind, ...details, schoolYear: schoolYearOf(at) });
    },
    logForStudents(kind, studentIds, { at = Date.now(), ...details }) {
      if (studentIds.length === 0) return Promise.reject(new Error('No student chosen'));
      return db.transaction('rw', db.activity, async () => {
        const records = studentIds.map((studentId) =>
          v.parse(ActivityRecordSchema, {
            id: newId(),
            at,
            kind,
            studentId,
            ...details,
            schoolYear: schoolYearOf(at),
          }),
        );
        await db.activity.bulkAdd(records);
        return records;
      });
    },
    between: (from, to) => db.activity.where('at').between(from, to, true, true).toArray(),
    listForDocument: (documentId) => db.activity.where('documentId').equals(documentId).toArray(),
  };
}
