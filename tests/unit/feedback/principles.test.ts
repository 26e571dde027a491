import { describe, expect, it } from 'vitest';
import { selfAssessmentGiven, servedPrinciples } from '../../../utils/feedback/principles';
import type { FeedbackPart } from '../../../utils/model/records';

type PartInput = Partial<FeedbackPart> & Pick<FeedbackPart, 'question' | 'text'>;

const item = (...parts: PartInput[]) => ({
  parts: parts.map((part, index) => ({ id: `p${index}`, level: 'task' as const, ...part })),
});

/** The principles' state by key. */
const met = (items: ReturnType<typeof item>[], involvement = false) =>
  Object.fromEntries(servedPrinciples(items, involvement).map((row) => [row.key, row.met]));

describe('servedPrinciples', () => {
  it('lists the four principles in the order of the regulation, with their texts', () => {
    expect(servedPrinciples([], false)).toEqual([
      { key: 'goal', label: 'principleGoal', met: false },
      { key: 'quality', label: 'principleQuality', met: false },
      { key: 'advice', label: 'principleAdvice', met: false },
      { key: 'involvement', label: 'principleInvolvement', met: false },
    ]);
  });

  it('counts the goal as understood when any part of any item links a criterion', () => {
    expect(met([item({ question: 'feedBack', text: 'Clear.' })]).goal).toBe(false);
    expect(
      met([
        item({ question: 'feedBack', text: 'Clear.' }),
        item({ question: 'feedUp', text: '', criterionId: 'c1' }),
      ]).goal,
    ).toBe(true);
  });

  it('counts quality only from written feed back that is not praise of the person', () => {
    expect(
      met([item({ question: 'feedBack', level: 'self', text: 'You are great!' })]).quality,
    ).toBe(false);
    expect(met([item({ question: 'feedBack', text: '   ' })]).quality).toBe(false);
    expect(met([item({ question: 'feedForward', text: 'Add a source.' })]).quality).toBe(false);
    for (const level of ['task', 'process', 'selfRegulation'] as const) {
      expect(
        met([item({ question: 'feedBack', level, text: 'Your argument holds.' })]).quality,
      ).toBe(true);
    }
  });

  it('counts advice from any written feed forward', () => {
    expect(met([item({ question: 'feedForward', text: '\n' })]).advice).toBe(false);
    expect(met([item({ question: 'feedBack', text: 'Good.' })]).advice).toBe(false);
    expect(
      met([item({ question: 'feedForward', level: 'process', text: 'Try a plan.' })]).advice,
    ).toBe(true);
  });

  it('takes involvement from the caller only', () => {
    const full = [
      item(
        { question: 'feedUp', text: 'Goal', criterionId: 'c1' },
        { question: 'feedBack', text: 'Now' },
        { question: 'feedForward', text: 'Next' },
      ),
    ];
    expect(met(full, false)).toEqual({
      goal: true,
      quality: true,
      advice: true,
      involvement: false,
    });
    expect(met(full, true)).toEqual({ goal: true, quality: true, advice: true, involvement: true });
    expect(met([], true).involvement).toBe(true);
  });
});

describe('selfAssessmentGiven', () => {
  const activity = [
    { kind: 'peer' as const, documentId: 'd1' },
    { kind: 'self' as const, documentId: 'd2' },
    { kind: 'teacher' as const, documentId: 'd1' },
    { kind: 'self' as const },
  ];

  it('is true only for a self-assessment logged on that document', () => {
    expect(selfAssessmentGiven(activity, 'd2')).toBe(true);
    expect(selfAssessmentGiven(activity, 'd1')).toBe(false);
    expect(selfAssessmentGiven(activity, 'd3')).toBe(false);
    expect(selfAssessmentGiven([], 'd2')).toBe(false);
  });

  it('is false while the document is not stored yet', () => {
    expect(selfAssessmentGiven(activity, undefined)).toBe(false);
  });
});
