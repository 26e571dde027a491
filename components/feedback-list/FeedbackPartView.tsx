import { LEVEL_LABELS, QUESTION_LABELS } from '../../utils/feedback/labels';
import { useI18n } from '../../utils/i18n/context';
import type { FeedbackPart } from '../../utils/model/records';

/**
 * One part of a saved item: its question and level named in words (the
 * level's colour only repeats them) and its text, as text. Shared by the
 * panel's list and the dashboard's student view so a part reads the same
 * everywhere; `criterion` is the linked success criterion's wording, where
 * the caller knows it.
 */
export function FeedbackPartView(props: { part: FeedbackPart; criterion?: string }) {
  const { t } = useI18n();
  const { part } = props;
  return (
    <div class={`part level-${part.level}`}>
      <p class="tags">
        <span class="tag question">{t(QUESTION_LABELS[part.question])}</span>
        <span class="tag level">{t(LEVEL_LABELS[part.level])}</span>
        {props.criterion !== undefined && (
          <span class="tag criterion">
            {t('studentItemCriterion', { criterion: props.criterion })}
          </span>
        )}
      </p>
      <p class="part-text" data-testid="feedback-text">
        {part.text}
      </p>
    </div>
  );
}
