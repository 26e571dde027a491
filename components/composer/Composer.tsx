import { useEffect, useRef, useState } from 'preact/hooks';
import { type ComposerTarget, composerToParts } from '../../utils/feedback/composer';
import type { ChecklistTick } from '../../utils/feedback/guidance';
import { QUESTION_LABELS } from '../../utils/feedback/labels';
import { fillKnownPlaceholders } from '../../utils/feedback/placeholders';
import { useI18n } from '../../utils/i18n/context';
import { FEEDBACK_QUESTIONS, type FeedbackQuestion } from '../../utils/model/feedback';
import type { TemplateLang } from '../../utils/model/templates';
import { useSetting } from '../../utils/panel/hooks/use-setting';
import { useServices } from '../../utils/panel/services/context';
import { useDocumentSession } from '../../utils/panel/session/context';
import { TemplatePicker } from '../bank/TemplatePicker';
import type { TemplateBank } from '../bank/use-template-bank';
import { GoldenChecklist } from '../guidance/GoldenChecklist';
import { ReviewPanel } from '../guidance/ReviewPanel';
import { isBankShortcut, useKeyShortcut } from '../ui/use-key-shortcut';
import { ComposerActions } from './ComposerActions';
import { ComposerField } from './ComposerField';
import { EditConflictView } from './EditConflictView';
import { FeedbackPreview } from './FeedbackPreview';
import { LeftDraftsOffer } from './LeftDraftsOffer';
import { QuestionPart } from './QuestionPart';
import { hasText } from './session-state';
import { type ReviewTrailSource, useComposerReview } from './use-composer-review';
import { useComposerSession } from './use-composer-session';
import { type ComposerFields, useTemplateInsertion } from './use-template-insertion';

/** A focus this soon after a pointer press came from that press. */
const POINTER_FOCUS_MS = 1000;

/**
 * The composer, compact enough that its three parts and Save fit one
 * screen: one part per feedback question (each with its level chips, the
 * feed-up part linked to a success criterion), praise kept apart and folded
 * away until wanted, the comment bank opening at the field being written (Ctrl+K), the
 * review's findings, the golden rules as a one-line summary and a preview
 * of the text that goes into the document. This file is the layout; what is
 * typed lives in the session (drafts within half a second, resumed when the
 * panel opens again; saving), what the review says in its own hook.
 */
export function Composer(props: {
  bank: TemplateBank;
  templateLang: TemplateLang;
  /** Where a teacher frees space when a save fails for lack of it. */
  storageOverviewUrl: string;
}) {
  const { repos } = useServices();
  const { t } = useI18n();
  const { assignment, student, editing } = useDocumentSession();
  const previewFormat = useSetting('previewFormat');
  const reviewTrail = useRef<ReviewTrailSource | null>(null);
  const session = useComposerSession(reviewTrail);
  const { state, change, decisions, decide } = session;
  const review = useComposerReview(state, {
    lang: props.templateLang,
    criteria: assignment?.criteria,
    dismissed: decisions.dismissed,
    templates: props.bank.templates,
  });
  reviewTrail.current = review;
  const [active, setActive] = useState<ComposerTarget>('feedUp');
  const [bankAt, setBankAt] = useState<ComposerTarget | null>(null);
  const [showPraise, setShowPraise] = useState(false);
  const fields = useRef<ComposerFields>({});
  const criteria = assignment?.criteria ?? [];
  const linked = criteria.find((criterion) => criterion.id === state.parts.feedUp.criterionId);
  const insertTemplate = useTemplateInsertion({
    state,
    change,
    fields,
    active,
    onActive: setActive,
    lang: props.templateLang,
    fill: { criterion: linked?.text, student: student?.name },
  });

  // An item opened for editing is ready to be changed from its first part.
  useEffect(() => {
    if (editing.editRequest) fields.current.feedUp?.focus();
  }, [editing.editRequest]);

  // Opened, the panel is ready to write in: the first part takes the focus.
  // Coming back to the panel (the shortcut, from the page), the teacher is
  // back in the part last written in, unless they are already somewhere else
  // in the panel.
  const latestActive = useRef(active);
  latestActive.current = active;
  useEffect(() => {
    // A click into the panel puts the focus where it clicked: only the keyboard is brought back.
    // Only a press still held counts, so expanding the panel by keyboard just after a click does.
    let pointerAt = Number.NEGATIVE_INFINITY;
    const notePointer = (event: PointerEvent) => {
      pointerAt = event.type === 'pointerdown' ? event.timeStamp : Number.NEGATIVE_INFINITY;
    };
    const resume = (event?: Event) => {
      if (event && event.timeStamp - pointerAt < POINTER_FOCUS_MS) return;
      const { activeElement, body } = globalThis.document;
      if (activeElement === body || activeElement === null) {
        fields.current[latestActive.current]?.focus();
      }
    };
    resume();
    const pointerEvents = ['pointerdown', 'pointerup', 'pointercancel'] as const;
    for (const type of pointerEvents) globalThis.addEventListener(type, notePointer, true);
    globalThis.addEventListener('focus', resume);
    return () => {
      for (const type of pointerEvents) globalThis.removeEventListener(type, notePointer, true);
      globalThis.removeEventListener('focus', resume);
    };
  }, []);

  const fieldName = (target: ComposerTarget) =>
    target === 'praise' ? t('composerPraiseHeading') : t(QUESTION_LABELS[target]);
  const fieldRef = (target: ComposerTarget) => (element: HTMLTextAreaElement | null) => {
    fields.current[target] = element;
  };

  const linkCriterion = (criterionId: string | undefined) => {
    change({ type: 'linkCriterion', criterionId });
    const text = criteria.find((criterion) => criterion.id === criterionId)?.text;
    if (!text) return;
    const feedUp = state.parts.feedUp.text;
    const filled = fillKnownPlaceholders(feedUp, props.templateLang, { criterion: text });
    if (filled !== feedUp) change({ type: 'setText', target: 'feedUp', text: filled });
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

  const activeQuestion: FeedbackQuestion = active === 'praise' ? 'feedBack' : active;
  const praiseShown = showPraise || state.praise.text !== '';

  const openBank = (target: ComposerTarget) => {
    setActive(target);
    if (target === 'praise') setShowPraise(true);
    setBankAt(target);
  };
  const closeBank = (returnToField: boolean) => {
    const target = bankAt;
    setBankAt(null);
    if (returnToField && target) fields.current[target]?.focus();
  };
  const bankFor = (target: ComposerTarget) =>
    bankAt === target ? (
      <TemplatePicker
        bank={props.bank}
        activeQuestion={activeQuestion}
        targetLabel={fieldName(target)}
        onInsert={(template) => {
          setBankAt(null);
          insertTemplate(template);
        }}
        onReturn={() => closeBank(true)}
        onClose={() => closeBank(false)}
        onMissedSearch={(query) =>
          void repos.missedSearches.record(query, props.templateLang, Date.now())
        }
      />
    ) : undefined;

  // Ctrl+K (⌘K) opens the bank at the field last written in, from anywhere in the panel.
  useKeyShortcut(isBankShortcut, () => openBank(active));

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the save shortcut bubbles up from the fields inside.
    <div
      class="composer"
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
          event.preventDefault();
          void session.save();
        }
      }}
    >
      <section class="composer-parts" aria-labelledby="composer-heading">
        <h2 id="composer-heading">
          {session.editingId ? t('composerEditing') : t('composerHeading')}
        </h2>
        <LeftDraftsOffer
          offers={session.leftDrafts.offers}
          composerEmpty={editing.composerEmpty}
          onResume={(draft) => void session.leftDrafts.resumeOffer(draft)}
          onDiscard={(draft) => void session.leftDrafts.discardOffer(draft)}
        />
        {FEEDBACK_QUESTIONS.map((question) => (
          <QuestionPart
            key={question}
            question={question}
            part={state.parts[question]}
            criteria={criteria}
            marks={review.marksFor(question)}
            suggestion={review.suggestions[question]}
            textareaRef={fieldRef(question)}
            bank={bankFor(question)}
            onOpenBank={() => openBank(question)}
            onChange={change}
            onLinkCriterion={linkCriterion}
            onFocus={() => setActive(question)}
            onSaveAsTemplate={() => saveAsTemplate(question)}
          />
        ))}
        {/* Praise kept apart, folded away until wanted; open while it holds text. */}
        <details
          class="praise-details"
          open={praiseShown}
          onToggle={(event) => setShowPraise(event.currentTarget.open)}
        >
          <summary>{t('praiseShow')}</summary>
          <ComposerField
            class="praise"
            heading={t('composerPraiseHeading')}
            hint={t('composerPraiseHint')}
            text={state.praise.text}
            textareaRef={fieldRef('praise')}
            marks={review.marksFor('praise')}
            bank={bankFor('praise')}
            onOpenBank={() => openBank('praise')}
            onText={(text) => change({ type: 'setText', target: 'praise', text })}
            onFocus={() => setActive('praise')}
            onSaveAsTemplate={() => saveAsTemplate('praise')}
          />
        </details>
        <EditConflictView conflict={session.conflict} mine={composerToParts(state)} />
        <ComposerActions
          saveState={session.saveState}
          editing={session.editingId !== null}
          onSave={() => void session.save()}
          onStopEditing={session.stopEditing}
          storageOverviewUrl={props.storageOverviewUrl}
          onRetry={session.retry}
        />
        <p class="hint keys-hint">{t('composerKeys')}</p>
      </section>
      <ReviewPanel
        findings={review.findings}
        empty={!hasText(state)}
        dismissed={decisions.dismissed}
        placeOf={(finding) => {
          const target = review.targetOf(finding);
          return target ? t('reviewInPart', { part: fieldName(target) }) : '';
        }}
        onDismiss={(rule) =>
          decide((current) => ({ ...current, dismissed: [...current.dismissed, rule] }))
        }
        onRestore={() => decide((current) => ({ ...current, dismissed: [] }))}
        onShowPassage={(finding) => {
          const target = review.targetOf(finding);
          const field = target ? fields.current[target] : null;
          field?.focus();
          field?.setSelectionRange(finding.span.start, finding.span.end);
        }}
        onShowFeedForward={() => openBank('feedForward')}
        onMoveToPraise={(finding) => {
          const move = review.moveToPraise(finding);
          if (move) change(move);
        }}
      />
      <GoldenChecklist
        findings={review.findings}
        empty={!hasText(state)}
        dismissed={decisions.dismissed}
        checklist={decisions.checklist}
        onTick={(key: ChecklistTick, ticked) =>
          decide((current) => ({ ...current, checklist: { ...current.checklist, [key]: ticked } }))
        }
        followUpAt={decisions.followUpAt}
        onFollowUp={(at) => decide((current) => ({ ...current, followUpAt: at }))}
      />
      <FeedbackPreview
        parts={composerToParts(state)}
        lang={props.templateLang}
        format={previewFormat}
        onFormat={(format) => void repos.settings.set('previewFormat', format)}
      />
    </div>
  );
}
