import { describe, expect, it } from 'vitest';
import { en } from '../../../utils/i18n/catalogs/en';
import { CATALOGS, LOCALES } from '../../../utils/i18n/index';

/** The `{name}` slots of a message, sorted, so two translations can be compared. */
function slotsOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

const englishKeys = Object.keys(en).sort();

describe.each(LOCALES)('the %s catalog', (locale) => {
  const catalog = CATALOGS[locale];

  it('has exactly the keys of the English catalog', () => {
    expect(Object.keys(catalog).sort()).toEqual(englishKeys);
  });

  it('has a non-empty text for every key', () => {
    const empty = englishKeys.filter((key) => {
      const text = (catalog as Record<string, unknown>)[key];
      return typeof text !== 'string' || text.trim() === '';
    });
    expect(empty).toEqual([]);
  });

  it('uses the same {slots} as English in every message', () => {
    const differing = englishKeys.filter((key) => {
      const text = (catalog as Record<string, string>)[key] ?? '';
      const english = (en as Record<string, string>)[key] ?? '';
      return slotsOf(text).join() !== slotsOf(english).join();
    });
    expect(differing).toEqual([]);
  });

  it('has no stray or unbalanced braces that would show up in the interface', () => {
    for (const text of Object.values(catalog)) {
      const withoutSlots = text.replace(/\{\w+\}/g, '');
      expect(withoutSlots).not.toMatch(/[{}]/);
    }
  });
});

describe('the translations', () => {
  it('are really translated: most Swedish and Norwegian texts differ from English', () => {
    for (const locale of ['sv', 'nb'] as const) {
      const same = englishKeys.filter(
        (key) =>
          (CATALOGS[locale] as Record<string, string>)[key] === (en as Record<string, string>)[key],
      );
      // Product and language names may stay the same; the interface text may not.
      expect(same.length).toBeLessThan(englishKeys.length / 5);
    }
  });
});
