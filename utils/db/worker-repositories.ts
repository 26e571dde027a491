import { FeedforwardDatabase } from './database';
import { createDocumentRepository } from './documents';
import { createFeedbackRepository } from './feedback';
import { createHandoffRepository } from './handoffs';
import type { Repositories } from './index';
import { createSettingsRepository } from './settings';
import { createVisitRepository } from './visits';

/** The repositories the background worker uses: reminders (of feedback and of visits), their hand-off and the panel's layout. */
export type WorkerRepositories = Pick<
  Repositories,
  'feedback' | 'documents' | 'settings' | 'handoffs' | 'visits'
>;

/**
 * Opens the database with only what the background worker needs. The
 * worker is started again for every toolbar click and reminder, so it
 * should not load (or parse) backup, clean-up and template code it never runs.
 */
export function openWorkerRepositories(name?: string): WorkerRepositories {
  const db = new FeedforwardDatabase(name);
  return {
    feedback: createFeedbackRepository(db),
    documents: createDocumentRepository(db),
    settings: createSettingsRepository(db),
    handoffs: createHandoffRepository(db),
    visits: createVisitRepository(db),
  };
}
