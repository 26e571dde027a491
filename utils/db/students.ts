import { type CrudRepository, createCrud } from './crud';
import { type FeedforwardDatabase, newId } from './database';
import type { StudentRecord } from './records';

/** Learners, by class. */
export interface StudentRepository extends CrudRepository<StudentRecord> {
  create(name: string, groupId?: string): Promise<StudentRecord>;
  listByGroup(groupId: string): Promise<StudentRecord[]>;
}

/** Learners are looked up by class when a document is attached to one. */
export function createStudentRepository(db: FeedforwardDatabase): StudentRepository {
  const crud = createCrud(db.students);
  return {
    ...crud,
    create(name, groupId) {
      const now = Date.now();
      return crud.put({ id: newId(), name, groupId, createdAt: now, updatedAt: now });
    },
    listByGroup: (groupId) => db.students.where('groupId').equals(groupId).sortBy('name'),
  };
}
