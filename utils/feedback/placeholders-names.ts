import type { TemplateLang } from '../model/templates';

/** The placeholders the product fills in by itself, by their meaning. */
export type KnownPlaceholder = 'criterion' | 'student' | 'strength' | 'nextStep';

/**
 * How each known placeholder is written inside `{…}` in each template
 * language, so Swedish and Norwegian templates read naturally and the
 * composer can still fill the criterion and the student's name itself.
 */
export const PLACEHOLDER_NAMES: Record<TemplateLang, Record<KnownPlaceholder, string>> = {
  en: { criterion: 'criterion', student: 'student', strength: 'strength', nextStep: 'next step' },
  sv: { criterion: 'kriterium', student: 'elev', strength: 'styrka', nextStep: 'nästa steg' },
  nb: { criterion: 'kriterium', student: 'elev', strength: 'styrke', nextStep: 'neste steg' },
};
