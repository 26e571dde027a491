import { useId } from 'preact/hooks';

/**
 * A fieldset of labelled checkboxes over a list of chosen keys, large
 * enough to tap on a tablet; the chosen keys are kept in the offered order.
 */
export function CheckboxGroup<K extends string>(props: {
  legend: string;
  options: readonly { key: K; label: string }[];
  chosen: readonly K[];
  onChange(chosen: K[]): void;
  hint?: string;
}) {
  const id = useId();
  const toggle = (key: K, on: boolean) =>
    props.onChange(
      props.options
        .map((option) => option.key)
        .filter((candidate) => (candidate === key ? on : props.chosen.includes(candidate))),
    );
  return (
    <fieldset class="checkbox-group" aria-describedby={props.hint ? `${id}-hint` : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p id={`${id}-hint`} class="hint">
          {props.hint}
        </p>
      )}
      {props.options.map((option) => (
        <label key={option.key} class="checkbox-option">
          <input
            type="checkbox"
            checked={props.chosen.includes(option.key)}
            onChange={(event) => toggle(option.key, event.currentTarget.checked)}
          />{' '}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
