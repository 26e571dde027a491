import type { Locale, Translate } from '../i18n/index';
import { FEEDBACK_LEVELS, FEEDBACK_QUESTIONS } from '../model/feedback';
import type {
  AssignmentRecord,
  DocumentRecord,
  FeedbackItemRecord,
  GroupRecord,
  StudentRecord,
} from '../model/records';
import { csvText } from '../text/csv';
import { toDateInput } from '../text/date-input';
import { LEVEL_LABELS, QUESTION_LABELS } from './labels';

/**
 * The feedback log as a spreadsheet file, for the teacher's own analysis or
 * for a school leader: one row per saved or inserted feedback item (drafts
 * are work in progress and left out), with the context a reader needs and
 * one column per feedback question × level holding that part's text.
 */

/** The stored records the log is made from. */
export interface FeedbackLogSource {
  feedback: readonly FeedbackItemRecord[];
  documents: readonly DocumentRecord[];
  students: readonly StudentRecord[];
  groups: readonly GroupRecord[];
  assignments: readonly AssignmentRecord[];
}

/** The log as CSV text: byte order mark, header row in the interface language, CRLF line ends. */
export function feedbackLogCsv(source: FeedbackLogSource, t: Translate, locale: Locale): string {
  const byId = <T extends { id: string }>(records: readonly T[]) =>
    new Map(records.map((record) => [record.id, record]));
  const [documents, students, groups, assignments] = [
    byId(source.documents),
    byId(source.students),
    byId(source.groups),
    byId(source.assignments),
  ];
  const partColumns = FEEDBACK_QUESTIONS.flatMap((question) =>
    FEEDBACK_LEVELS.map((level) => ({ question, level })),
  );
  const header = [
    t('backupCsvDate'),
    t('backupCsvStudent'),
    t('backupCsvGroup'),
    t('backupCsvAssignment'),
    t('backupCsvDocument'),
    t('backupCsvPassage'),
    t('backupCsvStatus'),
    t('backupCsvFollowUp'),
    t('backupCsvFollowedUp'),
    ...partColumns.map(
      ({ question, level }) => `${t(QUESTION_LABELS[question])} – ${t(LEVEL_LABELS[level])}`,
    ),
  ];
  const items = source.feedback
    .filter((item) => item.status !== 'draft')
    .sort((a, b) => a.createdAt - b.createdAt);
  const rows = items.map((item) => {
    const document = documents.get(item.documentId);
    const student = students.get(item.studentId ?? document?.studentId ?? '');
    const assignment = assignments.get(document?.assignmentId ?? '');
    const group = groups.get(student?.groupId ?? assignment?.groupId ?? '');
    const partText = (question: string, level: string) =>
      item.parts
        .filter((part) => part.question === question && part.level === level)
        .map((part) => part.text)
        .join('\n\n');
    return [
      toDateInput(item.createdAt),
      student?.name ?? '',
      group?.name ?? '',
      assignment?.title ?? '',
      document?.title ?? '',
      item.anchor ? item.anchor.quote.exact : t('backupCsvWholeDocument'),
      t(item.status === 'inserted' ? 'backupCsvStatusInserted' : 'backupCsvStatusSaved'),
      toDateInput(item.followUpAt),
      toDateInput(item.followedUpAt),
      ...partColumns.map(({ question, level }) => partText(question, level)),
    ];
  });
  return csvText([header, ...rows], locale);
}
