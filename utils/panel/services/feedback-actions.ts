import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Repositories } from '../../db/index';
import type { PreviewFormat } from '../../feedback/preview';
import type { Locale } from '../../i18n/index';
import type { Anchor } from '../../model/anchor';
import type { OutcomeChoice } from '../../model/outcome';
import type { FeedbackItemRecord } from '../../model/records';
import type { PageConnection } from '../adapters/page-connection';
import { copyQuietly, feedbackContent, type InsertResult, insertFeedback } from './insert-feedback';
import { type RevealOutcome, revealPassage } from './reveal';

/** What the teacher can do with a saved item; each returns when the work is done. */
export interface FeedbackActions {
  reveal(item: FeedbackItemRecord): Promise<RevealOutcome>;
  /** Opens the item in the composer. */
  edit(item: FeedbackItemRecord): void;
  /** Deletes the item and keeps it for Undo. */
  remove(item: FeedbackItemRecord): Promise<void>;
  /** Undo: the deleted item comes back as it was. */
  restore(item: FeedbackItemRecord): Promise<void>;
  insert(item: FeedbackItemRecord): Promise<InsertResult>;
  /** Puts the item on the clipboard; false when the browser refused. */
  copy(item: FeedbackItemRecord): Promise<boolean>;
  /** Moves an item whose passage is gone to the passage selected now. */
  reattach(item: FeedbackItemRecord): Promise<void>;
  /** Records what came of the item's feed-forward, dated now; null takes it back. */
  recordOutcome(item: FeedbackItemRecord, choice: OutcomeChoice | null): Promise<void>;
}

/** What the actions work with: the services, how feedback is written out, and the session. */
export interface FeedbackActionDeps {
  repos: Pick<Repositories, 'feedback'>;
  page: Pick<PageConnection, 'request' | 'on'>;
  copy(content: { text: string; html: string }): Promise<void>;
  text: { format: PreviewFormat; lang: Locale; autoPost: boolean };
  /** The passage selected in the page now. */
  passage: Anchor | null;
  onEdit(item: FeedbackItemRecord): void;
  /** The item deleted last (null once it is back). */
  onDeleted(item: FeedbackItemRecord | null): void;
  now?: () => number;
}

/**
 * The side effects of the feedback list in one service, so the list and
 * its items take them from context instead of a dozen callbacks threaded
 * through every level, and a test hands them fakes.
 */
export function createFeedbackActions(deps: FeedbackActionDeps): FeedbackActions {
  const { repos, page, text } = deps;
  const now = deps.now ?? Date.now;
  return {
    reveal: (item) => revealPassage(page, item),
    edit: deps.onEdit,
    async remove(item) {
      await repos.feedback.remove(item.id);
      deps.onDeleted(item);
    },
    async restore(item) {
      deps.onDeleted(null);
      await repos.feedback.restore(item);
    },
    insert: (item) => insertFeedback(item, { page, repos, copy: deps.copy }, { ...text, now }),
    copy: (item) => copyQuietly(deps.copy, feedbackContent(item, text)),
    async reattach(item) {
      if (deps.passage) await repos.feedback.reattach(item.id, deps.passage, now());
    },
    recordOutcome: (item, choice) => repos.feedback.recordOutcome(item.id, choice, now()),
  };
}

/** Where the feedback list finds its actions. */
export const FeedbackActionsContext = createContext<FeedbackActions | null>(null);

/** The actions on saved items, for the list and its items. */
export function useFeedbackActions(): FeedbackActions {
  const actions = useContext(FeedbackActionsContext);
  if (!actions) throw new Error('useFeedbackActions outside a FeedbackActionsContext provider');
  return actions;
}
