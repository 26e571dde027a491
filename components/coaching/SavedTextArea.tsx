import { useEffect, useId, useRef, useState } from 'preact/hooks';

/**
 * A labelled text field over one stored text: typing stays local and the
 * text is saved when the teacher leaves the field, so a save per keystroke
 * never fights the typing. A change stored elsewhere shows once the field
 * is left. Text typed but not yet saved when the field goes away (the
 * teacher leaves the visit) is saved then.
 */
export function SavedTextArea(props: {
  label: string;
  value: string;
  onSave(value: string): void;
  disabled?: boolean;
  hint?: string;
  rows?: number;
}) {
  const id = useId();
  const [text, setText] = useState(props.value);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setText(props.value);
  }, [props.value, editing]);
  const latest = useRef({ text, value: props.value, onSave: props.onSave });
  latest.current = { text, value: props.value, onSave: props.onSave };
  useEffect(
    () => () => {
      const { text: typed, value, onSave } = latest.current;
      if (typed !== value) onSave(typed);
    },
    [],
  );
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <textarea
        id={id}
        rows={props.rows ?? 3}
        value={text}
        disabled={props.disabled}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onFocus={() => setEditing(true)}
        onInput={(event) => setText(event.currentTarget.value)}
        onBlur={() => {
          setEditing(false);
          if (text !== props.value) props.onSave(text);
        }}
      />
      {props.hint && (
        <p id={`${id}-hint`} class="hint">
          {props.hint}
        </p>
      )}
    </div>
  );
}
