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

/** Swedish interface text (the words Swedish teachers use for formative feedback). */
export const sv: Catalog = {
  ...panelMessages.sv,
  ...privacyMessages.sv,
  ...privacyLinkMessages.sv,
  ...vocabularyMessages.sv,
  ...uiMessages.sv,
  ...documentMessages.sv,
  ...composerMessages.sv,
  ...bankMessages.sv,
  ...feedbackListMessages.sv,
  ...guidanceMessages.sv,
  ...followUpMessages.sv,
  ...revisionMessages.sv,
  ...outcomeMessages.sv,
  ...mirrorMessages.sv,
  ...dashboardMessages.sv,
  ...chartMessages.sv,
  ...quarterMessages.sv,
  ...inDocumentMessages.sv,
  ...backupMessages.sv,
  ...storageMessages.sv,
  ...tableMessages.sv,
  ...workspaceMessages.sv,
  ...docsAccessMessages.sv,
  ...studentHistoryMessages.sv,
  ...studentMessages.sv,
  ...coachingMessages.sv,
};
