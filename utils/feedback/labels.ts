import type { MessageKey } from '../i18n/index';
import type { FeedbackLevel, FeedbackQuestion } from '../model/feedback';

/** The interface name of each feedback question. */
export const QUESTION_LABELS: Record<FeedbackQuestion, MessageKey> = {
  feedUp: 'questionFeedUp',
  feedBack: 'questionFeedBack',
  feedForward: 'questionFeedForward',
};

/** The one-line hint that says what each question asks. */
export const QUESTION_HINTS: Record<FeedbackQuestion, MessageKey> = {
  feedUp: 'questionFeedUpHint',
  feedBack: 'questionFeedBackHint',
  feedForward: 'questionFeedForwardHint',
};

/** The interface name of each feedback level. */
export const LEVEL_LABELS: Record<FeedbackLevel, MessageKey> = {
  task: 'levelTask',
  process: 'levelProcess',
  selfRegulation: 'levelSelfRegulation',
  self: 'levelSelf',
};
