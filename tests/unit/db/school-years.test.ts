import { afterEach, describe, expect, it, vi } from 'vitest';
import { clockAt, freshRepositories, identity, studentDocument } from './fresh';

afterEach(() => {
  vi.useRealTimers();
});

const SPRING_2026 = new Date(2026, 2, 10, 9, 0).getTime();
const AUTUMN_2026 = new Date(2026, 8, 3, 9, 0).getTime();
const feedbackPart = { question: 'feedBack', level: 'task', text: 'Clear thesis.' } as const;

describe('school years on stored records', () => {
  it('files a new document, feedback item and activity under the school year they were made in', async () => {
    clockAt(SPRING_2026);
    const { repos, document } = await studentDocument();
    const item = await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: [feedbackPart],
    });
    const logged = await repos.activity.log('teacher', { documentId: document.id });
    expect([document, item, logged].map((record) => record.schoolYear)).toEqual([
      '2025/26',
      '2025/26',
      '2025/26',
    ]);
  });

  it('keeps an edited item in the year it was written, and files a draft by when it was begun', async () => {
    clockAt(SPRING_2026);
    const { repos, document } = await studentDocument();
    const saved = await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: [feedbackPart],
    });
    vi.setSystemTime(AUTUMN_2026);
    const draft = await repos.feedback.putDraft({
      documentId: document.id,
      anchor: null,
      parts: [feedbackPart],
      draftOf: saved.id,
    });
    const edited = await repos.feedback.commit({
      documentId: document.id,
      anchor: null,
      parts: [{ ...feedbackPart, text: 'Clear thesis, well placed.' }],
      draftOf: saved.id,
    });
    expect(draft.schoolYear).toBe('2026/27');
    expect(edited.schoolYear).toBe('2025/26');
    expect((await repos.feedback.get(saved.id))?.schoolYear).toBe('2025/26');
  });

  it('lists one school year’s records and the years that have any', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const repos = freshRepositories();
    vi.setSystemTime(SPRING_2026);
    const spring = await repos.documents.ensure(identity('gdoc:spring'));
    await repos.feedback.commit({ documentId: spring.id, anchor: null, parts: [feedbackPart] });
    vi.setSystemTime(AUTUMN_2026);
    const autumn = await repos.documents.ensure(identity('gdoc:autumn'));
    const autumnItem = await repos.feedback.commit({
      documentId: autumn.id,
      anchor: null,
      parts: [feedbackPart],
    });
    await repos.activity.log('peer');

    expect(await repos.feedback.schoolYears()).toEqual(['2025/26', '2026/27']);
    expect(await repos.documents.schoolYears()).toEqual(['2025/26', '2026/27']);
    expect(await repos.activity.schoolYears()).toEqual(['2026/27']);
    const thisYear = await repos.feedback.listForSchoolYear('2026/27');
    expect(thisYear.map((item) => item.id)).toEqual([autumnItem.id]);
    expect(await repos.activity.listForSchoolYear('2025/26')).toEqual([]);
  });
});
