import { buildFeedbackItem, type FeedbackItemInput } from '../../utils/model/feedback-item';
import type {
  AssignmentRecord,
  FeedbackItemRecord,
  TemplateRecord,
} from '../../utils/model/records';

// Stored records for tests that put them straight into a repository or hand
// them to pure functions: every field filled with a plain value, so a test
// names only what it is about.

/**
 * The teacher's own Swedish feed-forward template at the process level,
 * visible, unused and not a favourite; its text names its id.
 */
export function templateRecord(
  id: string,
  overrides: Partial<TemplateRecord> = {},
): TemplateRecord {
  return {
    id,
    lang: 'sv',
    question: 'feedForward',
    level: 'process',
    text: `Nästa steg är att ${id} …`,
    tags: ['struktur'],
    builtIn: false,
    hidden: false,
    favourite: false,
    useCount: 0,
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  };
}

/** An essay assignment, titled after its id, with a learning goal and two criteria. */
export function assignmentRecord(
  id: string,
  overrides: Partial<AssignmentRecord> = {},
): AssignmentRecord {
  return {
    id,
    title: `Essay ${id}`,
    learningGoal: 'Argue for a position with sources.',
    criteria: [
      { id: `${id}-c1`, text: 'States a clear thesis' },
      { id: `${id}-c2`, text: 'Uses at least two sources' },
    ],
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  };
}

/**
 * The teacher's saved feedback on a whole document, written at `at`, with
 * one feed-forward part naming its id: made by the app's own record
 * factory, so it has exactly the fields a saved item has. Part ids are
 * `<id>-part-1`, `<id>-part-2`, ….
 */
export function feedbackItemRecord(
  id: string,
  input: Partial<FeedbackItemInput> = {},
  at = 1,
): FeedbackItemRecord {
  let parts = 0;
  return buildFeedbackItem(
    {
      documentId: 'doc-1',
      anchor: null,
      parts: [{ question: 'feedForward', level: 'process', text: `Next step for ${id}.` }],
      status: 'saved',
      ...input,
      id,
      createdAt: at,
    },
    at,
    () => `${id}-part-${++parts}`,
  );
}
