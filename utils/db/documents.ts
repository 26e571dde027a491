import type { DocumentIdentity } from '../model/document';
import type { DocumentRecord } from '../model/records';
import { schoolYearOf } from '../model/school-year';
import { type CrudRepository, createCrud } from './crud';
import { type FeedforwardDatabase, newId } from './database';
import { createSchoolYearQueries, type SchoolYearQueries } from './school-year-queries';

/** Student documents, found by their canonical key. */
export interface DocumentRepository
  extends CrudRepository<DocumentRecord>,
    SchoolYearQueries<DocumentRecord> {
  findByKey(key: string): Promise<DocumentRecord | undefined>;
  /** The learner's documents (studentId index): a handful, to name the documents of their feedback. */
  listForStudent(studentId: string): Promise<DocumentRecord[]>;
  /** The stored document for this identity, created on first use; title and URL kept current. */
  ensure(identity: DocumentIdentity): Promise<DocumentRecord>;
  /**
   * Says whose work the document is and which assignment it answers. The
   * document's feedback follows the student, so a learner's history stays whole.
   */
  attach(
    documentId: string,
    links: { studentId?: string | null; assignmentId?: string | null },
  ): Promise<DocumentRecord>;
}

/** A document is created the first time the panel opens on it, never twice. */
export function createDocumentRepository(db: FeedforwardDatabase): DocumentRepository {
  const crud = createCrud(db.documents);
  return {
    ...crud,
    ...createSchoolYearQueries(db.documents),
    findByKey: (key) => db.documents.where('key').equals(key).first(),
    listForStudent: (studentId) => db.documents.where('studentId').equals(studentId).toArray(),
    ensure(identity) {
      return db.transaction('rw', db.documents, async () => {
        const existing = await db.documents.where('key').equals(identity.key).first();
        const now = Date.now();
        if (!existing) {
          const schoolYear = schoolYearOf(now);
          return crud.put({ id: newId(), ...identity, schoolYear, createdAt: now, updatedAt: now });
        }
        if (existing.url === identity.url && existing.title === identity.title) return existing;
        return crud.put({ ...existing, url: identity.url, title: identity.title, updatedAt: now });
      });
    },
    attach(documentId, { studentId, assignmentId }) {
      return db.transaction('rw', db.documents, db.feedback, async () => {
        const document = await db.documents.get(documentId);
        if (!document) throw new Error(`No document ${documentId}`);
        const updated: DocumentRecord = { ...document, updatedAt: Date.now() };
        if (studentId !== undefined) updated.studentId = studentId ?? undefined;
        if (assignmentId !== undefined) updated.assignmentId = assignmentId ?? undefined;
        if (updated.studentId !== document.studentId) {
          await db.feedback
            .where('documentId')
            .equals(documentId)
            .modify({ studentId: updated.studentId });
        }
        return crud.put(updated);
      });
    },
  };
}
