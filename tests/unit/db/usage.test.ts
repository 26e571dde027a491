import { describe, expect, it } from 'vitest';
import { createUsageTally, estimateBytes } from '../../../utils/db/usage';
import { freshRepositories } from './fresh';
import { seedSchool } from './school-data';

describe('estimateBytes', () => {
  it('grows with the text stored and ignores missing fields', () => {
    const short = estimateBytes({ text: 'a' });
    expect(estimateBytes({ text: 'a'.repeat(1001) })).toBe(short + 1000);
    expect(estimateBytes({ text: 'a', note: undefined })).toBe(short);
    expect(estimateBytes([1, 2])).toBeGreaterThan(estimateBytes([1]));
  });
});

describe('usage tally', () => {
  it('counts records and bytes per table and ranks documents and students by their data', () => {
    const tally = createUsageTally();
    tally.add('students', [
      { id: 's1', name: 'Anna', createdAt: 0, updatedAt: 0 },
      { id: 's2', name: 'Ben', createdAt: 0, updatedAt: 0 },
    ]);
    tally.add('documents', [{ id: 'd1', key: 'k', url: 'u', title: 'Big essay', studentId: 's2' }]);
    tally.add('feedback', [
      {
        id: 'f1',
        documentId: 'd1',
        studentId: 's2',
        parts: [{ text: 'x'.repeat(5000) }],
        createdAt: Date.UTC(2025, 0, 1),
      },
      {
        id: 'f2',
        documentId: 'd1',
        studentId: 's2',
        parts: [{ text: 'y'.repeat(10) }],
        createdAt: Date.UTC(2025, 8, 1),
      },
    ]);
    const summary = tally.result();
    expect(summary.tables.feedback.records).toBe(2);
    expect(summary.tables.feedback.bytes).toBeGreaterThan(5010);
    expect(summary.totalRecords).toBe(5);
    expect(summary.largestStudents.map((student) => student.name)).toEqual(['Ben', 'Anna']);
    expect(summary.largestStudents[0]?.bytes).toBeGreaterThan(summary.tables.feedback.bytes);
    expect(summary.largestDocuments).toEqual([
      expect.objectContaining({ id: 'd1', name: 'Big essay' }),
    ]);
    expect(summary.schoolYears).toEqual(['2025/26', '2024/25']);
  });
});

describe('usage.measure', () => {
  it('counts every table, in chunks, the same as in one go', async () => {
    const repos = freshRepositories();
    await seedSchool(repos);
    let pauses = 0;
    const chunked = await repos.usage.measure({
      chunkSize: 2,
      pause: async () => {
        pauses += 1;
      },
    });
    const whole = await repos.usage.measure({ chunkSize: 1000 });
    expect(chunked).toEqual(whole);
    expect(pauses).toBeGreaterThan(3);
    expect(whole.tables.feedback).toEqual({ records: 6, bytes: expect.any(Number) });
    expect(whole.tables.students.records).toBe(3);
    expect(whole.tables.settings.records).toBe(2);
    expect(whole.largestStudents).toHaveLength(3);
  });

  it('has a revision that changes when data is deleted', async () => {
    const repos = freshRepositories();
    await seedSchool(repos);
    const before = await repos.usage.revision();
    await repos.activity.remove('act-ben');
    expect(await repos.usage.revision()).not.toBe(before);
  });
});
