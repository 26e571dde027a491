import { afterEach, describe, expect, it } from 'vitest';
import { CriteriaTimeline } from '../../../../components/students/CriteriaTimeline';
import type { Repositories } from '../../../../utils/db/index';
import { eventually, freshRepositories, mount, Providers, textOf, unmountAll } from '../render';

afterEach(unmountAll);

/** An assignment made on day `day` with the criteria given, and a document of the student answering it. */
async function assignedWork(
  repos: Repositories,
  studentId: string,
  title: string,
  criteria: string[],
  day = 1,
) {
  const created = await repos.assignments.create({ title });
  const assignment = {
    ...created,
    createdAt: day * 86_400_000,
    criteria: criteria.map((text, index) => ({ id: `${title}-${index}`, text })),
  };
  await repos.assignments.put(assignment);
  const document = await repos.documents.ensure({
    key: title,
    title: `${title} (doc)`,
    url: `https://x.test/${title}`,
  });
  await repos.documents.put({ ...document, studentId, assignmentId: assignment.id });
  return { assignment, document };
}

describe('CriteriaTimeline', () => {
  it('merges criteria of one name across assignments and lists their feedback and the staircase as text', async () => {
    const { repos } = freshRepositories();
    const student = await repos.students.create('Maja');
    const essay = await assignedWork(repos, student.id, 'Essay', ['Uses sources.', 'Has a thesis']);
    const report = await assignedWork(repos, student.id, 'Report', ['uses SOURCES'], 2);
    await repos.feedback.commit({
      documentId: essay.document.id,
      anchor: null,
      parts: [
        { question: 'feedUp', level: 'task', text: 'Cite two sources.', criterionId: 'Essay-0' },
      ],
    });
    await repos.feedback.commit({
      documentId: report.document.id,
      anchor: null,
      parts: [
        {
          question: 'feedBack',
          level: 'process',
          text: 'Your sources are named now.',
          criterionId: 'Report-0',
        },
      ],
    });
    await repos.students.placeOnStaircase(student.id, 3, new Date(2026, 10, 2).getTime());

    const root = await mount(
      <Providers repos={repos}>
        <CriteriaTimeline studentId={student.id} />
      </Providers>,
    );
    await eventually(() => expect(root.querySelectorAll('.criterion-line')).toHaveLength(2));
    const [sources, thesis] = [...root.querySelectorAll<HTMLElement>('.criterion-line')];
    expect(sources?.querySelector('h3')?.textContent).toBe('uses SOURCES');
    expect(textOf(sources as HTMLElement)).toContain('In Essay, Report');
    const entries = [...(sources?.querySelectorAll<HTMLElement>('.timeline-entry') ?? [])];
    expect(entries.map((entry) => entry.querySelector('.timeline-text')?.textContent)).toEqual([
      'Cite two sources.',
      'Your sources are named now.',
    ]);
    expect(textOf(entries[0] as HTMLElement)).toContain('Feed up, Task · Essay (doc)');
    expect(textOf(entries[1] as HTMLElement)).toContain('Feed back, Process · Report (doc)');
    expect(textOf(thesis as HTMLElement)).toContain('No feedback linked to this criterion yet.');
    expect(textOf(root)).toContain('2 Nov 2026 Step 3 of 5: I try out the feedback');
  });

  it('keeps to the period it is given', async () => {
    const { repos } = freshRepositories();
    const student = await repos.students.create('Maja');
    const essay = await assignedWork(repos, student.id, 'Essay', ['Uses sources']);
    await repos.feedback.commit({
      documentId: essay.document.id,
      anchor: null,
      parts: [{ question: 'feedUp', level: 'task', text: 'Cite.', criterionId: 'Essay-0' }],
    });
    const root = await mount(
      <Providers repos={repos}>
        <CriteriaTimeline
          studentId={student.id}
          period={{ from: '2020-08-01', to: '2021-07-31' }}
        />
      </Providers>,
    );
    await eventually(() =>
      expect(textOf(root)).toContain('No feedback linked to this criterion yet.'),
    );
    expect(textOf(root)).toContain('No place on the staircase recorded in this period.');
  });
});
