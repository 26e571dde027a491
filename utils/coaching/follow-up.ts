import type { VisitRecord } from '../model/records';
import { FOLLOW_UP_QUESTIONS } from '../model/visit';

/**
 * The order of the follow-up conversation and what comes of it. The model
 * asks the visited colleague to reflect before hearing anything from the
 * coach, so the coach's own reflection waits for the first answer.
 */

/** The first question: the colleague's own reflection. */
const OWN_REFLECTION = FOLLOW_UP_QUESTIONS[0];
/** The question whose answers go to the staff meeting. */
const FOR_COLLEAGUES = 'question-for-colleagues';

/** Whether the coach may give their reflection: the colleague has answered the first question. */
export function coachReflectionUnlocked(visit: Pick<VisitRecord, 'followUp'>): boolean {
  return (visit.followUp[OWN_REFLECTION] ?? '').trim() !== '';
}

/** Whether the follow-up conversation has been held, as far as the tool knows: anything answered. */
function followUpStarted(visit: Pick<VisitRecord, 'followUp'>): boolean {
  return Object.values(visit.followUp).some((answer) => answer.trim() !== '');
}

/** Whether the agreed follow-up date has come and the conversation is not yet written down. */
export function followUpDue(visit: VisitRecord, now: number): boolean {
  return visit.followUpAt !== undefined && visit.followUpAt <= now && !followUpStarted(visit);
}

/** One question a pair wants to bring to more colleagues, with the visit it came from. */
export interface StaffQuestion {
  visitId: string;
  at: number;
  visitedColleague: string;
  text: string;
}

/**
 * The questions to bring to more colleagues, gathered across every visit,
 * oldest first, for the staff meeting's shared discussion.
 */
export function staffQuestions(visits: readonly VisitRecord[]): StaffQuestion[] {
  return visits
    .flatMap((visit) => {
      const text = (visit.followUp[FOR_COLLEAGUES] ?? '').trim();
      return text
        ? [{ visitId: visit.id, at: visit.at, visitedColleague: visit.visitedColleague, text }]
        : [];
    })
    .sort((a, b) => a.at - b.at);
}

/** What the next visit starts from: by default the colleagues swap roles. */
export interface NextVisitPlan {
  school: string;
  at: number;
  visitedColleague: string;
  coach: string;
}

/** The next visit of the same pair at `at`; `swapRoles` (the model's turn-taking) is the default. */
export function planNextVisit(visit: VisitRecord, at: number, swapRoles = true): NextVisitPlan {
  return {
    school: visit.school,
    at,
    visitedColleague: swapRoles ? visit.coach : visit.visitedColleague,
    coach: swapRoles ? visit.visitedColleague : visit.coach,
  };
}

/** How long a visit lasts in the model, in minutes: the timer's marks. */
export const VISIT_MINUTES = { from: 10, to: 15 } as const;

/**
 * The visit to take notes in when the panel's link is followed: the one
 * whose time is nearest to now, which is the one under way when the coach
 * stands in the colleague's room.
 */
export function visitToObserve(
  visits: readonly VisitRecord[],
  now: number,
): VisitRecord | undefined {
  return visits.reduce<VisitRecord | undefined>(
    (nearest, visit) =>
      !nearest || Math.abs(visit.at - now) < Math.abs(nearest.at - now) ? visit : nearest,
    undefined,
  );
}
