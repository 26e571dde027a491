import { useId } from 'preact/hooks';

/** One choice of a select: its stored value and its visible label. */
export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

/**
 * A select with a visible label tied to it, so every choice in the panel is
 * announced by screen readers and reachable by keyboard.
 */
export function LabelledSelect<V extends string>(props: {
  label: string;
  value: V;
  options: SelectOption<V>[];
  onChange(value: V): void;
  hint?: string;
  class?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div class={`field ${props.class ?? ''}`}>
      <label for={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        aria-describedby={props.hint ? hintId : undefined}
        onChange={(event) => props.onChange(event.currentTarget.value as V)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {props.hint && (
        <p id={hintId} class="hint">
          {props.hint}
        </p>
      )}
    </div>
  );
}
