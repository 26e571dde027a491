import type { AssignmentRecord, SuccessCriterion } from '../model/records';
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
        createdAt: now,
        updatedAt: now,
      });
    },
  };
}
