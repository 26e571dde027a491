import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Anchor } from '../../model/anchor';
import type {
  ActivityRecord,
  AssignmentRecord,
  DocumentRecord,
  FeedbackItemRecord,
  StudentRecord,
} from '../../model/records';

/** An item to bring into view; `seq` changes with every request, so a repeat counts. */
export interface FocusRequest {
  id: string;
  seq: number;
}

/** What the teacher is doing with the document's items right now. */
export interface EditingState {
  /** A saved item the teacher asked to edit (asked only while the composer is empty). */
  editRequest: FeedbackItemRecord | null;
  requestEdit(item: FeedbackItemRecord): void;
  /** The saved item open in the composer, as the composer reports it. */
  editingId: string | null;
  setEditingId(itemId: string | null): void;
  /** Whether the composer holds nothing: editing another item is offered only then. */
  composerEmpty: boolean;
  setComposerEmpty(empty: boolean): void;
  /** The item deleted last, until Undo is pressed or the notice goes away. */
  deleted: FeedbackItemRecord | null;
  setDeleted(item: FeedbackItemRecord | null): void;
  /** The item to bring into view: a follow-up the teacher came for, or a clicked highlight. */
  focus: FocusRequest | null;
  setFocus(focus: FocusRequest | null): void;
}

/**
 * Everything about the document the panel is open on, kept in one place
 * (subscribed once, live, also when another tab writes) so components read
 * it instead of each querying the database, and a test can hand them a
 * session of its own.
 */
export interface DocumentSession {
  /** The stored document: undefined while loading, null while nothing is stored for this page. */
  document: DocumentRecord | null | undefined;
  student: StudentRecord | undefined;
  assignment: AssignmentRecord | undefined;
  /** The document's saved items, oldest first; undefined while loading. */
  items: FeedbackItemRecord[] | undefined;
  /** Why the items could not be read, if they could not. */
  itemsError: unknown;
  activity: ActivityRecord[] | undefined;
  /** Stores the document on first need (nothing is stored for a page merely opened). */
  ensureDocument(): Promise<DocumentRecord>;
  /** The passage selected in the page, which new feedback is about. */
  passage: Anchor | null;
  setPassage(update: (current: Anchor | null) => Anchor | null): void;
  editing: EditingState;
}

/** Where the panel's components find the session of their document. */
export const DocumentSessionContext = createContext<DocumentSession | null>(null);

/** The session of the document this panel is open on. */
export function useDocumentSession(): DocumentSession {
  const session = useContext(DocumentSessionContext);
  if (!session) throw new Error('useDocumentSession outside a DocumentSessionContext provider');
  return session;
}
