import type { ComponentChildren, Ref, TargetedKeyboardEvent } from 'preact';

/** What a search box needs when it drives a result list from the keyboard. */
export interface ComboboxWiring {
  /** Id of the list the arrow keys move through. */
  controls: string;
  /** Id of the option currently chosen, if any. */
  activeDescendant?: string;
  /** Id of the hint that explains the keys. */
  describedBy: string;
  /** Whether the list is shown; a list that is always shown leaves it out. */
  expanded?: boolean;
  onKeyDown(event: TargetedKeyboardEvent<HTMLInputElement>): void;
}

/**
 * The labelled search box the bank shows in the composer and in its own
 * tab, so both look and announce the same; the composer's copy is also a
 * combobox over its results.
 */
export function SearchField(props: {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  inputRef?: Ref<HTMLInputElement>;
  combobox?: ComboboxWiring;
  /** Shown under the box (e.g. the keyboard hint the box is described by). */
  children?: ComponentChildren;
}) {
  const combobox = props.combobox;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the combobox attributes are set only together with role="combobox". */}
      <input
        id={props.id}
        ref={props.inputRef}
        type="text"
        role={combobox ? 'combobox' : undefined}
        aria-expanded={combobox ? (combobox.expanded ?? true) : undefined}
        aria-controls={combobox?.controls}
        aria-autocomplete={combobox ? 'list' : undefined}
        aria-activedescendant={combobox?.activeDescendant}
        aria-describedby={combobox?.describedBy}
        autocomplete="off"
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        onKeyDown={combobox?.onKeyDown}
      />
      {props.children}
    </div>
  );
}
