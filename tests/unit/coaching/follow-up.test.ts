import { describe, expect, it } from 'vitest';
import { fromDateTimeInput, toDateTimeInput } from '../../../utils/coaching/date-time-input';
import {
  coachReflectionUnlocked,
  followUpDue,
  planNextVisit,
  staffQuestions,
  visitToObserve,
} from '../../../utils/coaching/follow-up';
import { checkCoachNotes } from '../../../utils/coaching/note-checks';
import { FOLLOW_UP_QUESTIONS } from '../../../utils/model/visit';
import { VISIT_AT, visitRecord } from './visit-builders';

describe('the follow-up conversation', () => {
  it('asks the colleague’s own reflection first', () => {
    expect(FOLLOW_UP_QUESTIONS[0]).toBe('own-reflection');
    expect(FOLLOW_UP_QUESTIONS).toHaveLength(6);
  });

  it('holds the coach’s reflection back until the colleague has reflected', () => {
    expect(coachReflectionUnlocked(visitRecord())).toBe(false);
    // Answers to later questions do not open it, nor does a blank first answer.
    expect(
      coachReflectionUnlocked(
        visitRecord({ followUp: { 'most-pleased': 'The start', 'own-reflection': '  ' } }),
      ),
    ).toBe(false);
    expect(
      coachReflectionUnlocked(visitRecord({ followUp: { 'own-reflection': 'I talked a lot' } })),
    ).toBe(true);
  });

  it('is due from the agreed date until something is written down', () => {
    const visit = visitRecord({ followUpAt: VISIT_AT + 1000 });
    expect(followUpDue(visit, VISIT_AT)).toBe(false);
    expect(followUpDue(visit, VISIT_AT + 1000)).toBe(true);
    expect(followUpDue({ ...visit, followUp: { 'own-reflection': 'Yes' } }, VISIT_AT + 1000)).toBe(
      false,
    );
  });
});

describe('what comes of it', () => {
  it('gathers the questions for more colleagues across visits, oldest first', () => {
    const visits = [
      visitRecord({
        id: 'b',
        at: 2,
        visitedColleague: 'Sam',
        followUp: { 'question-for-colleagues': 'Who talks most?' },
      }),
      visitRecord({
        id: 'a',
        at: 1,
        followUp: { 'question-for-colleagues': ' How short can an instruction be? ' },
      }),
      visitRecord({ id: 'c', at: 3, followUp: { general: 'Thanks' } }),
    ];
    expect(staffQuestions(visits).map((question) => [question.visitId, question.text])).toEqual([
      ['a', 'How short can an instruction be?'],
      ['b', 'Who talks most?'],
    ]);
  });

  it('plans the next visit with the roles swapped unless asked not to', () => {
    const visit = visitRecord();
    expect(planNextVisit(visit, 5)).toEqual({
      school: 'Centralskolan',
      at: 5,
      visitedColleague: 'Sam',
      coach: 'Kim',
    });
    expect(planNextVisit(visit, 5, false).visitedColleague).toBe('Kim');
  });

  it('points out sweeping and teacher-centred wording in the coach’s notes, and nothing else', () => {
    const findings = checkCoachNotes('You always talk too fast. Good.', 'en');
    expect(findings.map((finding) => finding.rule)).toEqual(['sweeping']);
    expect(checkCoachNotes('Pupils asked four questions in five minutes.', 'en')).toEqual([]);
  });
});

describe('finding the visit under way', () => {
  it('is the visit nearest to now, before or after', () => {
    const HOUR = 3_600_000;
    const visits = [
      visitRecord({ id: 'last-month', at: VISIT_AT - 700 * HOUR }),
      visitRecord({ id: 'soon', at: VISIT_AT + HOUR / 4 }),
      visitRecord({ id: 'earlier-today', at: VISIT_AT - 2 * HOUR }),
    ];
    expect(visitToObserve(visits, VISIT_AT)?.id).toBe('soon');
    expect(visitToObserve([], VISIT_AT)).toBeUndefined();
  });

  it('reads and writes a date-and-time field in local time', () => {
    const at = new Date(2026, 11, 4, 9, 5).getTime();
    expect(toDateTimeInput(at)).toBe('2026-12-04T09:05');
    expect(fromDateTimeInput('2026-12-04T09:05')).toBe(at);
    expect(fromDateTimeInput('2026-02-30T09:00')).toBeUndefined();
    expect(fromDateTimeInput('')).toBeUndefined();
  });
});
