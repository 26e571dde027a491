import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PreviewFormat } from '../../utils/feedback/preview';
import { selfAssessmentGiven } from '../../utils/feedback/principles';
import { useI18n } from '../../utils/i18n/context';
import type { Anchor } from '../../utils/model/anchor';
import type { FeedbackItemRecord } from '../../utils/model/records';
import type { TemplateLang } from '../../utils/model/templates';
import { copyFeedback } from '../../utils/panel/adapters/clipboard';
import { useLiveQuery } from '../../utils/panel/hooks/use-live-query';
import { useSetting } from '../../utils/panel/hooks/use-setting';
import { useServices } from '../../utils/panel/services/context';
import { feedbackContent, insertFeedback } from '../../utils/panel/services/insert-feedback';
import type { TemplateBank } from '../bank/use-template-bank';
import { Composer } from '../composer/Composer';
import { PassageCard } from '../composer/PassageCard';
import { DocumentContext } from '../document/DocumentContext';
import { FeedbackList } from '../feedback-list/FeedbackList';
import type { RevealOutcome } from '../feedback-list/FeedbackListItem';
import { usePlacement } from '../feedback-list/use-placement';
import { InvolvementPrompts } from '../guidance/InvolvementPrompts';
import { PrinciplesView } from '../guidance/PrinciplesView';
import { UndoNotice } from '../ui/UndoNotice';

/**
 * Everything about this document: whose work and which assignment, the
 * selected passage, the composer and the saved feedback (kept current by
 * live queries, also when another tab writes).
 */
export function FeedbackTab(props: {
  passage: Anchor | null;
  onPassage(update: (current: Anchor | null) => Anchor | null): void;
  bank: TemplateBank;
  templateLang: TemplateLang;
  previewFormat: PreviewFormat;
  onPreviewFormat(format: PreviewFormat): void;
  /** Where a teacher frees space when a save fails for lack of it. */
  storageOverviewUrl: string;
}) {
  const { repos, page } = useServices();
  const { t } = useI18n();
  const [editRequest, setEditRequest] = useState<FeedbackItemRecord | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [composerEmpty, setComposerEmpty] = useState(true);
  const [deleted, setDeleted] = useState<FeedbackItemRecord | null>(null);
  const key = page.document.key;

  const document = useLiveQuery(
    async () => (await repos.documents.findByKey(key)) ?? null,
    [repos, key],
  ).data;
  const assignmentId = document?.assignmentId;
  const studentId = document?.studentId;
  const assignment = useLiveQuery(
    async () => (assignmentId ? repos.assignments.get(assignmentId) : undefined),
    [repos, assignmentId],
  ).data;
  const student = useLiveQuery(
    async () => (studentId ? repos.students.get(studentId) : undefined),
    [repos, studentId],
  ).data;
  const documentId = document?.id;
  const activity = useLiveQuery(
    async () => (documentId ? repos.activity.listForDocument(documentId) : []),
    [repos, documentId],
  ).data;
  const feedback = useLiveQuery(
    async () => (documentId ? repos.feedback.listForDocument(documentId) : []),
    [repos, documentId],
  );

  const pendingFocus = useLiveQuery(() => repos.handoffs.pendingFocus(), [repos]).data;
  const palette = useSetting('highlightPalette');
  const autoPost = useSetting('docsAutoPost');
  const [focus, setFocus] = useState<{ id: string; seq: number } | null>(null);
  const { statusOf, activation } = usePlacement(page, feedback.data, palette);
  const textOptions = { format: props.previewFormat, lang: props.templateLang };

  // A click on a highlighted passage in the page brings its item into view.
  useEffect(() => {
    if (activation?.how === 'click') setFocus({ id: activation.id, seq: activation.seq });
  }, [activation]);
  const ensureDocument = useCallback(() => repos.documents.ensure(page.document), [repos, page]);

  const reveal = async (item: FeedbackItemRecord): Promise<RevealOutcome> => {
    if (!item.anchor) return 'found';
    try {
      const { found } = await page.request('page/scrollTo', { anchor: item.anchor });
      return found ? 'found' : 'notFound';
    } catch {
      return 'noAnswer';
    }
  };

  // A follow-up reminder the teacher clicked: show that item on this document, once.
  useEffect(() => {
    if (!pendingFocus || pendingFocus.documentKey !== key || !feedback.data) return;
    const items = feedback.data;
    void repos.handoffs.takePendingFocus(key).then((taken) => {
      const item = taken && items.find((candidate) => candidate.id === taken.itemId);
      if (!item) return;
      setFocus({ id: item.id, seq: 0 });
      if (item.anchor) void page.request('page/scrollTo', { anchor: item.anchor }).catch(() => {});
    });
  }, [pendingFocus, key, feedback.data, repos, page]);

  const remove = async (item: FeedbackItemRecord) => {
    await repos.feedback.remove(item.id);
    setDeleted(item);
  };
  const dismissUndo = useCallback(() => setDeleted(null), []);

  return (
    <>
      <DocumentContext
        document={document ?? undefined}
        assignment={assignment}
        ensureDocument={ensureDocument}
      />
      <PassageCard passage={props.passage} onClear={() => props.onPassage(() => null)} />
      <Composer
        document={document}
        ensureDocument={ensureDocument}
        passage={props.passage}
        onPassage={props.onPassage}
        assignment={assignment}
        student={student}
        editRequest={editRequest}
        onEditing={setEditingId}
        onEmptyChange={setComposerEmpty}
        bank={props.bank}
        templateLang={props.templateLang}
        previewFormat={props.previewFormat}
        onPreviewFormat={props.onPreviewFormat}
        storageOverviewUrl={props.storageOverviewUrl}
      />
      {deleted && (
        <UndoNotice
          message={t('listDeleted')}
          onDismiss={dismissUndo}
          onUndo={() => {
            void repos.feedback.restore(deleted);
            setDeleted(null);
          }}
        />
      )}
      <FeedbackList
        items={feedback.data}
        error={feedback.error}
        onReveal={reveal}
        editingId={editingId}
        focus={focus}
        activation={activation}
        statusOf={statusOf}
        canEdit={composerEmpty}
        hasSelection={props.passage !== null}
        onEdit={(item) => setEditRequest({ ...item })}
        onDelete={(item) => void remove(item)}
        onInsert={(item) =>
          insertFeedback(item, { page, repos, copy: copyFeedback }, { ...textOptions, autoPost })
        }
        onCopy={(item) =>
          copyFeedback(feedbackContent(item, textOptions)).then(
            () => true,
            () => false,
          )
        }
        onReattach={async (item) => {
          if (props.passage) await repos.feedback.reattach(item.id, props.passage, Date.now());
        }}
      />
      <PrinciplesView
        items={feedback.data ?? []}
        involvementGiven={selfAssessmentGiven(activity ?? [], documentId)}
      />
      <InvolvementPrompts
        assignment={assignment}
        student={student}
        documentId={documentId}
        ensureDocument={ensureDocument}
        lang={props.templateLang}
        onCopy={(text) => navigator.clipboard.writeText(text)}
      />
    </>
  );
}
