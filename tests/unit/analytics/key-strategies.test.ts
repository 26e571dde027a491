import { describe, expect, it } from 'vitest';
import {
  addActivityToGrid,
  addItemsToGrid,
  emptyStrategyGrid,
} from '../../../utils/analytics/key-strategies';
import { feedbackItemRecord } from '../builders';

describe('the five key strategies as a grid', () => {
  it('puts the teacher’s parts under their questions, formative checks at "where the learner is now", peer and self work across their rows', () => {
    const grid = emptyStrategyGrid();
    addItemsToGrid(grid, [
      feedbackItemRecord('a', {
        parts: [
          { question: 'feedUp', level: 'task', text: 'The goal.' },
          { question: 'feedForward', level: 'process', text: 'Next.' },
          { question: 'feedForward', level: 'self', text: 'Second step, same item.' },
        ],
      }),
      feedbackItemRecord('b', { parts: [{ question: 'feedBack', level: 'task', text: 'Now.' }] }),
      feedbackItemRecord('peer', { source: 'peer' }),
      feedbackItemRecord('draft', { status: 'draft' }),
      feedbackItemRecord('blank', { parts: [{ question: 'feedUp', level: 'task', text: ' ' }] }),
    ]);
    addActivityToGrid(grid, [
      { kind: 'formative' },
      { kind: 'formative' },
      { kind: 'peer' },
      { kind: 'self' },
      // Teacher work is counted from the items themselves.
      { kind: 'teacher' },
    ]);
    expect(grid).toEqual({
      teacher: { feedUp: 1, feedBack: 3, feedForward: 1 },
      peer: { feedUp: 1, feedBack: 1, feedForward: 2 },
      learner: { feedUp: 1, feedBack: 1, feedForward: 1 },
    });
  });
});
