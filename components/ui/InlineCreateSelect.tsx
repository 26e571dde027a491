import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../utils/i18n/context';

/** The value of the select's "New…" choice; never an id of a stored record. */
const CREATE = '\u0000create';

/**
 * A select of existing records whose last choice, "New…", opens a name field
 * in place: choose it, type, press Enter — the new record is created and
 * chosen without leaving the panel. The typed name stays if creating fails.
 */
export function InlineCreateSelect(props: {
  label: string;
  newLabel: string;
  nameLabel: string;
  value: string | undefined;
  options: { id: string; label: string }[];
  onChoose(id: string | null): void;
  onCreate(name: string): Promise<void>;
}) {
  const { t } = useI18n();
  const id = useId();
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);

  useLayoutEffect(() => {
    if (creating) nameInput.current?.focus();
  }, [creating]);

  const create = async () => {
    if (name.trim() === '') return;
    try {
      await props.onCreate(name.trim());
      setCreating(false);
      setName('');
      setError(null);
    } catch (failure) {
      setError(t('contextSaveFailed', { reason: String(failure) }));
    }
  };

  return (
    <div class="field inline-create">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        value={creating ? CREATE : (props.value ?? '')}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (value === CREATE) setCreating(true);
          else {
            setCreating(false);
            props.onChoose(value === '' ? null : value);
          }
        }}
      >
        <option value="">{t('contextNotChosen')}</option>
        {props.options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
        <option value={CREATE}>{props.newLabel}</option>
      </select>
      {creating && (
        <form
          class="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void create();
          }}
        >
          <label class="visually-hidden" for={`${id}-name`}>
            {props.nameLabel}
          </label>
          <input
            id={`${id}-name`}
            type="text"
            value={name}
            placeholder={props.nameLabel}
            ref={nameInput}
            onInput={(event) => setName(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setCreating(false);
            }}
          />
          <button type="submit">{t('actionAdd')}</button>
          <button type="button" onClick={() => setCreating(false)}>
            {t('actionCancel')}
          </button>
        </form>
      )}
      {error && (
        <p class="warning" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
