import { describe, expect, it } from 'vitest';
import { studentSummary } from '../../../utils/feedback/student-summary';
import { feedbackItemRecord } from '../builders';

describe('a learner’s summary for a development talk', () => {
  const item = (id: string, at: number, outcome?: 'actedOn' | 'notYet') => {
    const record = feedbackItemRecord(
      id,
      {
        documentId: 'doc-1',
        parts: [
          { question: 'feedBack', level: 'task', text: `Works ${id}` },
          { question: 'feedBack', level: 'self', text: `You are great ${id}` },
          { question: 'feedForward', level: 'process', text: `Next ${id}` },
        ],
      },
      at,
    );
    return outcome ? { ...record, outcome: { kind: outcome, at: at + 5 } } : record;
  };
  const documents = [{ id: 'doc-1', title: 'Essay' }];

  it('lists the feed-back on the work as strengths, without praise of the person', () => {
    const summary = studentSummary([item('b', 20), item('a', 10)], documents, {
      start: 0,
      end: 100,
    });
    expect(summary.strengths.map((part) => part.text)).toEqual(['Works a', 'Works b']);
    expect(summary.strengths[0]).toMatchObject({ documentTitle: 'Essay', level: 'task', at: 10 });
  });

  it('lists every feed-forward of the period with its outcome', () => {
    const summary = studentSummary(
      [item('done', 10, 'actedOn'), item('open', 20, 'notYet'), item('later', 200)],
      documents,
      { start: 0, end: 100 },
    );
    expect(summary.feedForwards.map((part) => [part.text, part.outcome?.kind ?? null])).toEqual([
      ['Next done', 'actedOn'],
      ['Next open', 'notYet'],
    ]);
  });
});
