import type { StudentRecord } from '../model/records';
import { type CrudRepository, createCrud } from './crud';
import { type FeedforwardDatabase, newId } from './database';

/** Learners, by class. */
export interface StudentRepository extends CrudRepository<StudentRecord> {
  create(name: string, groupId?: string): Promise<StudentRecord>;
  listByGroup(groupId: string): Promise<StudentRecord[]>;
  /** Puts the learner in a class, or (null) in none; their feedback follows them by id. */
  moveToGroup(id: string, groupId: string | null): Promise<void>;
  /** Records where the learner places themself on the feedback staircase today. */
  placeOnStaircase(id: string, step: number, at: number): Promise<void>;
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
    async moveToGroup(id, groupId) {
      await db.students.update(id, { groupId: groupId ?? undefined, updatedAt: Date.now() });
    },
    async placeOnStaircase(id, step, at) {
      await db.students
        .where('id')
        .equals(id)
        .modify((student) => {
          student.staircase = [...(student.staircase ?? []), { step, at }];
          student.updatedAt = at;
        });
    },
  };
}
