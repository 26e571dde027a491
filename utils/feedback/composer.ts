import { FEEDBACK_QUESTIONS, type FeedbackLevel, type FeedbackQuestion } from '../model/feedback';
import type { FeedbackPart } from '../model/records';
import type { TemplateLang } from '../model/templates';
import { fillKnownPlaceholders, insertText, type TextRange } from './placeholders';
import type { KnownPlaceholder } from './placeholders-names';
import type { SentenceCut } from './sentence-cut';

/**
 * The feedback composer's state as a pure reducer: one part per feedback
 * question plus praise kept apart. The UI holds it in `useReducer` and saves
 * it as a draft while the teacher types; it becomes stored parts through
 * `composerToParts` and comes back through `composerFromParts`.
 */

/** A level for feedback on the work; `self` (praise of the person) lives in `praise`. */
export type WorkLevel = Exclude<FeedbackLevel, 'self'>;

/** The part answering one question, while it is being written. */
export interface DraftPart {
  question: FeedbackQuestion;
  level: WorkLevel;
  text: string;
  criterionId?: string;
  templateId?: string;
  /**
   * Who set `level`: the teacher (never overridden by a template), the last
   * inserted template, or the default.
   */
  levelChosenBy: 'teacher' | 'template' | 'default';
}

export interface ComposerState {
  parts: Record<FeedbackQuestion, DraftPart>;
  /** Praise of the person, kept apart from the feedback on the work. */
  praise: { text: string; templateId?: string };
}

/** The field an action is aimed at: one question's part, or the praise. */
export type ComposerTarget = FeedbackQuestion | 'praise';

/** A template as the composer needs it. */
export interface ComposerTemplate {
  id: string;
  question: FeedbackQuestion;
  level: FeedbackLevel;
  text: string;
}

export type InsertTemplateAction = {
  type: 'insertTemplate';
  /** The field that had focus when the template was picked. */
  target: ComposerTarget;
  /** The selection in that field; the template replaces it. */
  selection: TextRange;
  template: ComposerTemplate;
  /** The template's language, so its known placeholders are recognised. */
  lang: TemplateLang;
  /** Values for the known placeholders (the linked criterion, the student's name…). */
  fill: Partial<Record<KnownPlaceholder, string>>;
};

export type ComposerAction =
  | { type: 'setText'; target: ComposerTarget; text: string }
  | { type: 'setLevel'; question: FeedbackQuestion; level: WorkLevel }
  | { type: 'linkCriterion'; criterionId: string | undefined }
  | InsertTemplateAction
  | { type: 'movePart'; from: FeedbackQuestion; to: FeedbackQuestion }
  | {
      type: 'moveToPraise';
      from: FeedbackQuestion;
      /** The part's text the cut was made in (by `cutSentence`, with the review's code). */
      text: string;
      /** The sentence with praise of the person, and the part's text without it. */
      cut: SentenceCut;
    }
  | { type: 'load'; state: ComposerState }
  | { type: 'clear' };

/** Every level starts at `task`, the level most feedback on a piece of work is at. */
const DEFAULT_LEVEL: WorkLevel = 'task';

function emptyPart(question: FeedbackQuestion): DraftPart {
  return { question, level: DEFAULT_LEVEL, text: '', levelChosenBy: 'default' };
}

/** A composer with nothing written: every part at the default level. */
export function emptyComposer(): ComposerState {
  return {
    parts: {
      feedUp: emptyPart('feedUp'),
      feedBack: emptyPart('feedBack'),
      feedForward: emptyPart('feedForward'),
    },
    praise: { text: '' },
  };
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** A copy of `value` without `key` (rather than `key: undefined`, which drafts would store). */
function without<T extends object, K extends keyof T>(value: T, key: K): T {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

function withPart(state: ComposerState, part: DraftPart): ComposerState {
  return { ...state, parts: { ...state.parts, [part.question]: part } };
}

/** `added` after what a field already holds, one space apart. */
function appended(existing: string, added: string): string {
  return [existing.trim(), added].filter(Boolean).join(' ');
}

/** The text currently in a field. */
function fieldText(state: ComposerState, target: ComposerTarget): string {
  return target === 'praise' ? state.praise.text : state.parts[target].text;
}

/**
 * Where a template goes and what the field's text becomes, without changing
 * the state. The reducer applies exactly this; the UI calls it too, to put
 * the caret on the first placeholder of what was inserted (`inserted` is the
 * inserted template's range in the new `text`).
 *
 * Rules:
 * - A `self`-level template (praise of the person) always goes into the
 *   praise, whichever field had focus: praise is kept apart from feedback on
 *   the work.
 * - Any other template goes into the focused part; if the praise had focus,
 *   into the part of the template's own question.
 * - When the template goes to the focused field it replaces the selection
 *   there; when it is redirected to another field the selection does not
 *   apply, and it is added at the end of that field's text.
 * - Known placeholders are filled from `fill` first (`fillKnownPlaceholders`),
 *   then the text is inserted with `insertText`'s spacing.
 */
export function planTemplateInsertion(
  state: ComposerState,
  action: InsertTemplateAction,
): { target: ComposerTarget; text: string; inserted: TextRange } {
  const { template } = action;
  let target: ComposerTarget;
  if (template.level === 'self') target = 'praise';
  else if (action.target === 'praise') target = template.question;
  else target = action.target;

  const current = fieldText(state, target);
  const selection =
    target === action.target ? action.selection : { start: current.length, end: current.length };
  const insertion = fillKnownPlaceholders(template.text, action.lang, action.fill);
  const result = insertText(current, selection, insertion);
  return { target, text: result.text, inserted: result.inserted };
}

/**
 * The composer's reducer.
 *
 * - `setText`: the field's text becomes exactly what was typed; a field
 *   emptied by the teacher forgets the template it came from.
 * - `setLevel`: the teacher's choice; it sticks — later templates never
 *   change it.
 * - `linkCriterion`: links (or, with `undefined`, unlinks) a success
 *   criterion on the feed-up part, the part about the goal.
 * - `insertTemplate`: see `planTemplateInsertion` for where the text goes.
 *   The field records the template's id; a part also takes the template's
 *   level unless the teacher chose the level.
 * - `movePart`: a part's whole text goes after the text of another part
 *   (the teacher accepted that it reads like that question); the first
 *   part is emptied as if the teacher had erased it.
 * - `moveToPraise`: the sentence cut out of the part (see `cutSentence`)
 *   goes to the end of the praise, where praise of the person belongs;
 *   nothing changes when the part's text changed since the cut was made.
 * - `load`: replaces the whole state (a saved draft or item).
 * - `clear`: back to `emptyComposer()`.
 */
export function composerReducer(state: ComposerState, action: ComposerAction): ComposerState {
  switch (action.type) {
    case 'setText': {
      if (action.target === 'praise') {
        const praise = { ...state.praise, text: action.text };
        return { ...state, praise: isBlank(action.text) ? without(praise, 'templateId') : praise };
      }
      const part = { ...state.parts[action.target], text: action.text };
      return withPart(state, isBlank(action.text) ? without(part, 'templateId') : part);
    }
    case 'setLevel':
      return withPart(state, {
        ...state.parts[action.question],
        level: action.level,
        levelChosenBy: 'teacher',
      });
    case 'linkCriterion': {
      const feedUp = state.parts.feedUp;
      return withPart(
        state,
        action.criterionId === undefined
          ? without(feedUp, 'criterionId')
          : { ...feedUp, criterionId: action.criterionId },
      );
    }
    case 'insertTemplate': {
      const plan = planTemplateInsertion(state, action);
      const templateId = action.template.id;
      if (plan.target === 'praise') {
        return { ...state, praise: { ...state.praise, text: plan.text, templateId } };
      }
      const part = state.parts[plan.target];
      const level = action.template.level;
      const takesLevel = part.levelChosenBy !== 'teacher' && level !== 'self';
      return withPart(state, {
        ...part,
        text: plan.text,
        templateId,
        ...(takesLevel ? { level, levelChosenBy: 'template' as const } : {}),
      });
    }
    case 'movePart': {
      if (action.from === action.to) return state;
      const moved = state.parts[action.from].text.trim();
      return typed(
        state,
        [action.from, ''],
        [action.to, appended(state.parts[action.to].text, moved)],
      );
    }
    case 'moveToPraise': {
      const { cut } = action;
      if (state.parts[action.from].text !== action.text) return state;
      return typed(
        state,
        [action.from, cut.rest],
        ['praise', appended(state.praise.text, cut.sentence)],
      );
    }
    case 'load':
      return action.state;
    case 'clear':
      return emptyComposer();
  }
}

/**
 * Texts set one field after another exactly as if the teacher had typed
 * them, so a move follows the same rules as typing (an emptied field forgets
 * its template).
 */
function typed(state: ComposerState, ...texts: [ComposerTarget, string][]): ComposerState {
  return texts.reduce(
    (current, [target, text]) => composerReducer(current, { type: 'setText', target, text }),
    state,
  );
}

/**
 * The parts to store, in question order (feedUp, feedBack, feedForward),
 * then the praise as a `self`-level part (question `feedBack`). A part is
 * left out when its text is blank — except a feed-up part with a linked
 * criterion, which keeps the link. Texts are trimmed.
 */
export function composerToParts(state: ComposerState): Omit<FeedbackPart, 'id'>[] {
  const parts: Omit<FeedbackPart, 'id'>[] = [];
  for (const question of FEEDBACK_QUESTIONS) {
    const draft = state.parts[question];
    if (isBlank(draft.text) && draft.criterionId === undefined) continue;
    const part: Omit<FeedbackPart, 'id'> = {
      question,
      level: draft.level,
      text: draft.text.trim(),
    };
    if (draft.criterionId !== undefined) part.criterionId = draft.criterionId;
    if (draft.templateId !== undefined) part.templateId = draft.templateId;
    parts.push(part);
  }
  if (!isBlank(state.praise.text)) {
    const praise: Omit<FeedbackPart, 'id'> = {
      question: 'feedBack',
      level: 'self',
      text: state.praise.text.trim(),
    };
    if (state.praise.templateId !== undefined) praise.templateId = state.praise.templateId;
    parts.push(praise);
  }
  return parts;
}

type StoredPart = Pick<FeedbackPart, 'question' | 'level' | 'text' | 'criterionId' | 'templateId'>;

/**
 * The composer for stored parts (the inverse of `composerToParts`).
 * A `self`-level part becomes praise, whatever its question. Several parts
 * of one question (or several praise parts) are joined with a blank line in
 * their order; the level is the first part's, the criterion and template the
 * first ones given. Loaded levels count as the teacher's choice, so a
 * template inserted while editing does not change them.
 */
export function composerFromParts(parts: readonly StoredPart[]): ComposerState {
  const state = emptyComposer();
  const texts: Record<ComposerTarget, string[]> = {
    feedUp: [],
    feedBack: [],
    feedForward: [],
    praise: [],
  };
  const seen = new Set<ComposerTarget>();
  for (const stored of parts) {
    const text = stored.text.trim();
    if (text !== '') {
      texts[stored.level === 'self' ? 'praise' : stored.question].push(text);
    }
    if (stored.level === 'self') {
      if (stored.templateId !== undefined && state.praise.templateId === undefined) {
        state.praise.templateId = stored.templateId;
      }
      continue;
    }
    const draft = state.parts[stored.question];
    if (!seen.has(stored.question)) {
      seen.add(stored.question);
      draft.level = stored.level;
      draft.levelChosenBy = 'teacher';
    }
    if (stored.criterionId !== undefined && draft.criterionId === undefined) {
      draft.criterionId = stored.criterionId;
    }
    if (stored.templateId !== undefined && draft.templateId === undefined) {
      draft.templateId = stored.templateId;
    }
  }
  for (const question of FEEDBACK_QUESTIONS) {
    state.parts[question].text = texts[question].join('\n\n');
  }
  state.praise.text = texts.praise.join('\n\n');
  return state;
}

/** True when the composer holds nothing to save: no text and no linked criterion. */
export function isComposerEmpty(state: ComposerState): boolean {
  return composerToParts(state).length === 0;
}

/**
 * What stays in the composer after `submitted` was saved while the teacher
 * went on typing (`current` is the composer now). Saved text goes; text added
 * after it stays for the next item; a field changed anywhere else is kept
 * whole, since a duplicate can be deleted but lost words cannot be recovered.
 */
export function remainderAfterSave(
  current: ComposerState,
  submitted: ComposerState,
): ComposerState {
  const rest = (now: string, saved: string) =>
    now === saved ? '' : now.startsWith(saved) ? now.slice(saved.length).trimStart() : now;
  const remainder = emptyComposer();
  for (const question of FEEDBACK_QUESTIONS) {
    const text = rest(current.parts[question].text, submitted.parts[question].text);
    if (text !== '') remainder.parts[question] = { ...current.parts[question], text };
  }
  const praise = rest(current.praise.text, submitted.praise.text);
  if (praise !== '') remainder.praise = { ...current.praise, text: praise };
  return remainder;
}
