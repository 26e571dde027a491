import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import privacyText from '../../../utils/i18n/catalogs/features/privacy.json';
import { CATALOGS, LOCALES } from '../../../utils/i18n/index';
import { manifestLocaleFiles } from '../../../utils/i18n/manifest-locales';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** A build's `_locales`, made as the build makes them, so no build is needed. */
function fakeBuild(): string {
  const build = mkdtempSync(join(tmpdir(), 'feedforward-build-'));
  for (const file of manifestLocaleFiles()) {
    const path = join(build, file.relativeDest);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, file.contents);
  }
  return build;
}

/** Runs `npm run store-listing`'s script as npm does and returns each language's text. */
function runScript(build: string): Record<string, string> {
  const out = mkdtempSync(join(tmpdir(), 'feedforward-listing-'));
  execFileSync(process.execPath, ['scripts/store-listing.mjs', '--build', build, '--out', out], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, readFileSync(join(out, `${locale}.txt`), 'utf8')]),
  );
}

describe('the store listing', () => {
  const listings = runScript(fakeBuild());

  it.each(LOCALES)(
    'in %s has the manifest name and description, and the privacy page word for word',
    (locale) => {
      const text = listings[locale] ?? '';
      expect(text).toContain(`\n${CATALOGS[locale].extName}\n`);
      expect(text).toContain(`\n${CATALOGS[locale].extDescription}\n`);
      for (const message of Object.values(privacyText.page[locale]))
        expect(text).toContain(message);
      // Where to read it in the extension, with the link's own label.
      expect(text).toContain(CATALOGS[locale].privacyLink);
      expect(text).not.toMatch(/\{\w+\}/);
    },
  );

  it('lists the permissions as bullets under their heading, in the page order', () => {
    const text = listings.en ?? '';
    const permissions = text.slice(text.indexOf('Permissions and why'));
    expect(permissions).toMatch(/^Permissions and why\n\n.+\n\n• Current tab \(activeTab\)/);
    expect(permissions.match(/^• /gm)).toHaveLength(6);
    expect(text.indexOf('What is stored')).toBeLessThan(text.indexOf('Permissions and why'));
  });

  it('keeps the short description within the store limit of 132 characters', () => {
    for (const locale of LOCALES)
      expect(CATALOGS[locale].extDescription.length).toBeLessThanOrEqual(132);
  });

  it('says what to do when there is no build', () => {
    const empty = mkdtempSync(join(tmpdir(), 'feedforward-none-'));
    expect(() => runScript(empty)).toThrow(/build the extension first/);
  });
});
