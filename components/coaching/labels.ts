import type { MessageKey, Translate } from '../../utils/i18n/index';
import type { VisitRecord } from '../../utils/model/records';
import type {
  FollowUpQuestion,
  ObservationKind,
  VisitFocusExample,
  VisitMethod,
} from '../../utils/model/visit';

/** The words for each focus example, in the order offered. */
export const FOCUS_LABELS: Record<VisitFocusExample, MessageKey> = {
  'entry-routines': 'focusEntryRoutines',
  'greeting-routines': 'focusGreetingRoutines',
  'instruction-length': 'focusInstructionLength',
  'instruction-abstraction': 'focusInstructionAbstraction',
  'group-work': 'focusGroupWork',
  pace: 'focusPace',
  territory: 'focusTerritory',
  movement: 'focusMovement',
  gestures: 'focusGestures',
  'visual-aids': 'focusVisualAids',
  'girls-boys': 'focusGirlsBoys',
  attention: 'focusAttention',
};

/** The words for each way of documenting. */
export const METHOD_LABELS: Record<VisitMethod, MessageKey> = {
  notes: 'methodNotes',
  tables: 'methodTables',
  photos: 'methodPhotos',
  video: 'methodVideo',
  audio: 'methodAudio',
};

/** The words for each kind of note. */
export const KIND_LABELS: Record<ObservationKind, MessageKey> = {
  keyword: 'kindKeyword',
  question: 'kindQuestion',
  reflection: 'kindReflection',
};

/** Each follow-up question as asked. */
export const QUESTION_LABELS: Record<FollowUpQuestion, MessageKey> = {
  'own-reflection': 'followUpOwnReflection',
  'most-pleased': 'followUpMostPleased',
  'main-lesson': 'followUpMainLesson',
  'feedback-wanted': 'followUpFeedbackWanted',
  'question-for-colleagues': 'followUpQuestionForColleagues',
  general: 'followUpGeneral',
};

/**
 * The agreed focus as lines to show: the picked examples in the
 * teacher's language, then the colleague's own words.
 */
export function focusLines(
  visit: Pick<VisitRecord, 'focus' | 'focusExamples'>,
  t: Translate,
): string[] {
  const lines = (visit.focusExamples ?? []).map((key) => t(FOCUS_LABELS[key]));
  if (visit.focus.trim()) lines.push(visit.focus.trim());
  return lines;
}
