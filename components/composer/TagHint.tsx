import type { WorkLevel } from '../../utils/feedback/composer';
import { LEVEL_LABELS, QUESTION_LABELS } from '../../utils/feedback/labels';
import type { TagSuggestion } from '../../utils/feedback/suggest';
import { useI18n } from '../../utils/i18n/context';
import type { FeedbackQuestion } from '../../utils/model/feedback';

/**
 * What typed text reads like, when it differs from where it was written:
 * another feedback question (offer to move it there) or another level
 * (offer to use it, unless the teacher chose the level). Only a suggestion.
 */
export function TagHint(props: {
  question: FeedbackQuestion;
  level: WorkLevel;
  levelChosenByTeacher: boolean;
  suggestion: TagSuggestion | null;
  onMove(question: FeedbackQuestion): void;
  onUseLevel(level: WorkLevel): void;
}) {
  const { t } = useI18n();
  const { suggestion } = props;
  if (!suggestion) return null;
  const otherQuestion = suggestion.question !== props.question ? suggestion.question : null;
  const otherLevel =
    !props.levelChosenByTeacher && suggestion.level && suggestion.level !== props.level
      ? suggestion.level
      : null;
  if (!otherQuestion && !otherLevel) return null;
  return (
    <p class="tag-hint hint" role="status">
      {otherQuestion && (
        <>
          {t('composerReadsLike', { name: t(QUESTION_LABELS[otherQuestion]) })}{' '}
          <button type="button" class="link" onClick={() => props.onMove(otherQuestion)}>
            {t('composerMoveTo', { part: t(QUESTION_LABELS[otherQuestion]) })}
          </button>{' '}
        </>
      )}
      {otherLevel && (
        <>
          {t('composerReadsLike', { name: t(LEVEL_LABELS[otherLevel]) })}{' '}
          <button type="button" class="link" onClick={() => props.onUseLevel(otherLevel)}>
            {t('composerUseLevel')}
          </button>
        </>
      )}
    </p>
  );
}
