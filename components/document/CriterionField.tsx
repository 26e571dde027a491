import { useLayoutEffect, useRef } from 'preact/hooks';

/** A criterion is one line of text: line breaks typed or pasted become spaces. */
export function oneLine(text: string): string {
  return text.replace(/[ \t]*[\r\n\u2028\u2029]+[ \t]*/g, ' ');
}

/** The field as tall as its text, so a long criterion wraps and is read whole. */
function fitHeight(field: HTMLTextAreaElement): void {
  field.style.height = 'auto';
  field.style.height = `${field.scrollHeight + field.offsetHeight - field.clientHeight}px`;
}

/**
 * One success criterion: a field that wraps its text over as many lines as
 * it needs (ordinary criteria are longer than a one-line input shows), yet
 * holds one line of text — Enter adds the next criterion instead of a line
 * break.
 */
export function CriterionField(props: {
  id: string;
  value: string;
  onText(text: string): void;
  onEnter(): void;
}) {
  const field = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    if (field.current) fitHeight(field.current);
  }, [props.value]);
  return (
    <textarea
      id={props.id}
      ref={field}
      class="criterion-text"
      rows={1}
      value={props.value}
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        if (!event.shiftKey) props.onEnter();
      }}
      onInput={(event) => {
        const text = oneLine(event.currentTarget.value);
        if (text !== event.currentTarget.value) event.currentTarget.value = text;
        props.onText(text);
      }}
    />
  );
}
