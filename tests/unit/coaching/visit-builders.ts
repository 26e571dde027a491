import type { VisitRecord } from '../../../utils/model/records';

/** 4 December 2026, 09:00 UTC: a Friday in term. */
export const VISIT_AT = Date.UTC(2026, 11, 4, 9, 0);

/** A stored visit of Kim, coached by Sam, with every field a fresh visit has. */
export function visitRecord(overrides: Partial<VisitRecord> = {}): VisitRecord {
  return {
    id: 'visit-1',
    school: 'Centralskolan',
    at: VISIT_AT,
    meetingNumber: 1,
    visitedColleague: 'Kim',
    coach: 'Sam',
    focus: '',
    documentation: '',
    notes: '',
    followUp: {},
    createdAt: VISIT_AT,
    updatedAt: VISIT_AT,
    ...overrides,
  };
}
