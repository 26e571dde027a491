/**
 * The student view's first render at a school's scale, in the database
 * benchmark's page: `total` feedback items of `studentCount` learners in
 * classes of 30, written in one transaction, then the dashboard's
 * StudentView rendered for one learner after another with the product's
 * repositories, as the dashboard does. Each run reports when the newest
 * page of items was on screen, when everything was (the uptake table with
 * the class beside the learner, and the follow-ups), and the longest
 * main-thread task meanwhile (long-task entries, and the longest gap
 * between two turns of the event loop, which also sees tasks under 50 ms).
 */
import { h, render } from 'preact';
import { StudentView } from '../../components/students/StudentView';
import { FeedforwardDatabase } from '../../utils/db/database';
import { createI18n, I18nContext } from '../../utils/i18n/context';
import type {
  AssignmentRecord,
  DocumentRecord,
  FeedbackItemRecord,
  GroupRecord,
  StudentRecord,
} from '../../utils/model/records';
import { schoolYearOf } from '../../utils/model/school-year';
import { ServicesContext } from '../../utils/panel/services/context';
import { collectGarbage, dashboardServices } from './fixtures';

const DAY = 86_400_000;
const CLASS_SIZE = 30;
const DOCUMENTS_PER_STUDENT = 8;
const ASSIGNMENTS = 10;
const LEVELS = ['task', 'process', 'selfRegulation'] as const;
const OUTCOMES = ['actedOn', 'partly', 'notYet'] as const;

/** Every record of the school, made in memory so one transaction writes it. */
function school(total: number, studentCount: number, now: number) {
  const groups: GroupRecord[] = Array.from(
    { length: Math.ceil(studentCount / CLASS_SIZE) },
    (_, index) => ({ id: `group-${index}`, name: `Class ${index}`, createdAt: 1, updatedAt: 1 }),
  );
  const students: StudentRecord[] = Array.from({ length: studentCount }, (_, index) => ({
    id: `student-${index}`,
    name: `Student ${index}`,
    groupId: `group-${Math.floor(index / CLASS_SIZE)}`,
    createdAt: 1,
    updatedAt: 1,
  }));
  const assignments: AssignmentRecord[] = Array.from({ length: ASSIGNMENTS }, (_, index) => ({
    id: `assignment-${index}`,
    title: `Assignment ${index}`,
    learningGoal: 'Argue for a position with sources.',
    criteria: [0, 1, 2].map((criterion) => ({
      id: `assignment-${index}-criterion-${criterion}`,
      text: `Criterion ${criterion} of assignment ${index}`,
    })),
    createdAt: 1,
    updatedAt: 1,
  }));
  const documents: DocumentRecord[] = students.flatMap((student, studentIndex) =>
    Array.from({ length: DOCUMENTS_PER_STUDENT }, (_, index) => ({
      id: `doc-${studentIndex}-${index}`,
      key: `https://school.example/essay/${studentIndex}/${index}`,
      url: `https://school.example/essay/${studentIndex}/${index}`,
      title: `Essay ${index} by ${student.name}`,
      studentId: student.id,
      assignmentId: `assignment-${index % ASSIGNMENTS}`,
      schoolYear: schoolYearOf(now),
      createdAt: 1,
      updatedAt: 1,
    })),
  );
  const span = 2 * 365 * DAY;
  const feedback: FeedbackItemRecord[] = Array.from({ length: total }, (_, index) => {
    const student = index % studentCount;
    const createdAt = now - span + Math.floor((index / total) * span);
    const document = Math.floor(index / studentCount) % DOCUMENTS_PER_STUDENT;
    const outcome = OUTCOMES[index % 5];
    return {
      id: `item-${String(index).padStart(6, '0')}`,
      documentId: `doc-${student}-${document}`,
      studentId: `student-${student}`,
      anchor: null,
      parts: [
        {
          id: `item-${index}-up`,
          question: 'feedUp',
          level: 'task',
          text: 'The goal is a clear thesis.',
          criterionId: `assignment-${document % ASSIGNMENTS}-criterion-${index % 3}`,
        },
        {
          id: `item-${index}-forward`,
          question: 'feedForward',
          level: LEVELS[index % 3] ?? 'task',
          text: 'Next, plan each paragraph before you write it: what is its one point?',
        },
      ],
      source: 'teacher',
      status: 'saved',
      ...(outcome && { outcome: { kind: outcome, at: createdAt + (index % 9) * DAY } }),
      ...(index % 7 === 0 && { followUpAt: createdAt + 14 * DAY }),
      schoolYear: schoolYearOf(createdAt),
      createdAt,
      updatedAt: createdAt,
    };
  });
  return { groups, students, assignments, documents, feedback };
}

/** Writes the school in one transaction, as a restore would. */
async function fill(db: FeedforwardDatabase, records: ReturnType<typeof school>) {
  await db.transaction(
    'rw',
    [db.groups, db.students, db.assignments, db.documents, db.feedback],
    async () => {
      await db.groups.bulkPut(records.groups);
      await db.students.bulkPut(records.students);
      await db.assignments.bulkPut(records.assignments);
      await db.documents.bulkPut(records.documents);
      await db.feedback.bulkPut(records.feedback);
    },
  );
}

/** Resolves once `done` holds for the container, checked after every change to it. */
function whenRendered(container: HTMLElement, done: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      if (!done()) return false;
      observer.disconnect();
      resolve(performance.now());
      return true;
    };
    const observer = new MutationObserver(check);
    observer.observe(container, { childList: true, subtree: true, characterData: true });
    check();
  });
}

/** Watches the main thread: long-task entries, and the longest gap between two event-loop turns. */
function watchMainThread() {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const channel = new MessageChannel();
  let last = performance.now();
  let longestGap = 0;
  let running = true;
  channel.port1.onmessage = () => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    if (running) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  return () => {
    running = false;
    observer.disconnect();
    channel.port1.close();
    return { longTasks, longestGapMs: longestGap };
  };
}

/**
 * Fills a fresh database with the school, then renders the student view
 * once to warm up (the first reads after a 100,000-item write, and the
 * code's first run; reported apart) and `runs` times for the figures.
 */
export async function studentView(total: number, studentCount: number, runs: number) {
  for (const { name } of await indexedDB.databases()) {
    if (name) await new FeedforwardDatabase(name).delete();
  }
  const name = 'bench-student-view';
  const db = new FeedforwardDatabase(name);
  const fillStart = performance.now();
  // The records go out of scope once written, so the runs below do not carry 100,000 of them in the heap.
  await fill(db, school(total, studentCount, Date.now()));
  const fillMs = performance.now() - fillStart;
  db.close();
  // The fill's garbage (100,000 records and their write buffers) is the
  // benchmark's, not the view's: collected now, its full collection does
  // not land in a render below as a 100-300 ms main-thread task.
  collectGarbage();

  const services = await dashboardServices(name);
  const results = [];
  for (let run = -1; run < runs; run += 1) {
    const studentId = `student-${((run + 1) * 97 + 13) % studentCount}`;
    const container = document.createElement('div');
    document.body.append(container);
    const stop = watchMainThread();
    const start = performance.now();
    const listed = whenRendered(
      container,
      () => container.querySelectorAll('[data-testid=student-item]').length > 0,
    );
    const complete = whenRendered(container, () => {
      const header = container.querySelector('[data-testid=uptake-table] thead tr');
      return (
        (header?.children.length ?? 0) === 5 &&
        !!container.querySelector('.student-follow-up-groups')
      );
    });
    render(
      h(
        ServicesContext.Provider,
        { value: services },
        h(I18nContext.Provider, { value: createI18n('en') }, h(StudentView, { studentId })),
      ),
      container,
    );
    const [listedAt, completeAt] = await Promise.all([listed, complete]);
    // Let the last task end before the watch stops.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const thread = stop();
    results.push({
      studentId,
      items: container.querySelectorAll('[data-testid=student-item]').length,
      listedMs: listedAt - start,
      completeMs: completeAt - start,
      longestTaskMs: Math.max(0, ...thread.longTasks),
      longTasks: thread.longTasks.length,
      longestGapMs: thread.longestGapMs,
    });
    render(null, container);
    container.remove();
  }
  const [warmUp, ...measured] = results;
  return { total, studentCount, fillMs, warmUp, runs: measured };
}
