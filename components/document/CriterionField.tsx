import { useLayoutEffect, useRef } from 'preact/hooks';

/** Line breaks of any kind; a criterion is one line of text. */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;

/** A criterion's text as one line: every line break (a pasted list, say) becomes a space. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ');
}

/** True where the browser sizes a field to its content in CSS (`field-sizing: content`). */
function sizesToContent(): boolean {
  return typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content') === true;
}

/** Makes the field exactly as tall as its text (for browsers without `field-sizing`). */
function fitHeight(field: HTMLTextAreaElement) {
  field.style.height = 'auto';
  const borders = field.offsetHeight - field.clientHeight;
  field.style.height = `${field.scrollHeight + borders}px`;
}

/**
 * A success criterion's text: one line of text that wraps onto as many rows
 * as it needs, so a long criterion is read whole. Enter (with or without
 * Shift) never breaks the line, and line breaks that are pasted or dropped
 * in become spaces.
 */
export function CriterionField(props: { id: string; value: string; onText(text: string): void }) {
  const field = useRef<HTMLTextAreaElement>(null);

  // Without CSS sizing, the height follows the text and the field's width.
  useLayoutEffect(() => {
    const element = field.current;
    if (!element || sizesToContent()) return;
    fitHeight(element);
    if (typeof ResizeObserver === 'undefined') return;
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      fitHeight(element);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  useLayoutEffect(() => {
    if (field.current && !sizesToContent()) fitHeight(field.current);
  }, [props.value]);

  return (
    <textarea
      ref={field}
      id={props.id}
      class="criterion-field"
      rows={1}
      value={props.value}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && !event.isComposing) event.preventDefault();
      }}
      onInput={(event) => {
        const element = event.currentTarget;
        const text = oneLine(element.value);
        if (text !== element.value) {
          // Same length, so the caret stays where it was.
          const { selectionStart, selectionEnd } = element;
          element.value = text;
          element.setSelectionRange(selectionStart, selectionEnd);
        }
        props.onText(text);
      }}
    />
  );
}
