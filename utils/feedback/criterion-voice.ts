import type { TemplateLang } from '../model/templates';

/**
 * Success criteria are often written in the learner's voice ("Jag kan
 * förklara orsaker och följder.", "I can explain…", "Jeg kan forklare…").
 * When a template already says "du kan" / "you can" right before the
 * criterion, that voice has to be turned round so the sentence reads
 * "…visa att du kan förklara orsaker och följder" and not "…du kan jag kan…".
 */

/** "I can" at the start of a criterion, per language (with the space after it). */
const I_CAN: Record<TemplateLang, RegExp> = {
  en: /^I\s+can\s+/i,
  sv: /^jag\s+kan\s+/i,
  nb: /^jeg\s+kan\s+/i,
};

/** Words in a template that a criterion's verb can follow: "you can" / "du kan". */
const YOU_CAN_BEFORE: Record<TemplateLang, RegExp> = {
  en: /(?:^|[^\p{L}])you\s+can$/iu,
  sv: /(?:^|[^\p{L}])du\s+kan$/iu,
  nb: /(?:^|[^\p{L}])du\s+kan$/iu,
};

/** First-person words and their second-person forms, lower case. */
const SECOND_PERSON: Record<TemplateLang, Record<string, string>> = {
  en: { i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself' },
  sv: { jag: 'du', mig: 'dig', min: 'din', mitt: 'ditt', mina: 'dina' },
  nb: { jeg: 'du', meg: 'deg', min: 'din', mitt: 'ditt', mine: 'dine', mi: 'di' },
};

/** English contractions of "I", turned round before single words are. */
const EN_CONTRACTIONS: [RegExp, string][] = [
  [/\bI'm\b/g, "you're"],
  [/\bI've\b/g, "you've"],
  [/\bI'll\b/g, "you'll"],
  [/\bI'd\b/g, "you'd"],
];

/** Whether the criterion is written as an "I can …" statement in `lang`. */
export function isICanStatement(value: string, lang: TemplateLang): boolean {
  return I_CAN[lang].test(value.trim());
}

/**
 * Whether the template text just before a placeholder ends in "you can" /
 * "du kan", so the criterion has to continue that phrase with a verb.
 */
export function endsWithYouCan(before: string, lang: TemplateLang): boolean {
  return YOU_CAN_BEFORE[lang].test(before.trimEnd());
}

/**
 * Turns the learner's first-person words into the second person ("min text"
 * → "din text", "my notes" → "your notes"), keeping a capital letter where
 * there was one (except "I", which is only capital because it is "I").
 * "am" is only turned round when it follows "I".
 */
export function toSecondPerson(text: string, lang: TemplateLang): string {
  let out = text;
  if (lang === 'en') {
    for (const [pattern, replacement] of EN_CONTRACTIONS) out = out.replace(pattern, replacement);
    out = out.replace(/\bI am\b/g, 'you are');
  }
  const words = SECOND_PERSON[lang];
  return out.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    const swapped = words[lower];
    if (swapped === undefined) return word;
    const capital = word !== 'I' && word[0] !== lower[0];
    return capital ? swapped[0]?.toUpperCase() + swapped.slice(1) : swapped;
  });
}

/**
 * The criterion as it continues a template's "you can" / "du kan": without
 * its own "I can" and in the second person. A criterion that is not an "I
 * can" statement is returned unchanged (templates that must take any
 * criterion quote it instead of writing "du kan" before it).
 */
export function continueYouCan(value: string, lang: TemplateLang): string {
  const trimmed = value.trim();
  const match = I_CAN[lang].exec(trimmed);
  if (!match) return trimmed;
  return toSecondPerson(trimmed.slice(match[0].length), lang);
}
