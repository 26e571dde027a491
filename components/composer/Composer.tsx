import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'preact/hooks';
import type {
  AssignmentRecord,
  DocumentRecord,
  FeedbackItemRecord,
  StudentRecord,
  TemplateRecord,
} from '../../utils/db/index';
import {
  type ComposerState,
  type ComposerTarget,
  composerFromParts,
  composerReducer,
  composerToParts,
  emptyComposer,
  planTemplateInsertion,
  remainderAfterSave,
  type WorkLevel,
} from '../../utils/feedback/composer';
import type { ChecklistTick } from '../../utils/feedback/guidance';
import { LEVEL_LABELS, QUESTION_HINTS, QUESTION_LABELS } from '../../utils/feedback/labels';
import { recordMissedSearch } from '../../utils/feedback/missed-searches';
import {
  fillKnownPlaceholders,
  findPlaceholders,
  type TextRange,
} from '../../utils/feedback/placeholders';
import type { PreviewFormat } from '../../utils/feedback/preview';
import { checkFeedback, type Finding } from '../../utils/feedback/rules';
import { suggestTags, type TagSuggestion } from '../../utils/feedback/suggest';
import { useI18n } from '../../utils/i18n/context';
import type { Anchor } from '../../utils/model/anchor';
import { FEEDBACK_QUESTIONS, type FeedbackQuestion } from '../../utils/model/feedback';
import type { TemplateLang } from '../../utils/model/templates';
import { useServices } from '../../utils/panel/services/context';
import { isQuotaExceeded } from '../../utils/storage/quota-error';
import { TemplatePicker } from '../bank/TemplatePicker';
import type { TemplateBank } from '../bank/use-template-bank';
import { GoldenChecklist } from '../guidance/GoldenChecklist';
import { GuidancePanel } from '../guidance/GuidancePanel';
import { ReviewPanel } from '../guidance/ReviewPanel';
import { QuotaNotice } from '../storage/QuotaNotice';
import { useRetryWhenSpaceFreed } from '../storage/use-retry-when-space-freed';
import { LabelledSelect } from '../ui/LabelledSelect';
import { ComposerField } from './ComposerField';
import { FeedbackPreview } from './FeedbackPreview';
import type { TextMark } from './PlaceholderTextarea';
import { TagHint } from './TagHint';

const DRAFT_DELAY_MS = 500;
/** The review runs once typing pauses this long, so it never slows typing down. */
const REVIEW_DELAY_MS = 250;
const WORK_LEVELS: WorkLevel[] = ['task', 'process', 'selfRegulation'];

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'draft' }
  | { kind: 'error'; message: string }
  /** Storage is full: the text stays, and the write is tried again once space is freed. */
  | { kind: 'quota'; during: 'save' | 'draft' };

/** What the teacher decided about the golden rules for this item, stored with it. */
interface ReviewState {
  checklist: Record<string, boolean>;
  dismissed: string[];
  followUpAt?: number;
}

const EMPTY_REVIEW: ReviewState = { checklist: {}, dismissed: [] };

function reviewOf(
  item: Pick<FeedbackItemRecord, 'checklist' | 'dismissedFindings' | 'followUpAt'>,
): ReviewState {
  return {
    checklist: item.checklist ?? {},
    dismissed: item.dismissedFindings ?? [],
    followUpAt: item.followUpAt,
  };
}

/** The composer field a stored part (as composerToParts lists them) is written in. */
function targetOfPart(part: { question: FeedbackQuestion; level: string }): ComposerTarget {
  return part.level === 'self' ? 'praise' : part.question;
}

/** The latest value once it has stopped changing for `delay` ms. */
function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

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
  /** Where a teacher frees space when a save fails for lack of it. */
  storageOverviewUrl: string;
}) {
  const { repos, reminders } = useServices();
  const { t } = useI18n();
  const [state, dispatch] = useReducer(composerReducer, undefined, emptyComposer);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [resumed, setResumed] = useState(false);
  const [active, setActive] = useState<ComposerTarget>('feedUp');
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [review, setReview] = useState<ReviewState>(EMPTY_REVIEW);
  const fields = useRef<Partial<Record<ComposerTarget, HTMLTextAreaElement | null>>>({});
  const search = useRef<HTMLInputElement>(null);
  const pendingCaret = useRef<{ target: ComposerTarget; range: TextRange } | null>(null);
  const latest = useRef({ state, passage: props.passage, editingId, review });
  latest.current = { state, passage: props.passage, editingId, review };
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
          setReview(reviewOf(draft));
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
    setReview(reviewOf(item));
    onPassage(() => item.anchor);
    setEditingId(item.id);
    fields.current.feedUp?.focus();
  }, [props.editRequest, onPassage]);

  useEffect(() => onEditing(editingId), [editingId, onEditing]);
  const empty = !hasText(state) && editingId === null;
  useEffect(() => onEmptyChange(empty), [empty, onEmptyChange]);

  // Save the draft as the teacher types (debounced); an emptied composer leaves no draft.
  const writeDraft = useCallback(async () => {
    const { state: current, passage, editingId: draftOf, review: decided } = latest.current;
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
      checklist: decided.checklist,
      dismissedFindings: decided.dismissed,
      followUpAt: decided.followUpAt,
    });
    return true;
  }, [documentId, repos, props.ensureDocument]);

  const saveDraft = () =>
    writeDraft()
      .then((saved) =>
        setSaveState((s) =>
          (s.kind === 'idle' || (s.kind === 'quota' && s.during === 'draft')) && saved
            ? { kind: 'draft' }
            : s,
        ),
      )
      .catch((error) =>
        setSaveState((s) =>
          isQuotaExceeded(error)
            ? // A save waiting for space stays the thing to retry.
              s.kind === 'quota'
              ? s
              : { kind: 'quota', during: 'draft' }
            : { kind: 'error', message: t('composerDraftFailed', { reason: String(error) }) },
        ),
      );

  useEffect(() => {
    if (!resumed) return;
    clearTimeout(draftTimer.current);
    draftTimer.current = setTimeout(() => {
      draftTimer.current = undefined;
      void saveDraft();
    }, DRAFT_DELAY_MS);
  }, [state, props.passage, editingId, review, resumed]);

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
  const settled = useSettled(state, REVIEW_DELAY_MS);
  const reviewedParts = useMemo(() => composerToParts(settled), [settled]);
  const criteriaTexts = useMemo(
    () => criteria.map((criterion) => criterion.text).filter((text) => text.trim() !== ''),
    [criteria],
  );
  const findings = useMemo(
    () =>
      checkFeedback(
        { parts: reviewedParts },
        {
          lang: props.templateLang,
          criteria: criteriaTexts.length > 0 ? criteriaTexts : undefined,
        },
      ),
    [reviewedParts, props.templateLang, criteriaTexts],
  );
  // What typed text reads like, worked out once per pause in typing, not on every render.
  const suggestions = useMemo(
    () =>
      Object.fromEntries(
        FEEDBACK_QUESTIONS.map((question) => [
          question,
          suggestTags(settled.parts[question].text, props.templateLang),
        ]),
      ) as Record<FeedbackQuestion, TagSuggestion | null>,
    [settled, props.templateLang],
  );
  const targetOf = (finding: Finding): ComposerTarget | null => {
    const part = finding.part === undefined ? undefined : reviewedParts[finding.part];
    return part ? targetOfPart(part) : null;
  };
  const marksFor = (target: ComposerTarget): TextMark[] =>
    findings
      .filter(
        (finding) =>
          finding.match && !review.dismissed.includes(finding.rule) && targetOf(finding) === target,
      )
      .map((finding) => finding.span);
  const fieldName = (target: ComposerTarget) =>
    target === 'praise' ? t('composerPraiseHeading') : t(QUESTION_LABELS[target]);
  const linked = criteria.find((criterion) => criterion.id === state.parts.feedUp.criterionId);
  const fillValues = { criterion: linked?.text, student: props.student?.name };

  const change = (action: Parameters<typeof dispatch>[0]) => {
    // A full disk is not fixed by typing: its notice stays until a write succeeds.
    if (saveState.kind !== 'saving' && saveState.kind !== 'quota') setSaveState({ kind: 'idle' });
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
        checklist: review.checklist,
        dismissedFindings: review.dismissed,
        followUpAt: review.followUpAt,
      });
      if (review.followUpAt !== undefined) reminders.schedule(review.followUpAt);
      setReview(EMPTY_REVIEW);
      // Anything typed or selected while saving belongs to the next item: keep it (and its draft).
      dispatch({ type: 'load', state: remainderAfterSave(latest.current.state, submitted) });
      onPassage((current) => (current === saved ? null : current));
      setEditingId(null);
      setSaveState({ kind: 'saved' });
    } catch (error) {
      if (isQuotaExceeded(error)) {
        setSaveState({ kind: 'quota', during: 'save' });
        return;
      }
      const reason = error instanceof Error ? error.message : String(error);
      setSaveState({ kind: 'error', message: t('composerSaveFailed', { reason }) });
    }
  };

  const retryAfterQuota = () => {
    if (saveState.kind !== 'quota') return;
    if (saveState.during === 'save') void save();
    else void saveDraft();
  };
  useRetryWhenSpaceFreed(saveState.kind === 'quota', retryAfterQuota);

  const stopEditing = () => {
    dispatch({ type: 'clear' });
    setReview(EMPTY_REVIEW);
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
              marks={marksFor(question)}
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
              <TagHint
                question={question}
                level={part.level}
                levelChosenByTeacher={part.levelChosenBy === 'teacher'}
                suggestion={suggestions[question]}
                onMove={(to) => change({ type: 'movePart', from: question, to })}
                onUseLevel={(level) => change({ type: 'setLevel', question, level })}
              />
            </ComposerField>
          );
        })}
        <ComposerField
          class="praise"
          heading={t('composerPraiseHeading')}
          hint={t('composerPraiseHint')}
          text={state.praise.text}
          textareaRef={fieldRef('praise')}
          marks={marksFor('praise')}
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
        {saveState.kind === 'quota' && (
          <QuotaNotice
            during={saveState.during}
            overviewUrl={props.storageOverviewUrl}
            onRetry={retryAfterQuota}
          />
        )}
      </section>
      <ReviewPanel
        findings={findings}
        dismissed={review.dismissed}
        placeOf={(finding) => {
          const target = targetOf(finding);
          return target ? t('reviewInPart', { part: fieldName(target) }) : '';
        }}
        onDismiss={(rule) =>
          setReview((current) => ({ ...current, dismissed: [...current.dismissed, rule] }))
        }
        onRestore={() => setReview((current) => ({ ...current, dismissed: [] }))}
        onShowPassage={(finding) => {
          const target = targetOf(finding);
          const field = target ? fields.current[target] : null;
          field?.focus();
          field?.setSelectionRange(finding.span.start, finding.span.end);
        }}
        onShowFeedForward={() => {
          setActive('feedForward');
          search.current?.focus();
        }}
        onMoveToPraise={(finding) => {
          const target = targetOf(finding);
          if (!target || target === 'praise') return;
          change({
            type: 'moveToPraise',
            from: target,
            at: finding.span,
            lang: props.templateLang,
          });
        }}
      />
      <GoldenChecklist
        findings={findings}
        dismissed={review.dismissed}
        checklist={review.checklist}
        onTick={(key: ChecklistTick, ticked) =>
          setReview((current) => ({
            ...current,
            checklist: { ...current.checklist, [key]: ticked },
          }))
        }
        followUpAt={review.followUpAt}
        onFollowUp={(at) => setReview((current) => ({ ...current, followUpAt: at }))}
      />
      <GuidancePanel student={props.student} />
      <TemplatePicker
        bank={props.bank}
        activeQuestion={activeQuestion}
        targetLabel={fieldName(active)}
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
