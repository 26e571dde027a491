/**
 * English interface text, and the list of message keys every other catalog
 * must translate (TypeScript rejects a catalog with a key missing). Keys are
 * flat camelCase so the same names also work as browser `_locales` messages.
 * `{name}` marks a value filled in at run time.
 */
export const en = {
  extName: 'Feedforward',
  extDescription:
    'Write structured, research-based feedback on student work beside the document. Everything stays on your computer.',
  actionTitle: 'Open or close the Feedforward panel',
  commandToggle: 'Open or close the Feedforward panel',
  actionUnavailable:
    'Feedforward cannot open on this page: the browser does not allow extensions here.',
  hostResize: 'Resize the Feedforward panel (left and right arrow keys)',
  hostExpand: 'Expand the Feedforward panel',
  hostFrameTitle: 'Feedforward panel',

  panelCollapse: 'Collapse panel',
  panelClose: 'Close panel',
  panelConnecting: 'Connecting to the page…',
  panelRefused:
    'This panel only works when Feedforward opens it on a page. Close it and use the Feedforward toolbar button.',
  panelDisconnected:
    'The page was reloaded or Feedforward was updated, so this panel lost its link to the page. Your saved feedback is safe: close the panel and open it again.',
  documentUntitled: 'Untitled document',

  languageLabel: 'Language',
  languageAuto: 'Browser language',
  languageSv: 'Svenska',
  languageNb: 'Norsk (bokmål)',
  languageEn: 'English',

  passageHeading: 'Passage',
  passageNone:
    'Select a passage in the student’s text to comment on it. Without a selection, the feedback is about the whole document.',
  passageClear: 'Clear passage',
  passageWholeDocument: 'Whole document',

  composerHeading: 'New feedback',
  composerTextLabel: 'Feedback to the student',
  composerTextPlaceholder: 'What works, where the work stands, and the next step…',
  composerQuestionLabel: 'Feedback question',
  composerLevelLabel: 'Level',
  composerSave: 'Save feedback',
  composerSaving: 'Saving…',
  composerSaved: 'Feedback saved.',
  composerEmpty: 'Write some feedback before saving.',
  composerSaveFailed: 'Could not save ({reason}). Your text is still here: try again.',
  composerShortcutHint: 'Ctrl+Enter saves.',

  questionFeedUp: 'Feed up',
  questionFeedUpHint: 'Where is the learner going? The goal and success criteria.',
  questionFeedBack: 'Feed back',
  questionFeedBackHint: 'Where is the learner now? The quality of this work against the goal.',
  questionFeedForward: 'Feed forward',
  questionFeedForwardHint: 'How does the learner get there? The next step.',

  levelTask: 'Task',
  levelProcess: 'Process',
  levelSelfRegulation: 'Self-regulation',
  levelSelf: 'Self (the person)',

  listHeading: 'Feedback on this document ({count})',
  listEmpty: 'No feedback on this document yet.',
  listShowInDocument: 'Show in the document: {quote}',
  listNotFound: 'This passage was not found on the page; the text may have changed.',
  listPageNoAnswer: 'The page did not answer. Reload it, open the panel again and try once more.',
  listLoadFailed: 'Saved feedback could not be read ({reason}).',

  storageHeading: 'Storage on this computer',
  storageUsage: '{used} of {available} used ({percent})',
  storageUnavailable: 'This browser does not report how much storage is used.',
} as const;

/** The name of one interface message. */
export type MessageKey = keyof typeof en;

/** A complete translation: one string for every key. */
export type Catalog = Record<MessageKey, string>;
