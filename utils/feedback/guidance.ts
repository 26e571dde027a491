import type { MessageKey } from '../i18n/index';

/** The golden rules (and the one pitfall a rule reports) that findings and ticks belong to. */
export type GuidanceKey =
  | 'askPermission'
  | 'whenAndWhere'
  | 'rightFocus'
  | 'rightAmount'
  | 'positive'
  | 'learnerFocus'
  | 'afterFeedback'
  | 'pitfallNoSuggestion';

/** A judgment only the teacher can make, ticked on the checklist and stored with the item. */
export type ChecklistTick = 'askedPermission' | 'timing' | 'checkUnderstanding' | 'followReaction';

/** One row of the golden-rules checklist. */
export interface GuidanceRow {
  key: GuidanceKey;
  title: MessageKey;
  hint?: MessageKey;
  /** Ticks the teacher gives; rows without are checked automatically. */
  ticks: { key: ChecklistTick; label: MessageKey }[];
  /** The row that carries the follow-up date ("decide when to follow up"). */
  followUp?: boolean;
}

/**
 * The golden rules in the order of the source: the ones that need the
 * teacher's judgment as ticks, the ones the text shows as met or not met by
 * the automatic review, and the pitfall of giving no next step.
 */
export const GUIDANCE_ROWS: GuidanceRow[] = [
  {
    key: 'askPermission',
    title: 'goldenAskPermission',
    hint: 'goldenAskPermissionHint',
    ticks: [{ key: 'askedPermission', label: 'checklistAskedPermission' }],
  },
  {
    key: 'whenAndWhere',
    title: 'goldenWhenAndWhere',
    hint: 'goldenWhenAndWhereHint',
    ticks: [{ key: 'timing', label: 'checklistTiming' }],
  },
  { key: 'rightFocus', title: 'goldenRightFocus', hint: 'goldenRightFocusHint', ticks: [] },
  { key: 'rightAmount', title: 'goldenRightAmount', hint: 'goldenRightAmountHint', ticks: [] },
  { key: 'positive', title: 'goldenPositive', hint: 'goldenPositiveHint', ticks: [] },
  { key: 'learnerFocus', title: 'goldenLearnerFocus', hint: 'goldenLearnerFocusHint', ticks: [] },
  // Shown as what is met (a next step), not as the pitfall's name.
  { key: 'pitfallNoSuggestion', title: 'checklistNextStep', ticks: [] },
  {
    key: 'afterFeedback',
    title: 'goldenAfterFeedback',
    hint: 'goldenAfterFeedbackHint',
    ticks: [
      { key: 'checkUnderstanding', label: 'checklistCheckUnderstanding' },
      { key: 'followReaction', label: 'checklistFollowReaction' },
    ],
    followUp: true,
  },
];

/** The title of the golden rule a finding links to. */
export function guidanceTitle(key: GuidanceKey): MessageKey {
  return GUIDANCE_ROWS.find((row) => row.key === key)?.title ?? 'checklistHeading';
}

/** The common pitfalls, in our words, for the guidance view. */
export const PITFALLS: MessageKey[] = [
  'pitfallLearnerFirst',
  'pitfallDominating',
  'pitfallForgetPositive',
  'pitfallTooMuch',
  'pitfallNoCheck',
  'pitfallNoNextStep',
];

/** The staircase's default step names; a teacher may rename each. */
export const STAIRCASE_DEFAULTS: MessageKey[] = [
  'staircaseStep1',
  'staircaseStep2',
  'staircaseStep3',
  'staircaseStep4',
  'staircaseStep5',
];
