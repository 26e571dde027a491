import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useReducer,
  useRef,
  useState,
} from 'preact/hooks';
import type { Anchor } from '../utils/anchoring/types';
import type {
  AssignmentRecord,
  DocumentRecord,
  FeedbackItemRecord,
  StudentRecord,
  TemplateRecord,
} from '../utils/db/index';
import {
  type ComposerState,
  type ComposerTarget,
  composerFromParts,
  composerReducer,
  composerToParts,
  emptyComposer,
  planTemplateInsertion,
  type WorkLevel,
} from '../utils/feedback/composer';
import { LEVEL_LABELS, QUESTION_HINTS, QUESTION_LABELS } from '../utils/feedback/labels';
import { recordMissedSearch } from '../utils/feedback/missed-searches';
import { FEEDBACK_QUESTIONS, type FeedbackQuestion } from '../utils/feedback/model';
import {
  fillKnownPlaceholders,
  findPlaceholders,
  type TextRange,
} from '../utils/feedback/placeholders';
import type { PreviewFormat } from '../utils/feedback/preview';
import type { TemplateLang } from '../utils/feedback/templates/types';
import { useI18n } from '../utils/i18n/context';
import { useServices } from '../utils/panel/services';
import type { TemplateBank } from '../utils/panel/use-template-bank';
import { ComposerField } from './ComposerField';
import { FeedbackPreview } from './FeedbackPreview';
import { LabelledSelect } from './LabelledSelect';
import { TemplatePicker } from './TemplatePicker';

const DRAFT_DELAY_MS = 500;
const WORK_LEVELS: WorkLevel[] = ['task', 'process', 'selfRegulation'];

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'draft' }
  | { kind: 'error'; message: string };

/** Whether the composer holds any written text (a criterion link alone is not feedback yet). */
function hasText(state: ComposerState): boolean {
  return composerToParts(state).some((part) => part.text.trim() !== '');
}

/**
 * Where the caret goes after a template was inserted: onto its first blank,
 * or after it when it has none.
 */
function caretAfterInsertion(text: string, inserted: TextRange): TextRange {
  const blank = findPlaceholders(text).find(
    (p) => p.start >= inserted.start && p.end <= inserted.end,
  );
  return blank
    ? { start: blank.start, end: blank.end }
    : { start: inserted.end, end: inserted.end };
}

/**
 * The composer: one part per feedback question (each with its level, the
 * feed-up part linked to a success criterion), praise kept apart, the comment
 * bank beside it and a preview of the text that goes into the document.
 * What is typed is saved as a draft within half a second, and a draft left
 * on this document (also an unfinished edit) is resumed when the panel
 * opens again.
 */
export function Composer(props: {
  document: DocumentRecord | null | undefined;
  ensureDocument(): Promise<DocumentRecord>;
  passage: Anchor | null;
  onPassage(update: (current: Anchor | null) => Anchor | null): void;
  assignment: AssignmentRecord | undefined;
  student: StudentRecord | undefined;
  /** A saved item the teacher asked to edit (only asked while the composer is empty). */
  editRequest: FeedbackItemRecord | null;
  onEditing(itemId: string | null): void;
  onEmptyChange(empty: boolean): void;
  bank: TemplateBank;
  templateLang: TemplateLang;
  previewFormat: PreviewFormat;
  onPreviewFormat(format: PreviewFormat): void;
}) {
  const { repos } = useServices();
  const { t } = useI18n();
  const [state, dispatch] = useReducer(composerReducer, undefined, emptyComposer);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [resumed, setResumed] = useState(false);
  const [active, setActive] = useState<ComposerTarget>('feedUp');
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const fields = useRef<Partial<Record<ComposerTarget, HTMLTextAreaElement | null>>>({});
  const search = useRef<HTMLInputElement>(null);
  const pendingCaret = useRef<{ target: ComposerTarget; range: TextRange } | null>(null);
  const latest = useRef({ state, passage: props.passage, editingId });
  latest.current = { state, passage: props.passage, editingId };
  const draftTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const documentId = props.document?.id;
  const { onPassage, onEditing, onEmptyChange } = props;

  // Resume the draft left on this document, before anything is saved over it.
  useEffect(() => {
    if (props.document === undefined || resumed) return;
    if (props.document === null) {
      setResumed(true);
      return;
    }
    repos.feedback
      .findDraft(props.document.id)
      .then((draft) => {
        if (draft) {
          dispatch({ type: 'load', state: composerFromParts(draft.parts) });
          if (draft.anchor) onPassage(() => draft.anchor);
          setEditingId(draft.draftOf ?? null);
        }
      })
      .catch(() => {})
      .finally(() => setResumed(true));
  }, [props.document, resumed, repos, onPassage]);

  // An edit asked for from the list: load the saved item.
  useEffect(() => {
    const item = props.editRequest;
    if (!item) return;
    dispatch({ type: 'load', state: composerFromParts(item.parts) });
    onPassage(() => item.anchor);
    setEditingId(item.id);
    fields.current.feedUp?.focus();
  }, [props.editRequest, onPassage]);

  useEffect(() => onEditing(editingId), [editingId, onEditing]);
  const empty = !hasText(state) && editingId === null;
  useEffect(() => onEmptyChange(empty), [empty, onEmptyChange]);

  // Save the draft as the teacher types (debounced); an emptied composer leaves no draft.
  const writeDraft = useCallback(async () => {
    const { state: current, passage, editingId: draftOf } = latest.current;
    if (!hasText(current) && draftOf === null) {
      if (documentId) await repos.feedback.discardDraft(documentId);
      return false;
    }
    const document = await props.ensureDocument();
    await repos.feedback.putDraft({
      documentId: document.id,
      anchor: passage,
      parts: composerToParts(current),
      draftOf: draftOf ?? undefined,
    });
    return true;
  }, [documentId, repos, props.ensureDocument]);

  useEffect(() => {
    if (!resumed) return;
    clearTimeout(draftTimer.current);
    draftTimer.current = setTimeout(() => {
      draftTimer.current = undefined;
      writeDraft()
        .then((saved) => setSaveState((s) => (s.kind === 'idle' && saved ? { kind: 'draft' } : s)))
        .catch((error) =>
          setSaveState({
            kind: 'error',
            message: t('composerDraftFailed', { reason: String(error) }),
          }),
        );
    }, DRAFT_DELAY_MS);
  }, [state, props.passage, editingId, resumed]);

  // Closing the tab or the panel: write a pending draft at once.
  useEffect(() => {
    const flush = () => {
      if (draftTimer.current === undefined) return;
      clearTimeout(draftTimer.current);
      draftTimer.current = undefined;
      void writeDraft();
    };
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [writeDraft]);

  // Put the caret where an insertion asked for it, once the text is rendered (before more typing).
  useLayoutEffect(() => {
    const pending = pendingCaret.current;
    if (!pending) return;
    pendingCaret.current = null;
    const field = fields.current[pending.target];
    field?.focus();
    field?.setSelectionRange(pending.range.start, pending.range.end);
  });

  const criteria = props.assignment?.criteria ?? [];
  const linked = criteria.find((criterion) => criterion.id === state.parts.feedUp.criterionId);
  const fillValues = { criterion: linked?.text, student: props.student?.name };

  const change = (action: Parameters<typeof dispatch>[0]) => {
    if (saveState.kind !== 'saving') setSaveState({ kind: 'idle' });
    dispatch(action);
  };

  const insertTemplate = (template: TemplateRecord) => {
    const field = fields.current[active];
    const text = active === 'praise' ? state.praise.text : state.parts[active].text;
    const selection = field
      ? { start: field.selectionStart, end: field.selectionEnd }
      : { start: text.length, end: text.length };
    const action = {
      type: 'insertTemplate' as const,
      target: active,
      selection,
      template,
      lang: props.templateLang,
      fill: fillValues,
    };
    const plan = planTemplateInsertion(state, action);
    pendingCaret.current = {
      target: plan.target,
      range: caretAfterInsertion(plan.text, plan.inserted),
    };
    change(action);
    setActive(plan.target);
    void repos.templates.recordUse(template.id);
  };

  const linkCriterion = (criterionId: string | undefined) => {
    change({ type: 'linkCriterion', criterionId });
    const text = criteria.find((criterion) => criterion.id === criterionId)?.text;
    if (!text) return;
    const filled = fillKnownPlaceholders(state.parts.feedUp.text, props.templateLang, {
      criterion: text,
    });
    if (filled !== state.parts.feedUp.text)
      change({ type: 'setText', target: 'feedUp', text: filled });
  };

  const save = async () => {
    if (saveState.kind === 'saving') return;
    const submitted = state;
    if (!hasText(submitted)) {
      setSaveState({ kind: 'error', message: t('composerEmpty') });
      return;
    }
    clearTimeout(draftTimer.current);
    draftTimer.current = undefined;
    setSaveState({ kind: 'saving' });
    try {
      const document = await props.ensureDocument();
      const saved = props.passage;
      await repos.feedback.commit({
        documentId: document.id,
        anchor: saved,
        parts: composerToParts(submitted).filter((part) => part.text.trim() !== ''),
        draftOf: editingId ?? undefined,
      });
      // Anything typed or selected while saving belongs to the next item: keep it.
      if (latest.current.state === submitted) dispatch({ type: 'clear' });
      onPassage((current) => (current === saved ? null : current));
      setEditingId(null);
      setSaveState({ kind: 'saved' });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setSaveState({ kind: 'error', message: t('composerSaveFailed', { reason }) });
    }
  };

  const stopEditing = () => {
    dispatch({ type: 'clear' });
    onPassage(() => null);
    setEditingId(null);
    setSaveState({ kind: 'idle' });
  };

  const saveAsTemplate = async (target: ComposerTarget) => {
    const part = target === 'praise' ? null : state.parts[target];
    await repos.templates.createOwn({
      lang: props.templateLang,
      question: part?.question ?? 'feedBack',
      level: part?.level ?? 'self',
      text: (part?.text ?? state.praise.text).trim(),
      tags: [],
    });
  };

  const fieldRef = (target: ComposerTarget) => (element: HTMLTextAreaElement | null) => {
    fields.current[target] = element;
  };
  const activeQuestion: FeedbackQuestion = active === 'praise' ? 'feedBack' : active;
  const targetLabel = active === 'praise' ? t('composerPraiseHeading') : t(QUESTION_LABELS[active]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: shortcuts bubble up from the fields inside.
    <div
      class="composer"
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
          event.preventDefault();
          search.current?.focus();
          search.current?.select();
        } else if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
          event.preventDefault();
          void save();
        }
      }}
    >
      <section class="composer-parts" aria-labelledby="composer-heading">
        <h2 id="composer-heading">{editingId ? t('composerEditing') : t('composerHeading')}</h2>
        {FEEDBACK_QUESTIONS.map((question) => {
          const part = state.parts[question];
          return (
            <ComposerField
              key={question}
              class={`question-${question}`}
              heading={t(QUESTION_LABELS[question])}
              hint={t(QUESTION_HINTS[question])}
              text={part.text}
              textareaRef={fieldRef(question)}
              onText={(text) => change({ type: 'setText', target: question, text })}
              onFocus={() => setActive(question)}
              onSaveAsTemplate={() => saveAsTemplate(question)}
            >
              <div class="field-row">
                <LabelledSelect<WorkLevel>
                  label={t('composerLevelLabel')}
                  value={part.level}
                  onChange={(level) => change({ type: 'setLevel', question, level })}
                  hint={
                    part.levelChosenBy === 'template' ? t('composerLevelFromTemplate') : undefined
                  }
                  options={WORK_LEVELS.map((value) => ({ value, label: t(LEVEL_LABELS[value]) }))}
                />
                {question === 'feedUp' &&
                  (criteria.length > 0 ? (
                    <LabelledSelect<string>
                      label={t('composerCriterion')}
                      value={part.criterionId ?? ''}
                      onChange={(value) => linkCriterion(value === '' ? undefined : value)}
                      options={[
                        { value: '', label: t('composerNoCriterion') },
                        ...criteria.map((criterion) => ({
                          value: criterion.id,
                          label: criterion.text,
                        })),
                      ]}
                    />
                  ) : (
                    <p class="hint">{t('composerCriterionNeedsAssignment')}</p>
                  ))}
              </div>
            </ComposerField>
          );
        })}
        <ComposerField
          class="praise"
          heading={t('composerPraiseHeading')}
          hint={t('composerPraiseHint')}
          text={state.praise.text}
          textareaRef={fieldRef('praise')}
          onText={(text) => change({ type: 'setText', target: 'praise', text })}
          onFocus={() => setActive('praise')}
          onSaveAsTemplate={() => saveAsTemplate('praise')}
        />
        <p class="hint">{t('composerShortcutHint')}</p>
        <div class="actions">
          <button
            type="button"
            class="primary"
            disabled={saveState.kind === 'saving'}
            onClick={() => void save()}
          >
            {saveState.kind === 'saving'
              ? t('composerSaving')
              : editingId
                ? t('composerSaveChanges')
                : t('composerSave')}
          </button>
          {editingId && (
            <button type="button" onClick={stopEditing}>
              {t('composerStopEditing')}
            </button>
          )}
          <p
            class={`status ${saveState.kind}`}
            role={saveState.kind === 'error' ? 'alert' : 'status'}
          >
            {saveState.kind === 'saved' && t('composerSaved')}
            {saveState.kind === 'draft' && t('composerDraftSaved')}
            {saveState.kind === 'error' && saveState.message}
          </p>
        </div>
      </section>
      <TemplatePicker
        bank={props.bank}
        activeQuestion={activeQuestion}
        targetLabel={targetLabel}
        searchRef={search}
        onInsert={insertTemplate}
        onReturn={() => fields.current[active]?.focus()}
        onMissedSearch={(query) =>
          void repos.settings.update('bankMissedSearches', (list) =>
            recordMissedSearch(list, query, props.templateLang, Date.now()),
          )
        }
      />
      <FeedbackPreview
        parts={composerToParts(state)}
        lang={props.templateLang}
        format={props.previewFormat}
        onFormat={props.onPreviewFormat}
      />
    </div>
  );
}
