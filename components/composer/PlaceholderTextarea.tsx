import type { ComponentChildren, Ref } from 'preact';
import { useRef } from 'preact/hooks';
import { nextPlaceholder } from '../../utils/feedback/placeholders';

/** A stretch of the text to underline (a passage a review finding is about). */
export interface TextMark {
  start: number;
  end: number;
}

/** The text cut into plain and marked runs, for the backdrop behind the field. */
function runs(text: string, marks: readonly TextMark[]): { text: string; marked: boolean }[] {
  const sorted = [...marks]
    .map((mark) => ({ start: Math.max(0, mark.start), end: Math.min(text.length, mark.end) }))
    .filter((mark) => mark.end > mark.start)
    .sort((a, b) => a.start - b.start);
  const result: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const mark of sorted) {
    const start = Math.max(mark.start, at);
    if (start >= mark.end) continue;
    if (start > at) result.push({ text: text.slice(at, start), marked: false });
    result.push({ text: text.slice(start, mark.end), marked: true });
    at = mark.end;
  }
  result.push({ text: text.slice(at), marked: false });
  return result;
}

/**
 * A textarea in which Tab (Shift+Tab) selects the next (previous) `{blank}`
 * to fill in; when no blank is left in that direction, Tab moves focus as
 * usual, so a keyboard user is never trapped. Passages given in `marks` are
 * underlined by a backdrop that mirrors the text behind the transparent
 * field, so the teacher's text itself is never changed.
 */
export function PlaceholderTextarea(props: {
  id: string;
  value: string;
  rows?: number;
  placeholder?: string;
  describedBy?: string;
  textareaRef?: Ref<HTMLTextAreaElement>;
  marks?: readonly TextMark[];
  onInput(text: string): void;
  onFocus?(): void;
  /** Controls drawn inside the field's corner (the comment bank's button). */
  children?: ComponentChildren;
}) {
  const backdrop = useRef<HTMLDivElement>(null);
  const marks = props.marks ?? [];
  return (
    <div class="marked-field">
      <div class="marked-backdrop" ref={backdrop} aria-hidden="true">
        {runs(props.value, marks).map((run, index) =>
          run.marked ? <mark key={index}>{run.text}</mark> : run.text,
        )}
        {/* A trailing newline needs a character after it to take up its line. */}
        {props.value.endsWith('\n') ? ' ' : ''}
      </div>
      <textarea
        id={props.id}
        ref={props.textareaRef}
        rows={props.rows ?? 3}
        value={props.value}
        placeholder={props.placeholder}
        aria-describedby={props.describedBy}
        onFocus={props.onFocus}
        onScroll={(event) => {
          if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
        }}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return;
          const field = event.currentTarget;
          const target = nextPlaceholder(
            field.value,
            field.selectionStart,
            event.shiftKey ? 'backward' : 'forward',
            field.selectionEnd,
          );
          if (!target) return;
          event.preventDefault();
          field.setSelectionRange(target.start, target.end);
        }}
      />
      {props.children}
    </div>
  );
}
