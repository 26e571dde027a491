import type { Catalog } from './en';
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

/** Norwegian (bokmål) interface text, with the terms of Udir's assessment for learning. */
export const nb: Catalog = {
  ...panelMessages.nb,
  ...privacyMessages.nb,
  ...privacyLinkMessages.nb,
  ...vocabularyMessages.nb,
  ...uiMessages.nb,
  ...documentMessages.nb,
  ...composerMessages.nb,
  ...bankMessages.nb,
  ...feedbackListMessages.nb,
  ...guidanceMessages.nb,
  ...followUpMessages.nb,
  ...revisionMessages.nb,
  ...outcomeMessages.nb,
  ...mirrorMessages.nb,
  ...dashboardMessages.nb,
  ...chartMessages.nb,
  ...quarterMessages.nb,
  ...inDocumentMessages.nb,
  ...backupMessages.nb,
  ...storageMessages.nb,
  ...tableMessages.nb,
  ...workspaceMessages.nb,
  ...docsAccessMessages.nb,
  ...studentHistoryMessages.nb,
  ...studentMessages.nb,
  ...coachingMessages.nb,
};
