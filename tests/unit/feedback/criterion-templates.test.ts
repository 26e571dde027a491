import { describe, expect, it } from 'vitest';
import { fillKnownPlaceholders } from '../../../utils/feedback/placeholders';
import { PLACEHOLDER_NAMES } from '../../../utils/feedback/placeholders-names';
import { BUILT_IN_TEMPLATES } from '../../../utils/feedback/templates/index';
import type { TemplateLang } from '../../../utils/model/templates';

/** A criterion in each of the three shapes teachers write them in, per language. */
const SHAPES: Record<TemplateLang, Record<'sentence' | 'fragment' | 'iCan', string>> = {
  sv: {
    sentence: 'Texten förklarar minst tre ord.',
    fragment: 'tydlig struktur',
    iCan: 'Jag kan förklara orsaker och följder i min text.',
  },
  nb: {
    sentence: 'Teksten forklarer minst tre ord.',
    fragment: 'tydelig struktur',
    iCan: 'Jeg kan forklare årsaker og følger i min tekst.',
  },
  en: {
    sentence: 'The text explains at least three words.',
    fragment: 'clear structure',
    iCan: 'I can explain causes and effects in my text.',
  },
};

/** "you can I can" and its Swedish and Norwegian forms, with or without a quote between. */
const DOUBLED_CAN = /\b(you can|du kan)\W+(I|jag|jeg) kan\b|\byou can\W+I can\b/iu;

/**
 * A lower-case word followed (across spaces and quotes) by a capital: a
 * capital in the middle of a sentence. The English "I" is always capital.
 */
const MID_SENTENCE_CAPITAL = /\p{Ll}[\s“”«»"]+(?!I\b)\p{Lu}/u;

/** First-person words a learner-voice criterion brings with it. */
const FIRST_PERSON = /\b(I can|my|jag kan|min|jeg kan)\b/iu;

/** The text with every quotation (“…”, ”…”, «…») taken out. */
function outsideQuotes(text: string): string {
  return text.replace(/“[^”]*”|”[^”]*”|«[^»]*»/gu, '');
}

const LANGS: TemplateLang[] = ['sv', 'nb', 'en'];

describe.each(LANGS)('built-in %s templates that use the criterion', (lang) => {
  const name = `{${PLACEHOLDER_NAMES[lang].criterion}}`;
  const templates = BUILT_IN_TEMPLATES.filter((t) => t.lang === lang && t.text.includes(name));

  it('are there to check', () => {
    expect(templates.length).toBeGreaterThanOrEqual(15);
  });

  describe.each(Object.entries(SHAPES[lang]))('filled with a %s criterion', (_shape, criterion) => {
    const filled = templates.map((t) => ({
      id: t.id,
      text: fillKnownPlaceholders(t.text, lang, { criterion, student: 'Alex' }),
    }));

    it('never have a doubled full stop', () => {
      const bad = filled.filter((f) => /\.\s*\.|[?!]\s*\./u.test(f.text));
      expect(bad).toEqual([]);
    });

    it('have no capital letter from the criterion in the middle of a sentence', () => {
      const bad = filled.filter((f) => MID_SENTENCE_CAPITAL.test(f.text));
      expect(bad).toEqual([]);
    });

    it('never say "you can I can" (or "du kan jag/jeg kan")', () => {
      const bad = filled.filter((f) => DOUBLED_CAN.test(f.text));
      expect(bad).toEqual([]);
    });

    it('keep the learner’s "I can" and "my text" inside quotes, not in the teacher’s own words', () => {
      const bad = filled.filter((f) => FIRST_PERSON.test(outsideQuotes(f.text)));
      expect(bad).toEqual([]);
    });

    it('contain the criterion itself, without its closing full stop', () => {
      const core = criterion.replace(/\.$/u, '').slice(1);
      for (const f of filled) expect(f.text, f.id).toContain(core);
    });
  });
});
