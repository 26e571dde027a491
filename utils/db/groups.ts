import type { GroupRecord } from '../model/records';
import { type CrudRepository, createCrud } from './crud';
import { type FeedforwardDatabase, newId } from './database';

/** Classes and teaching groups. */
export interface GroupRepository extends CrudRepository<GroupRecord> {
  create(name: string, schoolYear?: string): Promise<GroupRecord>;
  /** Gives the class a new name; its students and feedback stay as they are. */
  rename(id: string, name: string): Promise<void>;
}

/** Classes are few; they are listed whole and created inline from the panel. */
export function createGroupRepository(db: FeedforwardDatabase): GroupRepository {
  const crud = createCrud(db.groups);
  return {
    ...crud,
    create(name, schoolYear) {
      const now = Date.now();
      return crud.put({ id: newId(), name, schoolYear, createdAt: now, updatedAt: now });
    },
    async rename(id, name) {
      await db.groups.update(id, { name, updatedAt: Date.now() });
    },
  };
}
