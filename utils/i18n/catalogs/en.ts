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
  composerShortcutHint:
    'Ctrl+K searches the comment bank · Tab jumps to the next blank to fill · Ctrl+Enter saves.',

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

  previewLabelFeedUp: 'Goal',
  previewLabelFeedBack: 'Now',
  previewLabelFeedForward: 'Next step',
  previewLabelPraise: 'Praise',
  importNotJson: 'This file cannot be read as a template file: it is not valid JSON.',
  importNotOurs:
    'This file was not made by Feedforward’s template export, so nothing was imported.',
  importNewerVersion:
    'This file comes from a newer version of Feedforward (format {version}). Update the extension and try again.',
  importInvalidEntry:
    'Item {index} in the file has a missing or invalid “{field}”, so nothing was imported.',
  importTooLarge: 'The file is too large ({size}); a template file may be at most {max}.',
  importTooMany: 'The file has {count} entries; at most {max} can be imported at once.',
  importEmpty: 'The file contains no templates and no assignments.',
  actionAdd: 'Add',
  actionCancel: 'Cancel',
  actionSave: 'Save',
  actionEdit: 'Edit',
  actionDelete: 'Delete',
  actionUndo: 'Undo',
  tabsLabel: 'Panel sections',
  tabFeedback: 'Feedback',
  tabBank: 'Comment bank',
  contextHeading: 'Student and assignment',
  contextStudent: 'Student',
  contextAssignment: 'Assignment',
  contextNotChosen: '— not chosen —',
  contextNewStudent: 'New student…',
  contextNewStudentName: 'Name of the new student',
  contextNewAssignment: 'New assignment…',
  contextNewAssignmentTitle: 'Title of the new assignment',
  contextSaveFailed: 'Could not save ({reason}). Nothing you typed is lost: try again.',
  assignmentEdit: 'Learning goal and success criteria',
  assignmentHint: 'Written once for the assignment and used on every student’s document.',
  assignmentGoal: 'Learning goal',
  assignmentCriteria: 'Success criteria',
  assignmentCriterion: 'Criterion {number}',
  assignmentAddCriterion: 'Add a criterion',
  assignmentRemoveCriterion: 'Remove criterion {number}',
  assignmentNoCriteria:
    'No success criteria yet. Only what the criteria describe is assessed, so write them first.',
  composerPraiseHeading: 'Praise (about the person)',
  composerPraiseHint:
    'Kept apart from the feedback on the work: praise warms, but it does not show the learner the next step.',
  composerCriterion: 'Success criterion',
  composerNoCriterion: '— none linked —',
  composerCriterionNeedsAssignment: 'Choose an assignment with success criteria to link one here.',
  composerLevelFromTemplate: 'level taken from the template',
  composerSaveAsTemplate: 'Save as template',
  composerSavedAsTemplate: 'Saved in your comment bank.',
  composerDraftSaved: 'Draft saved.',
  composerDraftFailed:
    'The draft could not be saved ({reason}). Keep this panel open and try saving.',
  composerEditing: 'Editing saved feedback',
  composerSaveChanges: 'Save changes',
  composerStopEditing: 'Stop editing',
  composerClear: 'Clear',
  previewHeading: 'Preview: the text that goes into the document',
  previewFormat: 'Layout',
  previewParagraphs: 'Paragraphs',
  previewLabelled: 'Labelled lines',
  previewEmpty: 'Nothing written yet.',
  previewUnfilled: 'Still to fill in: {names}',
  pickerSearch: 'Search the comment bank',
  pickerQuestionFilter: 'Question',
  pickerLevelFilter: 'Level',
  pickerAll: 'All',
  pickerResults: 'Templates found: {count}',
  pickerNoResults: 'No template matches. Write your own and save it as a template.',
  pickerHint: '↑↓ choose · Enter inserts into {part} · Esc goes back',
  pickerFavourite: 'Favourite',
  pickerUsed: 'used {count}×',
  templateLanguage: 'Template language',
  templateLanguageAuto: 'Same as the interface',
  listEditItem: 'Edit feedback {number}',
  listDeleteItem: 'Delete feedback {number}',
  listEditBusy: 'Save or clear the feedback you are writing before editing another item.',
  listDeleted: 'Feedback deleted.',
  bankNewTemplate: 'New template',
  bankHide: 'Hide',
  bankShow: 'Show again',
  bankFavourite: 'Mark as favourite',
  bankUnfavourite: 'Remove from favourites',
  bankBuiltIn: 'Built-in',
  bankOwn: 'Your own',
  bankHidden: 'Hidden',
  bankShowHidden: 'Show hidden templates',
  bankTemplateText: 'Template text',
  bankTags: 'Tags (separated by commas)',
  bankEditBuiltInNote:
    'Built-in templates are not changed: your edit is saved as your own copy and the built-in is hidden.',
  bankDeleteConfirm: 'Delete this template from your bank?',
  bankTextRequired: 'Write the template text first.',
  bankHealthHeading: 'Where the bank is thin',
  bankHealthHint:
    'Templates in each question × level cell of this language, and how many of them you have used.',
  bankHealthCell: 'Templates: {count}, used: {used}',
  bankHealthEmpty: 'empty',
  bankHealthNotUsed: 'not used yet',
  bankMissedHeading: 'Searches that found nothing',
  bankMissedNone: 'None so far.',
  bankMissedCount: '“{query}”, {count}×',
  bankShareHeading: 'Share with colleagues',
  bankShareHint:
    'Sharing your templates and success criteria helps colleagues read the criteria the same way.',
  bankExport: 'Export my templates',
  bankExportWithAssignments: 'Include assignments and their success criteria',
  bankExportNothing: 'You have no templates or assignments of your own to export yet.',
  bankExported: 'Saved {file}: {templates} templates, {assignments} assignments.',
  bankImport: 'Import a colleague’s file',
  bankImportPreview:
    '{templates} new templates and {assignments} new assignments will be added; {duplicates} already in your bank will be skipped.',
  bankImportConfirm: 'Add to my bank',
  bankImported: 'Added {templates} templates and {assignments} assignments.',
  bankImportFailed: 'The import failed ({reason}); nothing was changed.',
} as const;

/** The name of one interface message. */
export type MessageKey = keyof typeof en;

/** A complete translation: one string for every key. */
export type Catalog = Record<MessageKey, string>;
