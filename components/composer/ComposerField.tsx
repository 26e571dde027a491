import type { ComponentChildren, Ref } from 'preact';
import { useId, useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';
import { PlaceholderTextarea, type TextMark } from './PlaceholderTextarea';

/**
 * One field of the composer — the answer to one feedback question, or the
 * praise kept apart — with its heading, one-line hint, extra controls (level,
 * criterion) and a "save as template" action for what was written.
 */
export function ComposerField(props: {
  heading: string;
  hint: string;
  text: string;
  class: string;
  textareaRef: Ref<HTMLTextAreaElement>;
  /** Passages the review is about, underlined in the field. */
  marks?: readonly TextMark[];
  onText(text: string): void;
  onFocus(): void;
  onSaveAsTemplate(): Promise<void>;
  children?: ComponentChildren;
}) {
  const { t } = useI18n();
  const id = useId();
  const [status, setStatus] = useState<string | null>(null);

  return (
    <fieldset class={`composer-field ${props.class}`}>
      <legend>{props.heading}</legend>
      <p id={`${id}-hint`} class="hint">
        {props.hint}
      </p>
      {props.children}
      <label class="visually-hidden" for={`${id}-text`}>
        {props.heading}
      </label>
      <PlaceholderTextarea
        id={`${id}-text`}
        value={props.text}
        describedBy={`${id}-hint`}
        textareaRef={props.textareaRef}
        marks={props.marks}
        onInput={(text) => {
          setStatus(null);
          props.onText(text);
        }}
        onFocus={props.onFocus}
      />
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
