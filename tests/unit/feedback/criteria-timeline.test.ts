import { describe, expect, it } from 'vitest';
import {
  criteriaTimeline,
  criterionKey,
  staircaseSteps,
} from '../../../utils/feedback/criteria-timeline';
import { periodBounds } from '../../../utils/feedback/period';
import { assignmentRecord, feedbackItemRecord } from '../builders';

describe('a criterion’s name across assignments', () => {
  it('ignores case, spacing and closing punctuation', () => {
    expect(criterionKey('  Uses at least  two\nsources. ')).toBe('uses at least two sources');
    expect(criterionKey('USES AT LEAST TWO SOURCES!')).toBe('uses at least two sources');
    expect(criterionKey('Jag kan förklara orsaker…')).toBe('jag kan förklara orsaker');
    expect(criterionKey('States a clear thesis')).not.toBe(criterionKey('States a thesis'));
  });
});

describe('the criteria over time', () => {
  const essay = assignmentRecord('essay', {
    title: 'Essay',
    createdAt: 1,
    criteria: [
      { id: 'essay-thesis', text: 'States a clear thesis' },
      { id: 'essay-sources', text: 'Uses sources.' },
    ],
  });
  const report = assignmentRecord('report', {
    title: 'Report',
    createdAt: 2,
    criteria: [
      { id: 'report-sources', text: 'uses  SOURCES' },
      { id: 'report-graph', text: 'Labels the graph' },
    ],
  });
  const documents = [
    { id: 'doc-essay', title: 'My essay', assignmentId: 'essay' },
    { id: 'doc-report', title: 'My report', assignmentId: 'report' },
  ];
  const linked = (id: string, documentId: string, criterionId: string, at: number) =>
    feedbackItemRecord(
      id,
      {
        documentId,
        parts: [
          { question: 'feedUp', level: 'task', text: `Goal ${id}`, criterionId },
          { question: 'feedForward', level: 'process', text: `Next ${id}` },
        ],
      },
      at,
    );
  const items = [
    linked('late', 'doc-report', 'report-sources', 300),
    linked('early', 'doc-essay', 'essay-sources', 100),
    linked('thesis', 'doc-essay', 'essay-thesis', 200),
  ];

  it('merges criteria of the same name and lists their feedback in date order', () => {
    const lines = criteriaTimeline({ items, documents, assignments: [report, essay] });
    expect(lines.map((line) => [line.text, line.assignmentTitles])).toEqual([
      ['States a clear thesis', ['Essay']],
      ['uses  SOURCES', ['Essay', 'Report']],
      ['Labels the graph', ['Report']],
    ]);
    const [, sources, graph] = lines;
    expect(sources?.entries.map((entry) => [entry.itemId, entry.documentTitle])).toEqual([
      ['early', 'My essay'],
      ['late', 'My report'],
    ]);
    expect(sources?.entries[0]).toMatchObject({
      question: 'feedUp',
      level: 'task',
      text: 'Goal early',
    });
    expect(graph?.entries).toEqual([]);
  });

  it('keeps only the feedback of the period when one is given', () => {
    const bounds = { start: 150, end: 250 };
    const lines = criteriaTimeline({ items, documents, assignments: [essay, report], bounds });
    expect(lines.map((line) => line.entries.map((entry) => entry.itemId))).toEqual([
      ['thesis'],
      [],
      [],
    ]);
  });

  it('puts the learner’s places on the staircase in date order, within the period', () => {
    const student = {
      staircase: [
        { step: 4, at: new Date(2026, 10, 20).getTime() },
        { step: 2, at: new Date(2026, 8, 1).getTime() },
        { step: 1, at: new Date(2026, 5, 1).getTime() },
      ],
    };
    expect(staircaseSteps(student).map((entry) => entry.step)).toEqual([1, 2, 4]);
    const autumn = periodBounds({ from: '2026-08-01', to: '2026-12-31' });
    expect(staircaseSteps(student, autumn).map((entry) => entry.step)).toEqual([2, 4]);
    expect(staircaseSteps(undefined)).toEqual([]);
  });
});
