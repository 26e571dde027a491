import type { AssignmentRecord, SuccessCriterion } from '../model/records';
import { revisionOf, StaleRevisionError } from '../model/revision';
import { type CrudRepository, createCrud } from './crud';
import { type FeedforwardDatabase, newId } from './database';

/** Assignments with their learning goal and success criteria. */
export interface AssignmentRepository extends CrudRepository<AssignmentRecord> {
  create(input: {
    title: string;
    groupId?: string;
    learningGoal?: string;
    criteria?: string[];
  }): Promise<AssignmentRecord>;
  /**
   * Saves the goal and criteria as edited from revision `base`. Refused with
   * a StaleRevisionError when another tab saved (or deleted) the assignment
   * since, so one tab never silently writes over the other's wording.
   */
  saveEdit(assignment: AssignmentRecord, base: number): Promise<AssignmentRecord>;
}

/** Criteria get ids of their own so feedback parts can point at one criterion. */
export function createAssignmentRepository(db: FeedforwardDatabase): AssignmentRepository {
  const crud = createCrud(db.assignments);
  return {
    ...crud,
    create({ title, groupId, learningGoal = '', criteria = [] }) {
      const now = Date.now();
      const withIds: SuccessCriterion[] = criteria.map((text) => ({ id: newId(), text }));
      return crud.put({
        id: newId(),
        title,
        groupId,
        learningGoal,
        criteria: withIds,
        revision: 1,
        createdAt: now,
        updatedAt: now,
      });
    },
    saveEdit(assignment, base) {
      return db.transaction('rw', db.assignments, async () => {
        const stored = await db.assignments.get(assignment.id);
        if (!stored || revisionOf(stored) !== base) throw new StaleRevisionError(stored);
        return crud.put({ ...assignment, revision: base + 1, updatedAt: Date.now() });
      });
    },
  };
}
