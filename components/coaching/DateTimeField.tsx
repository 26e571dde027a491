import { useId } from 'preact/hooks';

/**
 * A labelled date-and-time field, as the `datetime-local` text the visit's
 * helpers read and write (see utils/coaching/date-time-input.ts): when a
 * visit or the next one takes place.
 */
export function DateTimeField(props: {
  label: string;
  value: string;
  onInput(value: string): void;
}) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="datetime-local"
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </div>
  );
}
