import { describe, expect, it } from 'vitest';
import { findPlaceholders } from '../../../utils/feedback/placeholders';
import { PLACEHOLDER_NAMES } from '../../../utils/feedback/placeholders-names';
import { BUILT_IN_TEMPLATES } from '../../../utils/feedback/templates/index';
import { FEEDBACK_LEVELS, FEEDBACK_QUESTIONS } from '../../../utils/model/feedback';

/** Cells that stay empty or small on purpose (see README, "Comment bank"). */
const DELIBERATELY_SMALL: Record<string, number> = { 'feedUp/self': 0, 'feedForward/self': 2 };

/** Words the golden rules call sweeping, and teacher-centred phrasing, per language. */
const BANNED: Record<string, RegExp> = {
  en: /\b(always|never|everything|completely|perfect\w*)\b|\bI would\b|\bif I were you\b/i,
  sv: /\b(alltid|aldrig|helt|perfekt\w*|fullständigt)\b|\bjag skulle\b|\bom jag var du\b/i,
  nb: /\b(alltid|aldri|helt|perfekt\w*|fullstendig\w*)\b|\bjeg ville\b|\bhvis jeg var deg\b/i,
};

describe.each(['sv', 'nb', 'en'] as const)('the built-in %s templates', (lang) => {
  const templates = BUILT_IN_TEMPLATES.filter((template) => template.lang === lang);

  it('number at least 100', () => {
    expect(templates.length).toBeGreaterThanOrEqual(100);
  });

  it('cover every question × level cell, except the ones kept small on purpose', () => {
    for (const question of FEEDBACK_QUESTIONS) {
      for (const level of FEEDBACK_LEVELS) {
        const count = templates.filter((t) => t.question === question && t.level === level).length;
        const small = DELIBERATELY_SMALL[`${question}/${level}`];
        if (small === undefined) expect(count, `${question}/${level}`).toBeGreaterThanOrEqual(6);
        else expect(count, `${question}/${level}`).toBe(small);
      }
    }
  });

  it('have stable, well-formed, unique ids', () => {
    const ids = templates.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const template of templates) {
      expect(template.id).toMatch(
        new RegExp(`^${lang}-${template.question}-${template.level}-\\d{2}$`),
      );
    }
  });

  it('follow the golden rules they teach: no sweeping words, no “I would…”', () => {
    const offending = templates.filter((template) => BANNED[lang]?.test(template.text));
    expect(offending.map((template) => template.id)).toEqual([]);
  });

  it('are short sentences with at most two placeholders, many using the ones the composer fills', () => {
    const known = Object.values(PLACEHOLDER_NAMES[lang]);
    let usingKnown = 0;
    for (const template of templates) {
      const words = template.text.split(/\s+/).length;
      expect(words, template.id).toBeGreaterThanOrEqual(6);
      expect(words, template.id).toBeLessThanOrEqual(35);
      expect(template.text, template.id).toMatch(/[.?]$/);
      const placeholders = findPlaceholders(template.text);
      expect(placeholders.length, template.id).toBeLessThanOrEqual(2);
      if (placeholders.some((p) => known.includes(p.name))) usingKnown += 1;
      expect(template.tags.length, template.id).toBeGreaterThanOrEqual(1);
    }
    expect(usingKnown).toBeGreaterThanOrEqual(30);
  });
});
