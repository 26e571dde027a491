import { afterEach, describe, expect, it } from 'vitest';
import { openRepositories } from '../../../utils/db/index';
import { en } from '../../../utils/i18n/catalogs/en';
import { nb } from '../../../utils/i18n/catalogs/nb';
import { sv } from '../../../utils/i18n/catalogs/sv';
import type { Catalog } from '../../../utils/i18n/index';
import {
  choose,
  createFakePage,
  eventually,
  getButton,
  getByLabel,
  mountPanel,
  textOf,
  uniqueDatabaseName,
  unmountAll,
} from './fakes';

afterEach(unmountAll);

/** Texts of `catalog` that another language writes differently (and without slots). */
function ownTexts(catalog: Catalog, other: Catalog): string[] {
  return (Object.keys(catalog) as (keyof Catalog)[])
    .filter((key) => catalog[key] !== other[key] && !catalog[key].includes('{'))
    .map((key) => catalog[key]);
}

const hostLabels = (catalog: Catalog) => ({
  hostResize: catalog.hostResize,
  hostExpand: catalog.hostExpand,
  hostFrameTitle: catalog.hostFrameTitle,
});

describe('interface language', () => {
  it('follows the browser language when the teacher chose none', async () => {
    const { root } = await mountPanel({ browserLanguages: ['sv-SE', 'en-US'] });
    expect(textOf(root)).toContain(sv.composerHeading);
    expect(textOf(root)).toContain(sv.passageHeading);
    expect(textOf(root)).not.toContain(en.composerHeading);
    expect(getButton(root, sv.composerSave)).toBeDefined();
    expect(getByLabel<HTMLSelectElement>(root, sv.languageLabel).value).toBe('auto');
    expect(document.documentElement.lang).toBe('sv');
  });

  it('switches every text at once when the teacher picks another language', async () => {
    const { root } = await mountPanel({ browserLanguages: ['sv-SE'] });
    await eventually(() => expect(textOf(root)).toContain(sv.storageHeading));

    await choose(getByLabel<HTMLSelectElement>(root, sv.languageLabel), 'en');

    await eventually(() => expect(textOf(root)).toContain(en.composerHeading));
    const text = textOf(root);
    for (const expected of [
      en.passageHeading,
      en.passageNone,
      en.composerTextLabel,
      en.composerQuestionLabel,
      en.composerLevelLabel,
      en.composerSave,
      en.listEmpty,
      en.storageHeading,
      en.languageLabel,
    ]) {
      expect(text).toContain(expected);
    }
    for (const swedish of ownTexts(sv, en)) expect(text).not.toContain(swedish);
    expect(getByLabel<HTMLSelectElement>(root, en.languageLabel).value).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe(en.hostFrameTitle);
  });

  it('remembers the chosen language for the next panel on the same database', async () => {
    const name = uniqueDatabaseName();
    const first = await mountPanel({ name, browserLanguages: ['sv-SE'] });
    await choose(getByLabel<HTMLSelectElement>(first.root, sv.languageLabel), 'nb');
    await eventually(() => expect(textOf(first.root)).toContain(nb.composerHeading));
    await eventually(async () => expect(await first.repos.settings.get('locale')).toBe('nb'));
    await unmountAll();

    const second = await mountPanel({
      repos: openRepositories(name),
      page: createFakePage(),
      browserLanguages: ['sv-SE'],
    });
    await eventually(() => expect(textOf(second.root)).toContain(nb.composerHeading));
    expect(textOf(second.root)).not.toContain(sv.composerHeading);
    expect(getByLabel<HTMLSelectElement>(second.root, nb.languageLabel).value).toBe('nb');
  });

  it('goes back to the browser language when "browser language" is chosen', async () => {
    const { root } = await mountPanel({ browserLanguages: ['nb-NO'] });
    await choose(getByLabel<HTMLSelectElement>(root, nb.languageLabel), 'en');
    await eventually(() => expect(textOf(root)).toContain(en.composerHeading));
    await choose(getByLabel<HTMLSelectElement>(root, en.languageLabel), 'auto');
    await eventually(() => expect(textOf(root)).toContain(nb.composerHeading));
  });

  it('gives the host its labels in the chosen language', async () => {
    const { root, page } = await mountPanel({ browserLanguages: ['sv-SE'] });
    await eventually(() => expect(page.requestsOf('host/localize')).toEqual([hostLabels(sv)]));

    await choose(getByLabel<HTMLSelectElement>(root, sv.languageLabel), 'en');

    await eventually(() => expect(page.requestsOf('host/localize').at(-1)).toEqual(hostLabels(en)));
  });
});
