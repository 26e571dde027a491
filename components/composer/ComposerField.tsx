import type { ComponentChildren, Ref } from 'preact';
import { useId, useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import { useStartupMark } from '../../utils/panel/hooks/use-startup-mark';
import { PlaceholderTextarea, type TextMark } from './PlaceholderTextarea';

/**
 * One field of the composer — the answer to one feedback question, or the
 * praise kept apart — kept to a few lines so the whole item fits one screen:
 * a title row with its controls (level chips) and the bank's button, the
 * hint as the empty field's placeholder (and its description for screen
 * readers), further controls, the bank's list when it is open here, and a
 * "save as template" action for what was written.
 */
export function ComposerField(props: {
  heading: string;
  hint: string;
  text: string;
  class: string;
  textareaRef: Ref<HTMLTextAreaElement>;
  /** Passages the review is about, underlined in the field. */
  marks?: readonly TextMark[];
  /** Controls on the title row (the level chips). */
  titleControls?: ComponentChildren;
  /** The comment bank's list, while it is open at this field. */
  bank?: ComponentChildren;
  onOpenBank(): void;
  onText(text: string): void;
  onFocus(): void;
  onSaveAsTemplate(): Promise<void>;
  /** Shown between the title row and the text (the linked criterion). */
  children?: ComponentChildren;
  /** Shown under the text (what the text reads like). */
  footer?: ComponentChildren;
}) {
  const { t } = useI18n();
  const id = useId();
  const [status, setStatus] = useState<string | null>(null);
  useStartupMark('composer-ready');

  return (
    <fieldset class={`composer-field ${props.class}`}>
      <legend class="visually-hidden">{props.heading}</legend>
      <div class="field-title-row">
        <span class="field-title" aria-hidden="true">
          {props.heading}
        </span>
        {props.titleControls}
      </div>
      <p id={`${id}-hint`} class="visually-hidden">
        {props.hint}
      </p>
      {props.children}
      <label class="visually-hidden" for={`${id}-text`}>
        {props.heading}
      </label>
      <PlaceholderTextarea
        id={`${id}-text`}
        value={props.text}
        placeholder={props.hint}
        describedBy={`${id}-hint`}
        textareaRef={props.textareaRef}
        marks={props.marks}
        onInput={(text) => {
          setStatus(null);
          props.onText(text);
        }}
        onFocus={props.onFocus}
      >
        <button
          type="button"
          class="bank-button"
          aria-label={t('bankOpen', { part: props.heading })}
          title={t('bankOpen', { part: props.heading })}
          aria-expanded={props.bank !== undefined}
          onClick={props.onOpenBank}
        >
          <span aria-hidden="true">☰</span>
        </button>
      </PlaceholderTextarea>
      {props.bank}
      {props.footer}
      {props.text.trim() !== '' && (
        <div class="field-actions">
          <button
            type="button"
            class="link"
            onClick={() =>
              props
                .onSaveAsTemplate()
                .then(() => setStatus(t('composerSavedAsTemplate')))
                .catch((error) => setStatus(t('contextSaveFailed', { reason: String(error) })))
            }
          >
            {t('composerSaveAsTemplate')}
          </button>
          <span role="status" class="hint">
            {status}
          </span>
        </div>
      )}
    </fieldset>
  );
}
