import type { FeedbackLevel, FeedbackQuestion } from '../feedback/model';
import { type CrudRepository, createCrud } from './crud';
import type { FeedforwardDatabase } from './database';
import type { TemplateRecord } from './records';

/** The comment bank's phrase templates. */
export interface TemplateRepository extends CrudRepository<TemplateRecord> {
  listForCell(
    lang: TemplateRecord['lang'],
    question: FeedbackQuestion,
    level: FeedbackLevel,
  ): Promise<TemplateRecord[]>;
  /** Counts one use, so frequent templates can rank first. */
  recordUse(id: string): Promise<void>;
}

/** Templates are read per language and question × level cell, the comment bank's grid. */
export function createTemplateRepository(db: FeedforwardDatabase): TemplateRepository {
  const crud = createCrud(db.templates);
  return {
    ...crud,
    listForCell: (lang, question, level) =>
      db.templates.where('[lang+question+level]').equals([lang, question, level]).toArray(),
    async recordUse(id) {
      await db.templates
        .where('id')
        .equals(id)
        .modify((template) => {
          template.useCount += 1;
          template.lastUsedAt = Date.now();
        });
    },
  };
}
