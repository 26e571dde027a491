import { useId } from 'preact/hooks';
import {
  composeFeedbackText,
  type PreviewFormat,
  unfilledPlaceholders,
} from '../../utils/feedback/preview';
import { useI18n } from '../../utils/i18n/context';
import type { FeedbackPart } from '../../utils/model/records';
import type { TemplateLang } from '../../utils/model/templates';

/**
 * The composed item exactly as it will go into the student's document, in
 * the feedback's language, laid out as paragraphs or labelled lines; blanks
 * still to fill are named so nothing half-finished reaches the student.
 * Folded to its title until the teacher wants to look.
 */
export function FeedbackPreview(props: {
  parts: Omit<FeedbackPart, 'id'>[];
  lang: TemplateLang;
  format: PreviewFormat;
  onFormat(format: PreviewFormat): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const text = composeFeedbackText(props.parts, { format: props.format, lang: props.lang });
  const unfilled = unfilledPlaceholders(text);
  const formats: { value: PreviewFormat; label: string }[] = [
    { value: 'paragraphs', label: t('previewParagraphs') },
    { value: 'labelled', label: t('previewLabelled') },
  ];

  return (
    <>
      <details class="preview">
        <summary>{t('previewHeading')}</summary>
        <fieldset class="format-choice">
          <legend>{t('previewFormat')}</legend>
          {formats.map((format) => (
            <label key={format.value}>
              <input
                type="radio"
                name={`${id}-format`}
                value={format.value}
                checked={props.format === format.value}
                onChange={() => props.onFormat(format.value)}
              />
              {format.label}
            </label>
          ))}
        </fieldset>
        <div class="preview-text" data-testid="preview-text" lang={props.lang}>
          {text === '' ? <span class="hint">{t('previewEmpty')}</span> : text}
        </div>
      </details>
      {unfilled.length > 0 && (
        <p class="warning" role="status">
          {t('previewUnfilled', { names: unfilled.map((name) => `{${name}}`).join(', ') })}
        </p>
      )}
    </>
  );
}
