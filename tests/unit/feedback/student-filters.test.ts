import { describe, expect, it } from 'vitest';
import {
  anyStudentFilter,
  matchesStudentFilters,
  NO_OUTCOME,
  type StudentFeedbackFilters,
} from '../../../utils/feedback/student-filters';
import { feedbackItemRecord } from '../builders';

/** Two documents of two assignments. */
const ASSIGNMENT_OF: Record<string, string> = { 'doc-essay': 'essay', 'doc-report': 'report' };
const assignmentOf = (documentId: string) => ASSIGNMENT_OF[documentId];

const essayItem = {
  ...feedbackItemRecord('essay-item', {
    documentId: 'doc-essay',
    parts: [
      { question: 'feedUp', level: 'task', text: 'The goal.', criterionId: 'thesis' },
      { question: 'feedForward', level: 'process', text: 'Plan each paragraph.' },
    ],
  }),
  outcome: { kind: 'actedOn' as const, at: 5 },
};
const reportItem = feedbackItemRecord('report-item', {
  documentId: 'doc-report',
  parts: [{ question: 'feedBack', level: 'selfRegulation', text: 'You checked your sources.' }],
});

const passing = (filters: StudentFeedbackFilters) =>
  [essayItem, reportItem]
    .filter((item) => matchesStudentFilters(item, filters, assignmentOf))
    .map((item) => item.id);

describe('filtering a learner’s feedback', () => {
  it('lets everything through without filters', () => {
    expect(passing({})).toEqual(['essay-item', 'report-item']);
    expect(anyStudentFilter({})).toBe(false);
  });

  it('filters by the assignment of the item’s document', () => {
    expect(passing({ assignmentId: 'report' })).toEqual(['report-item']);
    expect(anyStudentFilter({ assignmentId: 'report' })).toBe(true);
  });

  it('filters by criterion, question and level', () => {
    expect(passing({ criterionId: 'thesis' })).toEqual(['essay-item']);
    expect(passing({ question: 'feedBack' })).toEqual(['report-item']);
    expect(passing({ level: 'process' })).toEqual(['essay-item']);
    expect(passing({ level: 'self' })).toEqual([]);
  });

  it('asks question, level and criterion of one and the same part', () => {
    // The essay has a feed-up at the task level and a feed-forward at the process level.
    expect(passing({ question: 'feedForward', level: 'process' })).toEqual(['essay-item']);
    expect(passing({ question: 'feedForward', level: 'task' })).toEqual([]);
    expect(passing({ question: 'feedUp', criterionId: 'thesis' })).toEqual(['essay-item']);
    expect(passing({ question: 'feedForward', criterionId: 'thesis' })).toEqual([]);
  });

  it('filters by the outcome, or by none recorded yet', () => {
    expect(passing({ outcome: 'actedOn' })).toEqual(['essay-item']);
    expect(passing({ outcome: 'notYet' })).toEqual([]);
    expect(passing({ outcome: NO_OUTCOME })).toEqual(['report-item']);
  });

  it('combines filters: all must hold', () => {
    expect(passing({ assignmentId: 'essay', outcome: NO_OUTCOME })).toEqual([]);
    expect(passing({ assignmentId: 'essay', level: 'task', outcome: 'actedOn' })).toEqual([
      'essay-item',
    ]);
  });
});
