import type { Collection } from 'dexie';
import { followUpDoneAt } from '../feedback/follow-ups';
import type { Anchor } from '../model/anchor';
import { buildFeedbackItem, type NewFeedbackPart, withPartIds } from '../model/feedback-item';
import type { OutcomeChoice } from '../model/outcome';
import type { FeedbackItemRecord } from '../model/records';
import { mergeReviewTrails, type ReviewTrail } from '../model/review-trail';
import { revisionOf, StaleRevisionError } from '../model/revision';
import type { TimeRange } from '../model/school-year';
import { type CrudRepository, createCrud } from './crud';
import { type FeedforwardDatabase, newId } from './database';
import { createSchoolYearQueries, type SchoolYearQueries } from './school-year-queries';

/** The composer's work in progress on one document: a new item, or an edit of `draftOf`. */
export interface DraftInput {
  documentId: string;
  /**
   * The composer (one panel in one tab) it comes from: its draft is its own,
   * replaced only by its own writes and removed only by its own save.
   * Without one, it is the draft of the composer that has none (older data).
   */
  composerId?: string;
  anchor: Anchor | null;
  parts: NewFeedbackPart[];
  draftOf?: string;
  /**
   * The revision of the `draftOf` item when the edit began. A save is
   * refused with a StaleRevisionError if the item has moved on since (or is
   * gone): another tab saved it first.
   */
  draftOfRevision?: number;
  /** The golden-rules checklist as ticked so far. */
  checklist?: Record<string, boolean>;
  /** Automatic findings the teacher dismissed for this item. */
  dismissedFindings?: string[];
  followUpAt?: number;
  /**
   * What the review flagged while this was written and still at save; a
   * save of an edit adds to the item's earlier trail. Drafts have none.
   */
  reviewTrail?: ReviewTrail;
}

/** Feedback items: the teacher's work, so every write is a whole record in one transaction. */
export interface FeedbackRepository
  extends CrudRepository<FeedbackItemRecord>,
    SchoolYearQueries<FeedbackItemRecord> {
  /** One composer's draft of the document, if it left one. */
  findDraft(documentId: string, composerId?: string): Promise<FeedbackItemRecord | undefined>;
  /** Every unsaved draft of the document, whichever composer wrote it, newest first. */
  listDrafts(documentId: string): Promise<FeedbackItemRecord[]>;
  /** Stores the draft as typed, over the same composer's earlier one; other composers' stay. */
  putDraft(input: DraftInput): Promise<FeedbackItemRecord>;
  /** Removes one composer's draft of the document. */
  discardDraft(documentId: string, composerId?: string): Promise<void>;
  /**
   * Makes a draft left by a closed panel this composer's own, so it is
   * resumed once, not offered again; undefined if it is gone (another tab
   * took or discarded it first).
   */
  adoptDraft(id: string, composerId: string): Promise<FeedbackItemRecord | undefined>;
  /**
   * Saves what the composer holds — a new item, or the changes to the item
   * named by `draftOf` — and removes that composer's draft (never another
   * tab's), all in one transaction, so a crash leaves either the draft or
   * the saved item.
   */
  commit(input: DraftInput): Promise<FeedbackItemRecord>;
  /** Puts a deleted item back exactly as it was (undo). */
  restore(record: FeedbackItemRecord): Promise<void>;
  /** Changes whenever any item is added, changed or removed (for measuring storage again). */
  revision(): Promise<string>;
  /** Saved items whose follow-up date has come and that are not followed up yet, soonest first. */
  dueFollowUps(now: number): Promise<FeedbackItemRecord[]>;
  /** Saved items with a follow-up date that are not followed up yet, due or ahead, soonest first. */
  openFollowUps(): Promise<FeedbackItemRecord[]>;
  /** Records that the reminder for these items was shown. */
  markReminded(ids: string[], at: number): Promise<void>;
  /** The teacher followed the item up: it leaves the due list. */
  markFollowedUp(id: string, at: number): Promise<void>;
  /**
   * Records what came of the item's feed-forward (or, with null, clears it),
   * dated `at`. Only the outcome and the time of change are written, so an
   * edit open in the composer is not made stale by it.
   */
  recordOutcome(id: string, choice: OutcomeChoice | null, at: number): Promise<void>;
  /** Records that the item went into the document (a comment or a comment field) and when. */
  markInserted(id: string, at: number): Promise<void>;
  /**
   * Moves an item to another passage (its own passage is gone after the
   * student's edits). The parts and the rest of the item stay as they were.
   */
  reattach(id: string, anchor: Anchor, at: number): Promise<void>;
  /** Saved and inserted items of one document, oldest first (drafts are not listed). */
  listForDocument(documentId: string): Promise<FeedbackItemRecord[]>;
  /** One learner's saved and inserted feedback across documents, oldest first (no drafts). */
  listForStudent(studentId: string): Promise<FeedbackItemRecord[]>;
  /** Several learners' saved and inserted feedback (a class), one learner's index range at a time. */
  listForStudents(studentIds: readonly string[]): Promise<FeedbackItemRecord[]>;
  /**
   * One learner's feedback given from `start` up to (not including) `end`,
   * oldest first (no drafts): a summary or timeline over a period reads
   * only that stretch of the [studentId+createdAt] index.
   */
  listForStudentBetween(
    studentId: string,
    start: number,
    end: number,
  ): Promise<FeedbackItemRecord[]>;
  /**
   * The learner's `limit` newest saved and inserted items that pass `where`,
   * newest first: a cursor over the [studentId+createdAt] index that stops
   * once it has them, so the student view shows a page and the panel's
   * "last time" hint its few entries without reading the learner's whole
   * history (let alone anyone else's).
   */
  newestForStudent(
    studentId: string,
    limit: number,
    where?: (item: FeedbackItemRecord) => boolean,
  ): Promise<FeedbackItemRecord[]>;
  /**
   * Saved and inserted items written in `range`, a page at a time (at most
   * `pageSize` per page), so a summary over a school year never holds every
   * item at once. All items from the createdAt index; with `studentIds`,
   * only theirs, from the [studentId+createdAt] index.
   */
  pagesWrittenIn(range: TimeRange, options?: WrittenInOptions): AsyncIterable<FeedbackItemRecord[]>;
}

/** Which items `pagesWrittenIn` reads, and how many at a time. */
export interface WrittenInOptions {
  /** Only these learners' items (a class); all items when absent. */
  studentIds?: readonly string[];
  pageSize?: number;
}

/** Items read per page by default: a few hundred kilobytes at most. */
const PAGE_SIZE = 500;

/**
 * Reads a key range of items a page at a time, oldest first. Each page
 * starts where the last one ended — at its last item's creation time,
 * after its id, since an index keeps items of the same time in id order —
 * so no page re-reads the ones before it (as skipping by an offset would).
 */
async function* pagesAfter(
  range: (start: number) => Collection<FeedbackItemRecord, string>,
  from: number,
  size: number,
): AsyncGenerator<FeedbackItemRecord[]> {
  let last: FeedbackItemRecord | undefined;
  for (;;) {
    const after = last;
    const page = await range(after?.createdAt ?? from)
      .filter((item) => !after || item.createdAt > after.createdAt || item.id > after.id)
      .limit(size)
      .toArray();
    if (page.length > 0) yield savedOnly(page);
    if (page.length < size) return;
    last = page.at(-1);
  }
}

/** Drops drafts from a page: only saved feedback is summed. */
const savedOnly = (items: FeedbackItemRecord[]) => items.filter((item) => item.status !== 'draft');

/** A saved item whose follow-up is still to do (neither marked done nor resolved by an outcome). */
const isOpenFollowUp = (item: FeedbackItemRecord) =>
  item.status !== 'draft' && followUpDoneAt(item) === undefined;

/** Items carry their document's student so a learner's history is one indexed read. */
export function createFeedbackRepository(db: FeedforwardDatabase): FeedbackRepository {
  const crud = createCrud(db.feedback);
  // One read of the learner's index range (no filter, so the browser hands
  // over the whole range at once instead of item by item), drafts left out after.
  const studentHistory = async (studentId: string) => {
    const items = await db.feedback
      .where('[studentId+createdAt]')
      .between([studentId, -Infinity], [studentId, Infinity])
      .toArray();
    return items.filter((item) => item.status !== 'draft');
  };
  const drafts = (documentId: string, composerId?: string) =>
    db.feedback
      .where('documentId')
      .equals(documentId)
      .filter((item) => item.status === 'draft' && item.composerId === composerId);
  return {
    ...crud,
    ...createSchoolYearQueries(db.feedback),
    findDraft: (documentId, composerId) => drafts(documentId, composerId).first(),
    async listDrafts(documentId) {
      const all = await db.feedback
        .where('documentId')
        .equals(documentId)
        .filter((item) => item.status === 'draft')
        .toArray();
      return all.sort((a, b) => b.updatedAt - a.updatedAt);
    },
    putDraft(input) {
      return db.transaction('rw', db.documents, db.feedback, async () => {
        const existing = await drafts(input.documentId, input.composerId).first();
        const document = await db.documents.get(input.documentId);
        return crud.put(
          buildFeedbackItem(
            {
              ...input,
              studentId: document?.studentId,
              status: 'draft',
              id: existing?.id,
              createdAt: existing?.createdAt,
            },
            Date.now(),
            newId,
          ),
        );
      });
    },
    async discardDraft(documentId, composerId) {
      await drafts(documentId, composerId).delete();
    },
    adoptDraft(id, composerId) {
      return db.transaction('rw', db.feedback, async () => {
        const draft = await db.feedback.get(id);
        if (draft?.status !== 'draft') return undefined;
        const adopted = { ...draft, composerId };
        await db.feedback.put(adopted);
        return adopted;
      });
    },
    commit(input) {
      const { documentId, anchor, parts, draftOf, checklist, dismissedFindings, followUpAt } =
        input;
      return db.transaction('rw', db.documents, db.feedback, async () => {
        const document = await db.documents.get(documentId);
        if (!document) throw new Error(`No document ${documentId}`);
        const now = Date.now();
        // Only a saved item of this same document can be the one being edited.
        const target = draftOf ? await db.feedback.get(draftOf) : undefined;
        const edited =
          target && target.status !== 'draft' && target.documentId === documentId
            ? target
            : undefined;
        const base = input.draftOfRevision;
        if (draftOf && base !== undefined && (!edited || revisionOf(edited) !== base)) {
          throw new StaleRevisionError(edited);
        }
        const review = { checklist, dismissedFindings, followUpAt };
        // A new or moved follow-up date gets its own reminder.
        const reminded = edited?.followUpAt === followUpAt ? edited?.remindedAt : undefined;
        const saved: FeedbackItemRecord = edited
          ? {
              ...edited,
              ...review,
              reviewTrail: mergeReviewTrails(edited.reviewTrail, input.reviewTrail),
              remindedAt: reminded,
              anchor,
              parts: withPartIds(parts, newId),
              revision: revisionOf(edited) + 1,
              updatedAt: now,
            }
          : buildFeedbackItem(
              {
                ...review,
                reviewTrail: input.reviewTrail,
                documentId,
                studentId: document.studentId,
                anchor,
                parts,
                status: 'saved',
              },
              now,
              newId,
            );
        await drafts(documentId, input.composerId).delete();
        return crud.put(saved);
      });
    },
    async restore(record) {
      await db.feedback.put(record);
    },
    async revision() {
      const [count, latest] = await Promise.all([
        db.feedback.count(),
        db.feedback.orderBy('updatedAt').last(),
      ]);
      return `${count}:${latest?.updatedAt ?? 0}:${latest?.id ?? ''}`;
    },
    async dueFollowUps(now) {
      const due = await db.feedback.where('followUpAt').belowOrEqual(now).sortBy('followUpAt');
      return due.filter(isOpenFollowUp);
    },
    async openFollowUps() {
      const open = await db.feedback.orderBy('followUpAt').toArray();
      return open.filter(isOpenFollowUp);
    },
    async markReminded(ids, at) {
      await db.feedback.where('id').anyOf(ids).modify({ remindedAt: at });
    },
    async markFollowedUp(id, at) {
      await db.feedback.update(id, { followedUpAt: at, updatedAt: at });
    },
    async recordOutcome(id, choice, at) {
      const outcome = choice ? { ...choice, at } : undefined;
      await db.feedback.update(id, { outcome, updatedAt: at });
    },
    async markInserted(id, at) {
      await db.feedback.update(id, { status: 'inserted', insertedAt: at, updatedAt: at });
    },
    async reattach(id, anchor, at) {
      await db.feedback.update(id, { anchor, updatedAt: at });
    },
    async listForDocument(documentId) {
      const items = await db.feedback
        .where('[documentId+createdAt]')
        .between([documentId, -Infinity], [documentId, Infinity])
        .toArray();
      return items.filter((item) => item.status !== 'draft');
    },
    listForStudent: studentHistory,
    newestForStudent: (studentId, limit, where) =>
      db.feedback
        .where('[studentId+createdAt]')
        .between([studentId, -Infinity], [studentId, Infinity])
        .reverse()
        .filter((item) => item.status !== 'draft' && (where?.(item) ?? true))
        .limit(limit)
        .toArray(),
    listForStudentBetween: (studentId, start, end) =>
      db.feedback
        .where('[studentId+createdAt]')
        .between([studentId, start], [studentId, end], true, false)
        .filter((item) => item.status !== 'draft')
        .toArray(),
    async listForStudents(studentIds) {
      const histories = await Promise.all(studentIds.map(studentHistory));
      return histories.flat();
    },
    async *pagesWrittenIn({ from, to }, options = {}) {
      const size = options.pageSize ?? PAGE_SIZE;
      const ranges: ((start: number) => Collection<FeedbackItemRecord, string>)[] =
        options.studentIds
          ? options.studentIds.map(
              (id) => (start) =>
                db.feedback
                  .where('[studentId+createdAt]')
                  .between([id, start], [id, to], true, false),
            )
          : [(start) => db.feedback.where('createdAt').between(start, to, true, false)];
      for (const range of ranges) yield* pagesAfter(range, from, size);
    },
  };
}
