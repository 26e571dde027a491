import { type ImportPlan, planImport } from '../feedback/bank-transfer';
import type { AssignmentRecord, TemplateRecord, Timestamp } from '../model/records';
import { type FeedforwardDatabase, newId } from './database';
import { newOwnTemplate } from './templates';

/** How many records an import actually wrote. */
export interface BankImportResult {
  templates: number;
  assignments: number;
}

/**
 * Writes a checked template file (see utils/feedback/bank-transfer.ts) into
 * the comment bank and the assignments. It spans two tables, so it is a
 * repository of its own rather than a method of either.
 */
export interface BankImportRepository {
  /**
   * Adds the plan's templates and assignments in one transaction: if any
   * write fails, nothing is written and the promise rejects. Inside the
   * transaction the plan is checked again against the bank as it is now, so
   * applying the same plan twice (a double click, a second tab) adds nothing
   * the second time; the result says what was really written.
   */
  apply(plan: ImportPlan, now: Timestamp): Promise<BankImportResult>;
}

/**
 * Imported templates start as the teacher's own, visible, unused, and not a
 * favourite (favourites and counts are personal, never imported); every
 * record and every success criterion gets a new id.
 */
export function createBankImportRepository(db: FeedforwardDatabase): BankImportRepository {
  return {
    apply(plan, now) {
      return db.transaction('rw', db.templates, db.assignments, async () => {
        const current = planImport(
          { templates: plan.templates.add, assignments: plan.assignments.add },
          { templates: await db.templates.toArray(), assignments: await db.assignments.toArray() },
        );
        const templates: TemplateRecord[] = current.templates.add.map((template) =>
          newOwnTemplate(
            {
              lang: template.lang,
              question: template.question,
              level: template.level,
              text: template.text,
              tags: [...template.tags],
            },
            now,
          ),
        );
        const assignments: AssignmentRecord[] = current.assignments.add.map((assignment) => ({
          id: newId(),
          title: assignment.title,
          learningGoal: assignment.learningGoal,
          criteria: assignment.criteria.map((text) => ({ id: newId(), text })),
          createdAt: now,
          updatedAt: now,
        }));
        await db.templates.bulkAdd(templates);
        await db.assignments.bulkAdd(assignments);
        return { templates: templates.length, assignments: assignments.length };
      });
    },
  };
}
