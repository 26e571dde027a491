import type { MessageKey } from '../i18n/index';
import type { FeedbackLevel, FeedbackQuestion } from '../model/feedback';
import type { OutcomeKind } from '../model/outcome';

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

/** The interface name of each outcome of a feed-forward. */
export const OUTCOME_LABELS: Record<OutcomeKind, MessageKey> = {
  actedOn: 'outcomeActedOn',
  partly: 'outcomePartly',
  notYet: 'outcomeNotYet',
};
