import type { Anchor } from './anchor';
import type { FeedbackSource, FeedbackStatus } from './feedback';
import type { FeedbackItemRecord, FeedbackPart } from './records';
import type { ReviewTrail } from './review-trail';
import { schoolYearOf } from './school-year';

/** A part as the composer hands it over; the record gives it its id. */
export type NewFeedbackPart = Omit<FeedbackPart, 'id'>;

/** What a feedback item is made from; its ids, times and school year are derived. */
export interface FeedbackItemInput {
  documentId: string;
  /** The document's learner, copied so one learner's history loads from one index. */
  studentId?: string;
  anchor: Anchor | null;
  parts: readonly NewFeedbackPart[];
  /** Who gave the feedback; the teacher unless said otherwise. */
  source?: FeedbackSource;
  status: FeedbackStatus;
  /** For a draft that edits a saved item: that item's id. */
  draftOf?: string;
  /** For a draft: the composer writing it. */
  composerId?: string;
  /** For a draft that edits a saved item: the item's revision when the edit began. */
  draftOfRevision?: number;
  checklist?: Record<string, boolean>;
  dismissedFindings?: string[];
  followUpAt?: number;
  /** What the review flagged while it was written and at save (saved items only). */
  reviewTrail?: ReviewTrail;
  /** For a record written again in place (a document's one draft): its id… */
  id?: string;
  /** …and when it was first written, which also decides its school year. */
  createdAt?: number;
}

/**
 * Every part with a fresh id. Parts are replaced as a whole on each save,
 * so they get new ids every time; nothing refers to a part's id across saves.
 */
export function withPartIds(
  parts: readonly NewFeedbackPart[],
  makeId: () => string,
): FeedbackPart[] {
  return parts.map((part) => ({ ...part, id: makeId() }));
}

/**
 * The one place a feedback record is made, so a saved item, a draft and a
 * test's item all have the same fields, filed under the same school year
 * by the same rule. `now` and `makeId` are passed in so the repository
 * uses the clock and random ids while a test can use fixed ones.
 */
export function buildFeedbackItem(
  input: FeedbackItemInput,
  now: number,
  makeId: () => string,
): FeedbackItemRecord {
  const createdAt = input.createdAt ?? now;
  return {
    id: input.id ?? makeId(),
    documentId: input.documentId,
    studentId: input.studentId,
    anchor: input.anchor,
    parts: withPartIds(input.parts, makeId),
    source: input.source ?? 'teacher',
    status: input.status,
    draftOf: input.draftOf,
    composerId: input.composerId,
    draftOfRevision: input.draftOfRevision,
    revision: 1,
    checklist: input.checklist,
    dismissedFindings: input.dismissedFindings,
    followUpAt: input.followUpAt,
    reviewTrail: input.reviewTrail,
    schoolYear: schoolYearOf(createdAt),
    createdAt,
    updatedAt: now,
  };
}
