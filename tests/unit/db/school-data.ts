import { FeedforwardDatabase } from '../../../utils/db/database';
import type { Repositories } from '../../../utils/db/index';
import type { VisitRecord } from '../../../utils/model/records';
import { schoolYearOf } from '../../../utils/model/school-year';
import { feedbackItemRecord, templateRecord } from '../builders';

// A small school's worth of data touching every table: class 7A of 2024/25
// with Anna and Ben, each with an essay, feedback, activity and a mention in
// the teacher's own templates and missed searches, plus a 2025/26 visit.

/** 2024-10-01 (school year 2024/25) and 2025-10-01 (2025/26). */
export const OLD_YEAR_AT = Date.UTC(2024, 9, 1);
export const NEW_YEAR_AT = Date.UTC(2025, 9, 1);

/**
 * Runs `work` on the database behind `repos`: co-coaching visits have a
 * table (and a place in backups and clean-up) but no repository yet.
 */
async function onDatabase<T>(
  repos: Repositories,
  work: (db: FeedforwardDatabase) => Promise<T>,
): Promise<T> {
  const db = new FeedforwardDatabase(repos.backup.databaseName);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

/** Stores a co-coaching visit. */
function putVisit(repos: Repositories, visit: VisitRecord): Promise<string> {
  return onDatabase(repos, (db) => db.visits.put(visit));
}

/** Every co-coaching visit stored. */
export function storedVisits(repos: Repositories): Promise<VisitRecord[]> {
  return onDatabase(repos, (db) => db.visits.toArray());
}

/** Fills `repos` with the class and returns the records' ids. */
export async function seedSchool(repos: Repositories) {
  await repos.groups.put({
    id: 'g7a',
    name: '7A',
    schoolYear: '2024/25',
    createdAt: OLD_YEAR_AT,
    updatedAt: OLD_YEAR_AT,
  });
  await repos.groups.put({
    id: 'g8b',
    name: '8B',
    schoolYear: '2025/26',
    createdAt: NEW_YEAR_AT,
    updatedAt: NEW_YEAR_AT,
  });
  for (const [id, name, groupId] of [
    ['anna', 'Anna Berg', 'g7a'],
    ['ben', 'Ben Ali', 'g7a'],
    ['cleo', 'Cleo', 'g8b'],
  ] as const) {
    await repos.students.put({
      id,
      name,
      groupId,
      staircase: [{ step: 3, at: OLD_YEAR_AT }],
      createdAt: OLD_YEAR_AT,
      updatedAt: OLD_YEAR_AT,
    });
  }
  await repos.assignments.put({
    id: 'essay7a',
    title: 'Essay',
    groupId: 'g7a',
    learningGoal: 'Argue',
    criteria: [],
    createdAt: OLD_YEAR_AT,
    updatedAt: OLD_YEAR_AT,
  });
  for (const [id, studentId, at, assignmentId] of [
    ['doc-anna', 'anna', OLD_YEAR_AT, 'essay7a'],
    ['doc-ben', 'ben', OLD_YEAR_AT, 'essay7a'],
    ['doc-cleo', 'cleo', NEW_YEAR_AT, undefined],
  ] as const) {
    await repos.documents.put({
      id,
      key: `gdoc:${id}`,
      url: `https://docs.google.com/document/d/${id}/edit`,
      title: `Essay by ${studentId}`,
      studentId,
      assignmentId,
      schoolYear: schoolYearOf(at),
      createdAt: at,
      updatedAt: at,
    });
    for (const [n, status] of [
      [1, 'saved'],
      [2, 'draft'],
    ] as const) {
      await repos.feedback.put(
        feedbackItemRecord(
          `fb-${studentId}-${n}`,
          {
            documentId: id,
            studentId,
            parts: [
              {
                question: 'feedForward',
                level: 'process',
                text: `Next step for ${studentId} `.repeat(20),
              },
            ],
            status,
          },
          at,
        ),
      );
    }
    await repos.activity.put({
      id: `act-${studentId}`,
      at,
      kind: 'teacher',
      studentId,
      groupId: studentId === 'cleo' ? 'g8b' : 'g7a',
      documentId: id,
      feedbackId: `fb-${studentId}-1`,
      schoolYear: schoolYearOf(at),
    });
  }
  // An activity entry that names only Anna's feedback item.
  await repos.activity.put({
    id: 'act-anna-item',
    at: OLD_YEAR_AT,
    kind: 'self',
    feedbackId: 'fb-anna-1',
    schoolYear: schoolYearOf(OLD_YEAR_AT),
  });
  await repos.templates.put(
    templateRecord('mentions-anna', { text: 'Anna Berg, look at your sources.' }),
  );
  await repos.templates.put(templateRecord('plain', { text: 'Look at your sources.' }));
  await repos.templates.put(
    templateRecord('builtin', { builtIn: true, useCount: 4, favourite: true }),
  );
  await repos.missedSearches.record('anna berg', 'en', OLD_YEAR_AT);
  await repos.missedSearches.record('sources', 'en', OLD_YEAR_AT);
  await repos.missedSearches.record('sources', 'en', OLD_YEAR_AT);
  await repos.handoffs.setPendingFocus({ documentKey: 'gdoc:doc-anna', itemId: 'fb-anna-1' });
  await putVisit(repos, {
    id: 'visit-new',
    school: 'Centralskolan',
    at: NEW_YEAR_AT,
    meetingNumber: 1,
    visitedColleague: 'Kim',
    coach: 'Sam',
    focus: 'Questions',
    documentation: '',
    notes: '',
    followUp: {},
    createdAt: NEW_YEAR_AT,
    updatedAt: NEW_YEAR_AT,
  });
}

/** Every record of every table as JSON text, to search for a learner's traces. */
export async function everyRecordAsText(repos: Repositories): Promise<Record<string, string>> {
  return {
    groups: JSON.stringify(await repos.groups.all()),
    students: JSON.stringify(await repos.students.all()),
    assignments: JSON.stringify(await repos.assignments.all()),
    documents: JSON.stringify(await repos.documents.all()),
    feedback: JSON.stringify(await repos.feedback.all()),
    templates: JSON.stringify(await repos.templates.all()),
    activity: JSON.stringify(await repos.activity.all()),
    visits: JSON.stringify(await storedVisits(repos)),
    settings: JSON.stringify([
      await repos.missedSearches.list(),
      await repos.handoffs.pendingFocus(),
    ]),
  };
}
