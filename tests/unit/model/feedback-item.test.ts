import { describe, expect, it } from 'vitest';
import { buildFeedbackItem } from '../../../utils/model/feedback-item';
import { ANCHOR } from '../db/fresh';

/** Ids a test can predict: `id-1`, `id-2`, … */
function counter() {
  let next = 0;
  return () => `id-${++next}`;
}

const PARTS = [
  { question: 'feedBack', level: 'task', text: 'Your dates are correct.' },
  { question: 'feedForward', level: 'process', text: 'Next, explain why it ended.' },
] as const;

/** 1 September 2026 and 1 March 2027: both in school year 2026/27; 1 June 2026 is in 2025/26. */
const AUTUMN = Date.UTC(2026, 8, 1, 12);
const SPRING = Date.UTC(2027, 2, 1, 12);
const EARLY_SUMMER = Date.UTC(2026, 5, 1, 12);

describe('buildFeedbackItem (the one way a feedback record is made)', () => {
  it('makes a teacher’s item with fresh ids, filed under the school year it was written in', () => {
    const item = buildFeedbackItem(
      { documentId: 'd1', studentId: 's1', anchor: ANCHOR, parts: PARTS, status: 'saved' },
      AUTUMN,
      counter(),
    );
    expect(item).toEqual({
      id: 'id-1',
      documentId: 'd1',
      studentId: 's1',
      anchor: ANCHOR,
      parts: [
        { ...PARTS[0], id: 'id-2' },
        { ...PARTS[1], id: 'id-3' },
      ],
      source: 'teacher',
      status: 'saved',
      revision: 1,
      schoolYear: '2026/27',
      createdAt: AUTUMN,
      updatedAt: AUTUMN,
    });
  });

  it('keeps who gave the feedback when it was not the teacher', () => {
    const item = buildFeedbackItem(
      { documentId: 'd1', anchor: null, parts: PARTS, status: 'saved', source: 'peer' },
      AUTUMN,
      counter(),
    );
    expect(item.source).toBe('peer');
  });

  it('writes a record again in place: same id and first time, its year by that time', () => {
    const draft = buildFeedbackItem(
      {
        documentId: 'd1',
        anchor: null,
        parts: PARTS.slice(0, 1),
        status: 'draft',
        draftOf: 'saved-1',
        checklist: { askPermission: true },
        dismissedFindings: ['noPositive'],
        followUpAt: SPRING,
        id: 'draft-1',
        createdAt: EARLY_SUMMER,
      },
      SPRING,
      counter(),
    );
    expect(draft).toMatchObject({
      id: 'draft-1',
      status: 'draft',
      draftOf: 'saved-1',
      checklist: { askPermission: true },
      dismissedFindings: ['noPositive'],
      followUpAt: SPRING,
      schoolYear: '2025/26',
      createdAt: EARLY_SUMMER,
      updatedAt: SPRING,
    });
    expect(draft.parts.map((part) => part.id)).toEqual(['id-1']);
  });
});
