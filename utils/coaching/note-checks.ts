import { checkFeedback } from '../feedback/review-engine';
import type { Finding } from '../feedback/rules';
import type { Language } from '../model/feedback';

/**
 * The review engine's wording checks that fit a coach's notes. Notes are
 * not feedback to a learner, so only two of its rules apply: sweeping words
 * ("always", "never") and teacher-centred phrasing ("I want you to"), both
 * at odds with making visible rather than judging or advising.
 */
const COACH_NOTE_RULES = new Set<Finding['rule']>(['sweeping', 'teacher-centred']);

/** The sweeping and teacher-centred findings in `text`, in reading order. */
export function checkCoachNotes(text: string, lang: Language): Finding[] {
  return checkFeedback(text, { lang }).filter((finding) => COACH_NOTE_RULES.has(finding.rule));
}
