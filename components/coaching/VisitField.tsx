import { useId } from 'preact/hooks';

/**
 * One labelled field of a visit: a name offering those used before (`list`
 * names their datalist), or when the visit or the next one takes place
 * (`datetime-local`, as utils/coaching/date-time-input.ts reads and writes).
 */
export function VisitField(props: {
  label: string;
  value: string;
  type: 'text' | 'datetime-local';
  /** The id of a datalist of names used before. */
  list?: string;
  onInput(value: string): void;
}) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type={props.type}
        list={props.list}
        autoComplete={props.list ? 'off' : undefined}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </div>
  );
}
