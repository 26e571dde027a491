import type { Anchor } from '../anchoring/types';
import type { FeedbackSource } from '../feedback/model';
import { type CrudRepository, createCrud } from './crud';
import { type FeedforwardDatabase, newId } from './database';
import type { FeedbackItemRecord, FeedbackPart } from './records';

/** What the panel supplies to save a new feedback item. */
export interface NewFeedbackItem {
  documentId: string;
  anchor: Anchor | null;
  parts: Omit<FeedbackPart, 'id'>[];
  source?: FeedbackSource;
}

/** Feedback items: the teacher's work, so every write is a whole record in one transaction. */
export interface FeedbackRepository extends CrudRepository<FeedbackItemRecord> {
  create(input: NewFeedbackItem): Promise<FeedbackItemRecord>;
  /** Saved and inserted items of one document, oldest first (drafts are not listed). */
  listForDocument(documentId: string): Promise<FeedbackItemRecord[]>;
  listForStudent(studentId: string): Promise<FeedbackItemRecord[]>;
}

/** Items carry their document's student so a learner's history is one indexed read. */
export function createFeedbackRepository(db: FeedforwardDatabase): FeedbackRepository {
  const crud = createCrud(db.feedback);
  return {
    ...crud,
    create({ documentId, anchor, parts, source = 'teacher' }) {
      return db.transaction('rw', db.documents, db.feedback, async () => {
        const document = await db.documents.get(documentId);
        if (!document) throw new Error(`No document ${documentId}`);
        const now = Date.now();
        return crud.put({
          id: newId(),
          documentId,
          studentId: document.studentId,
          anchor,
          parts: parts.map((part) => ({ ...part, id: newId() })),
          source,
          status: 'saved',
          createdAt: now,
          updatedAt: now,
        });
      });
    },
    async listForDocument(documentId) {
      const items = await db.feedback
        .where('[documentId+createdAt]')
        .between([documentId, -Infinity], [documentId, Infinity])
        .toArray();
      return items.filter((item) => item.status !== 'draft');
    },
    listForStudent: (studentId) =>
      db.feedback
        .where('[studentId+createdAt]')
        .between([studentId, -Infinity], [studentId, Infinity])
        .toArray(),
  };
}
