import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { LEVEL_LABELS, QUESTION_LABELS } from '../../utils/feedback/labels';
import { useI18n } from '../../utils/i18n/context';
import type { TemplateRecord } from '../../utils/model/records';

/**
 * One template of the bank with what the teacher can do to it: mark it a
 * favourite, hide or show it, edit it, and (only their own) delete it after
 * an inline "are you sure" step. Every action button is described by the
 * template's text, so "Edit" is never ambiguous to a screen reader.
 */
export function BankTemplateRow(props: {
  template: TemplateRecord;
  onFavourite(favourite: boolean): void;
  onHidden(hidden: boolean): void;
  onEdit(): void;
  onDelete(): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const { template } = props;
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (returnFocus.current) deleteRef.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  const textId = `${id}-text`;
  const cancelDelete = () => {
    returnFocus.current = true;
    setConfirming(false);
  };

  return (
    <li
      class={`feedback-item part level-${template.level}`}
      data-template-id={template.id}
      data-testid="bank-template"
    >
      <p id={textId} class="part-text template-text">
        {template.text}
      </p>
      <p class="template-meta">
        <span class="tag question">{t(QUESTION_LABELS[template.question])}</span>
        <span class="tag level">{t(LEVEL_LABELS[template.level])}</span>
        <span class="tag origin">{t(template.builtIn ? 'bankBuiltIn' : 'bankOwn')}</span>
        {template.favourite && <span class="tag favourite">★ {t('pickerFavourite')}</span>}
        <span class="tag uses">{t('pickerUsed', { count: template.useCount })}</span>
        {template.hidden && <span class="tag hidden-state">{t('bankHidden')}</span>}
      </p>
      {template.tags.length > 0 && (
        <ul class="tags template-tags">
          {template.tags.map((tag) => (
            <li key={tag} class="tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
      <div class="item-actions">
        <button
          type="button"
          class="icon"
          aria-label={t('pickerFavourite')}
          aria-pressed={template.favourite ? 'true' : 'false'}
          aria-describedby={textId}
          title={t(template.favourite ? 'bankUnfavourite' : 'bankFavourite')}
          onClick={() => props.onFavourite(!template.favourite)}
        >
          <span aria-hidden="true">{template.favourite ? '★' : '☆'}</span>
        </button>
        <button
          type="button"
          aria-describedby={textId}
          onClick={() => props.onHidden(!template.hidden)}
        >
          {t(template.hidden ? 'bankShow' : 'bankHide')}
        </button>
        <button type="button" data-action="edit" aria-describedby={textId} onClick={props.onEdit}>
          {t('actionEdit')}
        </button>
        {!template.builtIn && !confirming && (
          <button
            type="button"
            ref={deleteRef}
            aria-describedby={textId}
            onClick={() => setConfirming(true)}
          >
            {t('actionDelete')}
          </button>
        )}
      </div>
      {confirming && (
        <fieldset
          class="actions delete-confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              cancelDelete();
            }
          }}
        >
          <legend class="warning">{t('bankDeleteConfirm')}</legend>
          <button type="button" aria-describedby={textId} onClick={props.onDelete}>
            {t('actionDelete')}
          </button>
          <button type="button" ref={cancelRef} onClick={cancelDelete}>
            {t('actionCancel')}
          </button>
        </fieldset>
      )}
    </li>
  );
}
