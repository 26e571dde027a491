import type { ComponentChildren } from 'preact';
import type { FeedbackActions } from '../../../utils/panel/services/feedback-actions';
import { FeedbackActionsContext } from '../../../utils/panel/services/feedback-actions';
import {
  type DocumentSession,
  DocumentSessionContext,
  type EditingState,
} from '../../../utils/panel/session/context';

// A document session and feedback actions the test writes itself, for
// components tested on their own. A test that needs the live session
// renders DocumentSessionProvider over real repositories instead.

/** What a fake session may be given; the editing state in part. */
export type SessionOverrides = Partial<Omit<DocumentSession, 'editing'>> & {
  editing?: Partial<EditingState>;
};

/** A session of a page with nothing stored yet and an empty composer, as changed by `overrides`. */
export function fakeSession(overrides: SessionOverrides = {}): DocumentSession {
  const noop = () => {};
  const { editing, ...rest } = overrides;
  return {
    document: null,
    student: undefined,
    assignment: undefined,
    items: [],
    itemsError: undefined,
    activity: [],
    ensureDocument: () => Promise.reject(new Error('no document in this test')),
    passage: null,
    setPassage: noop,
    ...rest,
    editing: {
      editRequest: null,
      requestEdit: noop,
      editingId: null,
      setEditingId: noop,
      composerEmpty: true,
      setComposerEmpty: noop,
      deleted: null,
      setDeleted: noop,
      focus: null,
      setFocus: noop,
      ...editing,
    },
  };
}

/** Actions that do nothing and succeed, as changed by `overrides`. */
export function fakeActions(overrides: Partial<FeedbackActions> = {}): FeedbackActions {
  return {
    reveal: async () => 'found',
    edit: () => {},
    remove: async () => {},
    restore: async () => {},
    insert: async () => ({ kind: 'inserted' }),
    copy: async () => true,
    reattach: async () => {},
    recordOutcome: async () => {},
    ...overrides,
  };
}

/** Gives the components inside a session (and, if given, feedback actions). */
export function WithSession(props: {
  session: DocumentSession;
  actions?: FeedbackActions;
  children: ComponentChildren;
}) {
  return (
    <DocumentSessionContext.Provider value={props.session}>
      <FeedbackActionsContext.Provider value={props.actions ?? fakeActions()}>
        {props.children}
      </FeedbackActionsContext.Provider>
    </DocumentSessionContext.Provider>
  );
}
