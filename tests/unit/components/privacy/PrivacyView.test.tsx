import { afterEach, describe, expect, it } from 'vitest';
import { PrivacyRoot } from '../../../../components/privacy/PrivacyRoot';
import privacyText from '../../../../utils/i18n/catalogs/features/privacy.json';
import { CATALOGS, LOCALES } from '../../../../utils/i18n/index';
import { createFakeReminders, createFakeStorage } from '../fakes';
import { eventually, freshRepositories, mount, normalise, textOf, unmountAll } from '../render';

afterEach(unmountAll);

/** Renders the page and waits until it speaks `title`'s language (it may first draw in the last language used). */
async function renderPrivacy(
  title: string,
  options: { setting?: 'sv' | 'nb' | 'en'; browser?: string[] } = {},
) {
  const { repos } = freshRepositories();
  if (options.setting) await repos.settings.set('locale', options.setting);
  const root = await mount(
    <PrivacyRoot
      repos={repos}
      storage={createFakeStorage()}
      reminders={createFakeReminders()}
      browserLanguages={options.browser ?? ['en-GB']}
    />,
  );
  await eventually(() => expect(root.querySelector('h1')?.textContent).toBe(title));
  return root;
}

describe('the privacy page', () => {
  it.each(LOCALES)(
    'shows every part of its text in %s, in the order of the store listing',
    async (locale) => {
      const root = await renderPrivacy(CATALOGS[locale].privacyTitle, { setting: locale });
      const shown = normalise(textOf(root));
      const messages = Object.values(privacyText.page[locale]);
      let from = 0;
      for (const message of messages) {
        const at = shown.indexOf(normalise(message), from);
        expect(at, message).toBeGreaterThanOrEqual(from);
        from = at + normalise(message).length;
      }
      // No slot left unfilled and no key name shown in place of text.
      expect(shown).not.toMatch(/\{\w+\}|privacy[A-Z]\w+/);
      expect(document.title).toBe(CATALOGS[locale].privacyTitle);
      expect(root.querySelector('.privacy')?.getAttribute('lang')).toBe(locale);
    },
  );

  it('follows the browser language when the teacher chose none, like the dashboard', async () => {
    // Each waits for its heading, and would time out in another language.
    await renderPrivacy('Personvern i Feedforward', { browser: ['nn-NO', 'en'] });
    await renderPrivacy('Integritet i Feedforward', { browser: ['sv-SE'] });
  });

  it('prefers the language the teacher chose over the browser', async () => {
    const root = await renderPrivacy('Integritet i Feedforward', {
      setting: 'sv',
      browser: ['en-GB'],
    });
    expect(root.querySelector('h2')?.textContent).toBe('Vad som sparas');
  });

  it('links to the dashboard places that back up, share and delete', async () => {
    const root = await renderPrivacy('Privacy in Feedforward');
    const links = [...root.querySelectorAll('a')].map((link) => [
      normalise(link.textContent),
      link.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Open the comment bank (template files)', 'dashboard.html#bank'],
      ['Open Visits (hand-over files)', 'dashboard.html#visits'],
      ['Open Backup', 'dashboard.html#backup'],
      ['Open Storage (delete a student, a colleague or everything)', 'dashboard.html#storage'],
    ]);
  });

  it('has the same parts in every language (nothing missing in one)', () => {
    const keys = Object.keys(privacyText.page.en);
    expect(Object.keys(privacyText.page.sv)).toEqual(keys);
    expect(Object.keys(privacyText.page.nb)).toEqual(keys);
    for (const locale of LOCALES) {
      for (const key of keys)
        expect(privacyText.page[locale][key as keyof typeof privacyText.page.en].trim()).not.toBe(
          '',
        );
    }
  });
});
