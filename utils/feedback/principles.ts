import type { MessageKey } from '../i18n/index';
import type { ActivityRecord, FeedbackItemRecord } from '../model/records';

/**
 * The four principles of assessment for learning (Udir; forskrift til
 * opplæringsloven § 3-11), read off what was given on one document.
 */
export type PrincipleKey = 'goal' | 'quality' | 'advice' | 'involvement';

/** One principle, whether the document's feedback serves it, and its interface text. */
export interface ServedPrinciple {
  key: PrincipleKey;
  label: MessageKey;
  met: boolean;
}

/** The principles in the order of the regulation. */
export const PRINCIPLES: { key: PrincipleKey; label: MessageKey }[] = [
  { key: 'goal', label: 'principleGoal' },
  { key: 'quality', label: 'principleQuality' },
  { key: 'advice', label: 'principleAdvice' },
  { key: 'involvement', label: 'principleInvolvement' },
];

type Part = FeedbackItemRecord['parts'][number];

const written = (part: Part) => part.text.trim() !== '';

/** What shows each principle as served, from the parts of all items. */
const SERVED_BY: Record<Exclude<PrincipleKey, 'involvement'>, (part: Part) => boolean> = {
  // The learner knows what is expected when feedback points at a criterion.
  goal: (part) => Boolean(part.criterionId),
  // Praise of the person says nothing about the quality of the work.
  quality: (part) => part.question === 'feedBack' && part.level !== 'self' && written(part),
  advice: (part) => part.question === 'feedForward' && written(part),
};

/**
 * Which principles the feedback on a document serves. `items` are that
 * document's items (the caller decides whether drafts count);
 * `involvementGiven` is whether the learner was set to assess their own
 * work there (see `selfAssessmentGiven`).
 */
export function servedPrinciples(
  items: readonly Pick<FeedbackItemRecord, 'parts'>[],
  involvementGiven: boolean,
): ServedPrinciple[] {
  const parts = items.flatMap((item) => item.parts);
  return PRINCIPLES.map(({ key, label }) => ({
    key,
    label,
    met: key === 'involvement' ? involvementGiven : parts.some(SERVED_BY[key]),
  }));
}

/** Whether a self-assessment was recorded as given on the document. */
export function selfAssessmentGiven(
  activity: readonly Pick<ActivityRecord, 'kind' | 'documentId'>[],
  documentId: string | undefined,
): boolean {
  if (documentId === undefined) return false;
  return activity.some((entry) => entry.kind === 'self' && entry.documentId === documentId);
}
