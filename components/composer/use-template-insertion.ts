import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import {
  type ComposerAction,
  type ComposerState,
  type ComposerTarget,
  type InsertTemplateAction,
  planTemplateInsertion,
} from '../../utils/feedback/composer';
import { findPlaceholders, type TextRange } from '../../utils/feedback/placeholders';
import type { TemplateRecord } from '../../utils/model/records';
import type { TemplateLang } from '../../utils/model/templates';
import { useServices } from '../../utils/panel/services/context';

/** The composer's text fields by target, as the layout renders them. */
export type ComposerFields = Partial<Record<ComposerTarget, HTMLTextAreaElement | null>>;

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
 * Inserting a comment-bank template where the teacher is writing: it
 * replaces the selection in the focused field (or goes where the reducer
 * sends it), the caret lands on its first blank so the teacher can type
 * straight on, and the template's use is counted for the bank's ordering.
 */
export function useTemplateInsertion(options: {
  state: ComposerState;
  change(action: ComposerAction): void;
  fields: RefObject<ComposerFields>;
  /** The field the teacher was last in. */
  active: ComposerTarget;
  onActive(target: ComposerTarget): void;
  lang: TemplateLang;
  fill: InsertTemplateAction['fill'];
}): (template: TemplateRecord) => void {
  const { repos } = useServices();
  const pendingCaret = useRef<{ target: ComposerTarget; range: TextRange } | null>(null);
  const { state, change, fields, active, onActive, lang, fill } = options;

  // Put the caret where an insertion asked for it, once the text is rendered (before more typing).
  useLayoutEffect(() => {
    const pending = pendingCaret.current;
    if (!pending) return;
    pendingCaret.current = null;
    const field = fields.current?.[pending.target];
    field?.focus();
    field?.setSelectionRange(pending.range.start, pending.range.end);
  });

  return (template) => {
    const field = fields.current?.[active];
    const text = active === 'praise' ? state.praise.text : state.parts[active].text;
    const selection = field
      ? { start: field.selectionStart, end: field.selectionEnd }
      : { start: text.length, end: text.length };
    const action: InsertTemplateAction = {
      type: 'insertTemplate',
      target: active,
      selection,
      template,
      lang,
      fill,
    };
    const plan = planTemplateInsertion(state, action);
    pendingCaret.current = {
      target: plan.target,
      range: caretAfterInsertion(plan.text, plan.inserted),
    };
    change(action);
    onActive(plan.target);
    void repos.templates.recordUse(template.id);
  };
}
