import { useCallback, useMemo } from 'preact/hooks';
import type { Repositories } from '../../db/index';
import type { DocumentIdentity } from '../../model/document';
import { useLiveQuery } from '../hooks/use-live-query';
import type { DocumentSession } from './context';

/** The stored records of one document, as the session holds them. */
export type DocumentRecords = Pick<
  DocumentSession,
  'document' | 'student' | 'assignment' | 'items' | 'itemsError' | 'activity' | 'ensureDocument'
>;

/**
 * The document the page shows (found by its key), its student, its
 * assignment, its saved items and its activity — each a live query, so a
 * change in any extension page shows at once. The one place the panel
 * subscribes to them.
 */
export function useDocumentRecords(
  repos: Repositories,
  identity: DocumentIdentity,
): DocumentRecords {
  const { key } = identity;
  const document = useLiveQuery(
    async () => (await repos.documents.findByKey(key)) ?? null,
    [repos, key],
  ).data;
  const { assignmentId, studentId, id: documentId } = document ?? {};
  const assignment = useLiveQuery(
    async () => (assignmentId ? repos.assignments.get(assignmentId) : undefined),
    [repos, assignmentId],
  ).data;
  const student = useLiveQuery(
    async () => (studentId ? repos.students.get(studentId) : undefined),
    [repos, studentId],
  ).data;
  const activity = useLiveQuery(
    async () => (documentId ? repos.activity.listForDocument(documentId) : []),
    [repos, documentId],
  ).data;
  // Found by the key itself, not after the document above: the list then
  // arrives in the same round as the document, not one query later.
  const items = useLiveQuery(async () => {
    const found = await repos.documents.findByKey(key);
    return found ? repos.feedback.listForDocument(found.id) : [];
  }, [repos, key]);
  const ensureDocument = useCallback(() => repos.documents.ensure(identity), [repos, identity]);
  return useMemo(
    () => ({
      document,
      student,
      assignment,
      items: items.data,
      itemsError: items.error,
      activity,
      ensureDocument,
    }),
    [document, student, assignment, items, activity, ensureDocument],
  );
}
