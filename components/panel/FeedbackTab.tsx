import { useCallback, useEffect, useMemo } from 'preact/hooks';
import { isGoogleDocsDocument } from '../../utils/documents/key';
import { selfAssessmentGiven } from '../../utils/feedback/principles';
import { useI18n } from '../../utils/i18n/context';
import type { TemplateLang } from '../../utils/model/templates';
import { copyFeedback, copyText } from '../../utils/panel/adapters/clipboard';
import { useSetting } from '../../utils/panel/hooks/use-setting';
import { useServices } from '../../utils/panel/services/context';
import {
  createFeedbackActions,
  FeedbackActionsContext,
} from '../../utils/panel/services/feedback-actions';
import { useDocumentSession } from '../../utils/panel/session/context';
import type { TemplateBank } from '../bank/use-template-bank';
import { Composer } from '../composer/Composer';
import { PassageCard } from '../composer/PassageCard';
import { DocumentStatus } from '../document/DocumentStatus';
import { usePageAccess } from '../document/use-page-access';
import { FeedbackList } from '../feedback-list/FeedbackList';
import { PassageTextsContext } from '../feedback-list/passage-texts';
import { usePlacement } from '../feedback-list/use-placement';
import { GuidancePanel } from '../guidance/GuidancePanel';
import { InvolvementPrompts } from '../guidance/InvolvementPrompts';
import { PrinciplesView } from '../guidance/PrinciplesView';
import { PanelActivityLog } from '../quarter/PanelActivityLog';
import { UndoNotice } from '../ui/UndoNotice';
import { isSavedListShortcut, useKeyShortcut } from '../ui/use-key-shortcut';

/**
 * Everything about this document, in the order of the writing loop: its
 * state in one line (whose work, which assignment, how much feedback), the
 * selected passage, the composer and the saved feedback (Alt+L goes to the
 * newest item), then the background — principles, student involvement and
 * the golden rules explained. All of it is read from the document's
 * session; this tab wires the list's actions and keeps the page's marks in
 * step with the items.
 */
export function FeedbackTab(props: {
  bank: TemplateBank;
  templateLang: TemplateLang;
  /** Where a teacher frees space when a save fails for lack of it. */
  storageOverviewUrl: string;
}) {
  const { repos, page } = useServices();
  const { t } = useI18n();
  const session = useDocumentSession();
  const { items, activity, document, passage, setPassage, editing } = session;
  const { requestEdit, setDeleted, setFocus, deleted } = editing;
  const palette = useSetting('highlightPalette');
  const autoPost = useSetting('docsAutoPost');
  const format = useSetting('previewFormat');
  const { statusOf, textOf, activation } = usePlacement(page, items, palette);
  const access = usePageAccess(page);

  // A click on a highlighted passage in the page brings its item into view.
  useEffect(() => {
    if (activation?.how === 'click') setFocus({ id: activation.id, seq: activation.seq });
  }, [activation, setFocus]);

  const actions = useMemo(
    () =>
      createFeedbackActions({
        repos,
        page,
        copy: copyFeedback,
        text: { format, lang: props.templateLang, autoPost },
        passage,
        onEdit: requestEdit,
        onDeleted: setDeleted,
      }),
    [repos, page, format, props.templateLang, autoPost, passage, requestEdit, setDeleted],
  );

  const dismissUndo = useCallback(() => setDeleted(null), [setDeleted]);

  // Alt+L (Option+L): to the newest saved item, from anywhere in the panel.
  useKeyShortcut(isSavedListShortcut, (event) => {
    const newest = items?.at(-1);
    if (newest) setFocus({ id: newest.id, seq: event.timeStamp });
  });

  return (
    <FeedbackActionsContext.Provider value={actions}>
      <DocumentStatus
        statusOf={statusOf}
        now={Date.now()}
        docs={isGoogleDocsDocument(page.document.url) ? { access } : null}
      />
      <PassageCard
        passage={passage}
        onClear={() => setPassage(() => null)}
        onPaste={access?.mode === 'canvas' ? (anchor) => setPassage(() => anchor) : undefined}
      />
      <Composer
        bank={props.bank}
        templateLang={props.templateLang}
        storageOverviewUrl={props.storageOverviewUrl}
      />
      {deleted && (
        <UndoNotice
          message={t('listDeleted')}
          onDismiss={dismissUndo}
          onUndo={() => void actions.restore(deleted)}
        />
      )}
      <PassageTextsContext.Provider value={textOf}>
        <FeedbackList activation={activation} statusOf={statusOf} />
      </PassageTextsContext.Provider>
      <details class="more-tools">
        <summary>{t('moreTools')}</summary>
        <PrinciplesView
          items={items ?? []}
          involvementGiven={selfAssessmentGiven(activity ?? [], document?.id)}
        />
        <InvolvementPrompts lang={props.templateLang} onCopy={copyText} />
        <GuidancePanel />
      </details>
      <PanelActivityLog />
    </FeedbackActionsContext.Provider>
  );
}
