import { backupMessages } from './features/backup';
import { bankMessages } from './features/bank';
import { chartMessages } from './features/charts';
import { coachingMessages } from './features/coaching';
import { composerMessages } from './features/composer';
import { dashboardMessages } from './features/dashboard';
import { docsAccessMessages } from './features/docs-access';
import { documentMessages } from './features/document';
import { feedbackListMessages } from './features/feedback-list';
import { followUpMessages } from './features/follow-ups';
import { guidanceMessages } from './features/guidance';
import { inDocumentMessages } from './features/in-document';
import { mirrorMessages } from './features/mirror';
import { outcomeMessages } from './features/outcomes';
import { panelMessages } from './features/panel';
import { privacyLinkMessages, privacyMessages } from './features/privacy';
import { quarterMessages } from './features/quarter';
import { revisionMessages } from './features/revision';
import { storageMessages } from './features/storage';
import { studentHistoryMessages } from './features/student-history';
import { studentMessages } from './features/students';
import { tableMessages } from './features/tables';
import { uiMessages } from './features/ui';
import { vocabularyMessages } from './features/vocabulary';
import { workspaceMessages } from './features/workspace';

/**
 * English interface text, and the list of message keys every other catalog
 * must translate (TypeScript rejects a catalog with a key missing). Keys are
 * flat camelCase so the same names also work as browser `_locales` messages.
 * `{name}` marks a value filled in at run time.
 */
export const en = {
  ...panelMessages.en,
  ...privacyMessages.en,
  ...privacyLinkMessages.en,
  ...vocabularyMessages.en,
  ...uiMessages.en,
  ...documentMessages.en,
  ...composerMessages.en,
  ...bankMessages.en,
  ...feedbackListMessages.en,
  ...guidanceMessages.en,
  ...followUpMessages.en,
  ...revisionMessages.en,
  ...outcomeMessages.en,
  ...mirrorMessages.en,
  ...dashboardMessages.en,
  ...chartMessages.en,
  ...quarterMessages.en,
  ...inDocumentMessages.en,
  ...backupMessages.en,
  ...storageMessages.en,
  ...tableMessages.en,
  ...workspaceMessages.en,
  ...docsAccessMessages.en,
  ...studentHistoryMessages.en,
  ...studentMessages.en,
  ...coachingMessages.en,
} as const;

/** The name of one interface message. */
export type MessageKey = keyof typeof en;

/** A complete translation: one string for every key. */
export type Catalog = Record<MessageKey, string>;
