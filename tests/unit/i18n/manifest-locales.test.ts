import { describe, expect, it } from 'vitest';
import { CATALOGS, LOCALES } from '../../../utils/i18n/index';
import { MANIFEST_MESSAGE_KEYS, manifestLocaleFiles } from '../../../utils/i18n/manifest-locales';

type MessagesJson = Record<string, { message: unknown }>;

const files = manifestLocaleFiles();

function messagesFor(locale: string): MessagesJson {
  const file = files.find(
    (candidate) => candidate.relativeDest === `_locales/${locale}/messages.json`,
  );
  if (!file) throw new Error(`no messages.json for ${locale}`);
  return JSON.parse(file.contents) as MessagesJson;
}

describe('the browser’s _locales files', () => {
  it('are written once for each interface language, and only those', () => {
    expect(files.map((file) => file.relativeDest).sort()).toEqual(
      LOCALES.map((locale) => `_locales/${locale}/messages.json`).sort(),
    );
  });

  it.each(LOCALES)('are valid JSON for %s', (locale) => {
    expect(() => messagesFor(locale)).not.toThrow();
  });

  it.each(LOCALES)(
    'carry every message the browser shows, as text from the %s catalog',
    (locale) => {
      const messages = messagesFor(locale);
      expect(Object.keys(messages).sort()).toEqual([...MANIFEST_MESSAGE_KEYS].sort());
      for (const key of MANIFEST_MESSAGE_KEYS) {
        expect(messages[key]?.message).toBe(CATALOGS[locale][key]);
        expect(typeof messages[key]?.message).toBe('string');
        expect(String(messages[key]?.message ?? '').trim()).not.toBe('');
      }
    },
  );

  it('use message names Chrome accepts', () => {
    for (const locale of LOCALES) {
      for (const name of Object.keys(messagesFor(locale))) {
        expect(name).toMatch(/^[A-Za-z0-9_@]+$/);
        expect(name.startsWith('@@')).toBe(false);
      }
    }
  });

  it('contain no $ signs, which Chrome would read as placeholders', () => {
    for (const locale of LOCALES) {
      for (const { message } of Object.values(messagesFor(locale))) {
        expect(message).not.toContain('$');
      }
    }
  });

  it.each(LOCALES)('keep the %s name and description within Chrome’s length limits', (locale) => {
    const messages = messagesFor(locale);
    expect(String(messages.extName?.message).length).toBeLessThanOrEqual(75);
    expect(String(messages.extDescription?.message).length).toBeLessThanOrEqual(132);
  });
});
