/**
 * The web store's listing texts, made from the words the extension already
 * ships: the name and short description from the built manifest's
 * `_locales` (themselves made from the catalogs), the privacy section from
 * the privacy page's own text (privacy.json), and only what the store alone
 * shows — the longer description and the labels — from
 * scripts/store-listing.json. Plain Node, so it runs after a build as is.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The interface languages, in the order the files are written. */
export const LISTING_LOCALES = ['sv', 'nb', 'en'];

/** The privacy page's text, as the page and the listing share it. */
export const PRIVACY_TEXT_FILE = join('utils', 'i18n', 'catalogs', 'features', 'privacy.json');
/** What only the store listing says. */
export const STORE_TEXT_FILE = join('scripts', 'store-listing.json');

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/**
 * The privacy page as plain text: headings on their own line, paragraphs,
 * and `…Item…` messages as bullets, in the page's order.
 */
export function privacyAsText(page) {
  const blocks = [];
  for (const [key, text] of Object.entries(page)) {
    if (/Item[A-Z]/.test(key)) {
      const last = blocks.at(-1);
      if (last?.bullets) last.bullets.push(`• ${text}`);
      else blocks.push({ bullets: [`• ${text}`] });
    } else {
      blocks.push({ text });
    }
  }
  return blocks.map((block) => block.text ?? block.bullets.join('\n')).join('\n\n');
}

/** One language's listing, from the manifest's messages, the privacy text and the store's own text. */
export function storeListing({ manifest, privacy, store }) {
  const where = store.privacyWhere.replace('{privacyLink}', privacy.links.privacyLink);
  return [
    store.heading,
    `${store.nameLabel.toUpperCase()}\n${manifest.extName.message}`,
    `${store.shortDescriptionLabel.toUpperCase()}\n${manifest.extDescription.message}`,
    `${store.descriptionLabel.toUpperCase()}\n${store.description.join('\n\n')}`,
    `${store.privacyLabel.toUpperCase()}\n${privacyAsText(privacy.page)}\n\n${where}`,
  ]
    .join('\n\n')
    .concat('\n');
}

/**
 * Writes `<outDir>/<lang>.txt` for every language and returns their paths.
 * `buildDir` is a built extension (its `_locales` hold the manifest's name
 * and description); a missing build is named, not guessed around.
 */
export function writeStoreListings({ root, buildDir, outDir }) {
  const privacy = readJson(join(root, PRIVACY_TEXT_FILE));
  const store = readJson(join(root, STORE_TEXT_FILE));
  mkdirSync(outDir, { recursive: true });
  return LISTING_LOCALES.map((locale) => {
    const messagesFile = join(buildDir, '_locales', locale, 'messages.json');
    let manifest;
    try {
      manifest = readJson(messagesFile);
    } catch {
      throw new Error(`${messagesFile} is missing: build the extension first (npm run build).`);
    }
    const text = storeListing({
      manifest,
      privacy: { page: privacy.page[locale], links: privacy.links[locale] },
      store: store[locale],
    });
    const file = join(outDir, `${locale}.txt`);
    writeFileSync(file, text);
    return file;
  });
}
