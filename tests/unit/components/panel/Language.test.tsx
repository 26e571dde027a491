import { afterEach, describe, expect, it } from 'vitest';
import { openRepositories } from '../../../../utils/db/index';
import { en } from '../../../../utils/i18n/catalogs/en';
import { nb } from '../../../../utils/i18n/catalogs/nb';
import { sv } from '../../../../utils/i18n/catalogs/sv';
import type { Catalog } from '../../../../utils/i18n/index';
import {
  choose,
  click,
  composerPart,
  createFakePage,
  eventually,
  getButton,
  getByLabel,
  getChoice,
  mountPanel,
  previewText,
  textOf,
  type,
  uniqueDatabaseName,
  unmountAll,
} from '../fakes';

afterEach(unmountAll);

/** Texts of `catalog` that another language writes differently (and without slots). */
function ownTexts(catalog: Catalog, other: Catalog): string[] {
  return (Object.keys(catalog) as (keyof Catalog)[])
    .filter((key) => catalog[key] !== other[key] && !catalog[key].includes('{'))
    .map((key) => catalog[key]);
}

/**
 * Every piece of text the teacher sees or hears on its own: each text node,
 * and the labels, titles and placeholders of controls.
 */
function shownStrings(root: HTMLElement): string[] {
  const strings: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    strings.push(node.textContent ?? '');
  }
  for (const element of root.querySelectorAll('[aria-label], [title], [placeholder]')) {
    for (const name of ['aria-label', 'title', 'placeholder']) {
      strings.push(element.getAttribute(name) ?? '');
    }
  }
  return strings.map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => text !== '');
}

/** Whether `phrase` occurs in `text` as whole words (so "tom" is not found in "automatic"). */
function containsPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text);
}

const hostLabels = (catalog: Catalog) => ({
  hostRegion: catalog.extName,
  hostResize: catalog.hostResize,
  hostExpand: catalog.hostExpand,
  hostFrameTitle: catalog.hostFrameTitle,
  hostCovered: catalog.hostCovered,
});

describe('interface language', () => {
  it('follows the browser language when the teacher chose none', async () => {
    const { root } = await mountPanel({ browserLanguages: ['sv-SE', 'en-US'] });
    expect(textOf(root)).toContain(sv.composerHeading);
    expect(textOf(root)).toContain(sv.passageHeading);
    expect(textOf(root)).not.toContain(en.composerHeading);
    expect(getButton(root, sv.composerSave)).toBeDefined();
    expect(composerPart(root, 'feedForward', sv).level?.value).toBe('task');
    expect(getButton(root, sv.tabBank).getAttribute('role')).toBe('tab');
    expect(getByLabel<HTMLSelectElement>(root, sv.languageLabel).value).toBe('auto');
    // Set by an effect after the render, so it may come a moment later.
    await eventually(() => expect(document.documentElement.lang).toBe('sv'));
  });

  it('switches every text at once when the teacher picks another language', async () => {
    const { root } = await mountPanel({ browserLanguages: ['sv-SE'] });
    await eventually(() => expect(textOf(root)).toContain(sv.storageHeading));
    // The check below finds Swedish texts where they are shown.
    expect(shownStrings(root).some((string) => containsPhrase(string, sv.composerHeading))).toBe(
      true,
    );

    await choose(getByLabel<HTMLSelectElement>(root, sv.languageLabel), 'en');

    await eventually(() => expect(textOf(root)).toContain(en.composerHeading));
    const text = textOf(root);
    for (const expected of [
      en.tabFeedback,
      en.tabBank,
      en.contextHeading,
      en.passageHeading,
      en.passageNone,
      en.questionFeedUp,
      en.questionFeedUpHint,
      en.questionFeedBack,
      en.questionFeedForward,
      en.composerLevelLabel,
      en.composerPraiseHeading,
      en.composerSave,
      en.pickerSearch,
      en.previewHeading,
      en.previewParagraphs,
      en.listEmpty,
      en.storageHeading,
      en.languageLabel,
      en.templateLanguage,
    ]) {
      expect(text).toContain(expected);
    }
    const shown = shownStrings(root);
    for (const swedish of ownTexts(sv, en)) {
      expect(shown.filter((string) => containsPhrase(string, swedish))).toEqual([]);
    }
    expect(getByLabel<HTMLSelectElement>(root, en.languageLabel).value).toBe('en');
    // Set by an effect after the render, so it may come a moment later.
    await eventually(() => expect(document.documentElement.lang).toBe('en'));
    await eventually(() => expect(document.title).toBe(en.hostFrameTitle));
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

describe('template language', () => {
  it('follows the interface language until the teacher chooses another one, and is remembered', async () => {
    const name = uniqueDatabaseName();
    const { root, repos } = await mountPanel({ name, browserLanguages: ['sv-SE'] });
    const select = getByLabel<HTMLSelectElement>(root, sv.templateLanguage);
    expect(select.value).toBe('auto');
    expect([...select.options].map((option) => option.textContent)).toEqual([
      sv.templateLanguageAuto,
      sv.languageSv,
      sv.languageNb,
      sv.languageEn,
    ]);
    await click(getChoice(root, sv.previewLabelled));
    await type(composerPart(root, 'feedForward', sv).text, 'Lägg till en källa.');
    // Labels in the preview are in the template language: Swedish, like the interface.
    await eventually(() =>
      expect(previewText(root)).toBe(`${sv.previewLabelFeedForward}: Lägg till en källa.`),
    );

    await choose(select, 'en');
    await eventually(async () => expect(await repos.settings.get('templateLocale')).toBe('en'));
    await eventually(() =>
      expect(previewText(root)).toBe(`${en.previewLabelFeedForward}: Lägg till en källa.`),
    );
    // The interface stays Swedish.
    expect(textOf(root)).toContain(sv.composerHeading);
    expect(root.querySelector('[data-testid="preview-text"]')?.getAttribute('lang')).toBe('en');
    await unmountAll();

    const second = await mountPanel({ repos: openRepositories(name), browserLanguages: ['sv-SE'] });
    await eventually(() =>
      expect(getByLabel<HTMLSelectElement>(second.root, sv.templateLanguage).value).toBe('en'),
    );
    expect(second.root.querySelector('[data-testid="preview-text"]')?.getAttribute('lang')).toBe(
      'en',
    );
  });
});

describe('the language last chosen, before the database answers', () => {
  it('draws the panel at once in that language, and follows the database once it has read it', async () => {
    localStorage.setItem('feedforward.locale', 'sv');
    const repos = openRepositories(uniqueDatabaseName());
    let answer: (value: 'nb') => void = () => {};
    const slowLocale = new Promise<'nb'>((resolve) => {
      answer = resolve;
    });
    const settings = {
      ...repos.settings,
      get: ((key: string) =>
        key === 'locale'
          ? slowLocale
          : repos.settings.get(key as 'panelWidth')) as typeof repos.settings.get,
    };
    const { root } = await mountPanel({ repos: { ...repos, settings } });
    expect(textOf(root)).toContain(sv.composerSave);

    answer('nb');
    await eventually(() => expect(textOf(root)).toContain(nb.composerSave));
    expect(localStorage.getItem('feedforward.locale')).toBe('nb');
  });
});
