import type { Ref } from 'preact';
import { nextPlaceholder } from '../utils/feedback/placeholders';

/**
 * A textarea in which Tab (Shift+Tab) selects the next (previous) `{blank}`
 * to fill in. When no blank is left in that direction, Tab moves focus as
 * usual, so a keyboard user is never trapped in the field.
 */
export function PlaceholderTextarea(props: {
  id: string;
  value: string;
  rows?: number;
  placeholder?: string;
  describedBy?: string;
  textareaRef?: Ref<HTMLTextAreaElement>;
  onInput(text: string): void;
  onFocus?(): void;
}) {
  return (
    <textarea
      id={props.id}
      ref={props.textareaRef}
      rows={props.rows ?? 3}
      value={props.value}
      placeholder={props.placeholder}
      aria-describedby={props.describedBy}
      onFocus={props.onFocus}
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
  );
}
