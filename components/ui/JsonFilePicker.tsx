import type { RefObject } from 'preact';
import { useId } from 'preact/hooks';

/**
 * The labelled field where the teacher picks one JSON file to bring in (a
 * backup, a colleague's templates). Both imports read the file only once it
 * is picked, and go back to their resting state when the choice is cleared,
 * so the field hands over either the file or "nothing picked".
 */
export function JsonFilePicker(props: {
  label: string;
  inputRef: RefObject<HTMLInputElement | null>;
  onFile(file: File): void;
  onCleared(): void;
}) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        ref={props.inputRef}
        type="file"
        accept=".json,application/json"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) props.onFile(file);
          else props.onCleared();
        }}
      />
    </div>
  );
}

/**
 * Empties the picker once its file is used or dropped, so picking the same
 * file again is noticed. After a cancel, `focus` puts the keyboard back on
 * the picker, where the teacher started.
 */
export function clearFilePicker(input: HTMLInputElement | null, focus = false): void {
  if (!input) return;
  input.value = '';
  if (focus) input.focus();
}
