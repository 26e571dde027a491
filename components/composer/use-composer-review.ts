import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  type ComposerAction,
  type ComposerState,
  type ComposerTarget,
  composerToParts,
} from '../../utils/feedback/composer';
import type { Finding } from '../../utils/feedback/rules';
import type { TagSuggestion } from '../../utils/feedback/suggest';
import { FEEDBACK_QUESTIONS, type FeedbackQuestion } from '../../utils/model/feedback';
import type { SuccessCriterion, TemplateRecord } from '../../utils/model/records';
import { type ReviewTrail, reviewTrailOf } from '../../utils/model/review-trail';
import type { TemplateLang } from '../../utils/model/templates';
import type { TextMark } from './PlaceholderTextarea';

/** The review runs once typing pauses this long, so it never slows typing down. */
const REVIEW_DELAY_MS = 250;

/**
 * What the review said while one item was written, for the item's record
 * (the teacher's mirror counts which rules drafts break and which are fixed
 * before saving).
 */
export interface ReviewTrailSource {
  /**
   * Every rule flagged since the item was begun, with those the review
   * flags on `submitted` now; undefined while the review's code is loading.
   */
  trailAtSave(submitted: ComposerState): ReviewTrail | undefined;
  /** Begins a new item's trail: after a save, or when another item is loaded. */
  resetTrail(): void;
}

/** What the automatic review says about the composer, in the terms of its fields. */
export interface ComposerReview extends ReviewTrailSource {
  findings: Finding[];
  /** What each part's text reads like (another question or level), or null. */
  suggestions: Record<FeedbackQuestion, TagSuggestion | null>;
  /** The field a finding is about; null for a finding about the whole item. */
  targetOf(finding: Finding): ComposerTarget | null;
  /** The passages to underline in a field: findings about a passage that were not dismissed. */
  marksFor(target: ComposerTarget): TextMark[];
  /** The change that moves a finding's sentence into the praise; null when it is not in a part. */
  moveToPraise(finding: Finding): ComposerAction | null;
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

type ReviewEngine = typeof import('../../utils/feedback/review-engine');
/** Loaded once per panel page, by the first composer that asks. */
let engineLoad: Promise<ReviewEngine> | null = null;

/** The review's code, once it has loaded (null until then: nothing is judged yet). */
function useReviewEngine(): ReviewEngine | null {
  const [engine, setEngine] = useState<ReviewEngine | null>(null);
  useEffect(() => {
    let mounted = true;
    engineLoad ??= import('../../utils/feedback/review-engine');
    engineLoad.then((loaded) => mounted && setEngine(loaded)).catch(() => {});
    return () => {
      mounted = false;
    };
  }, []);
  return engine;
}

/** The composer field a stored part (as composerToParts lists them) is written in. */
function targetOfPart(part: { question: FeedbackQuestion; level: string }): ComposerTarget {
  return part.level === 'self' ? 'praise' : part.question;
}

/**
 * The golden-rules review and the question/level suggestions of what is
 * being written, worked out once per pause in typing rather than on every
 * keystroke (and once their code has loaded, just after the panel opened),
 * and mapped back from the review's parts to the composer's
 * fields so the layout can underline, point to and move what was found.
 */
export function useComposerReview(
  state: ComposerState,
  options: {
    lang: TemplateLang;
    /** The assignment's success criteria, for the "no criterion" rule. */
    criteria: readonly SuccessCriterion[] | undefined;
    dismissed: readonly string[];
    /**
     * The comment bank: text inserted from it carries its template's
     * question and level, so the suggestions judge only the rest.
     */
    templates?: readonly TemplateRecord[];
  },
): ComposerReview {
  const { lang, criteria, dismissed, templates } = options;
  const engine = useReviewEngine();
  const settled = useSettled(state, REVIEW_DELAY_MS);
  const reviewedParts = useMemo(() => composerToParts(settled), [settled]);
  const criteriaTexts = useMemo(
    () => (criteria ?? []).map((criterion) => criterion.text).filter((text) => text.trim() !== ''),
    [criteria],
  );
  const review = useCallback(
    (parts: ReturnType<typeof composerToParts>) =>
      engine
        ? engine.checkFeedback(
            { parts },
            { lang, criteria: criteriaTexts.length > 0 ? criteriaTexts : undefined },
          )
        : [],
    [engine, lang, criteriaTexts],
  );
  const findings = useMemo(() => review(reviewedParts), [review, reviewedParts]);
  // Every rule the teacher was shown while writing this item.
  const flagged = useRef(new Set<string>());
  useEffect(() => {
    for (const finding of findings) flagged.current.add(finding.rule);
  }, [findings]);
  const matchers = useMemo(
    () => engine?.templateMatchers((templates ?? []).map((template) => template.text)) ?? [],
    [engine, templates],
  );
  const suggestions = useMemo(
    () =>
      Object.fromEntries(
        FEEDBACK_QUESTIONS.map((question) => [
          question,
          engine ? engine.suggestTypedTags(settled.parts[question].text, lang, matchers) : null,
        ]),
      ) as Record<FeedbackQuestion, TagSuggestion | null>,
    [engine, settled, lang, matchers],
  );

  const targetOf = (finding: Finding): ComposerTarget | null => {
    const part = finding.part === undefined ? undefined : reviewedParts[finding.part];
    return part ? targetOfPart(part) : null;
  };
  const marksFor = (target: ComposerTarget): TextMark[] =>
    findings
      .filter(
        (finding) =>
          finding.match && !dismissed.includes(finding.rule) && targetOf(finding) === target,
      )
      .map((finding) => finding.span);
  const moveToPraise = (finding: Finding): ComposerAction | null => {
    const from = targetOf(finding);
    if (!engine || !from || from === 'praise') return null;
    const text = settled.parts[from].text;
    const cut = engine.cutSentence(text, finding.span, lang);
    return cut ? { type: 'moveToPraise', from, text, cut } : null;
  };

  const trailAtSave = (submitted: ComposerState): ReviewTrail | undefined =>
    engine
      ? reviewTrailOf(
          flagged.current,
          review(composerToParts(submitted)).map((finding) => finding.rule),
        )
      : undefined;
  const resetTrail = () => flagged.current.clear();

  return { findings, suggestions, targetOf, marksFor, moveToPraise, trailAtSave, resetTrail };
}
