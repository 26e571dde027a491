/**
 * Bundle weight of the built extension: every script and stylesheet, raw and
 * gzipped, plus whether each script carries Dexie or Preact, and what the
 * manifest declares for Google Docs documents (it runs on every document the
 * teacher opens, panel or not). The content script is injected into every
 * page the teacher opens the panel on, so what it pulls in matters most;
 * this is reported, never enforced.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

/** The file WXT builds from `entrypoints/content/`. */
export const CONTENT_SCRIPT = 'content-scripts/content.js';

/** A Google Docs document's address, to find which declared content scripts run there. */
const DOCS_DOCUMENT_URL = 'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUv/edit';

/**
 * Signs of a library in minified code. Dexie keeps its class name and error
 * names; Preact's mangled internals (`__H` hooks, `__k` children, `__e` DOM)
 * survive minification as property names.
 */
const LIBRARY_MARKERS = {
  dexie: /\bDexie(?:Error)?\b/g,
  preact: /\.__[Hke]\b|\bpreact\b/g,
};

/** Every file under `dir`, as paths relative to it with forward slashes. */
async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)))
    .map((path) => path.split(sep).join('/'))
    .sort();
}

/** How many times each library's markers occur in `code`. */
export function libraryMarkers(code) {
  return Object.fromEntries(
    Object.entries(LIBRARY_MARKERS).map(([name, pattern]) => [
      name,
      code.match(pattern)?.length ?? 0,
    ]),
  );
}

/**
 * Whether a manifest match pattern matches `url`, read plainly (`*` as any
 * characters, `*://` as http or https): enough to tell which declared
 * scripts run on one known address.
 */
function matchesPattern(pattern, url) {
  if (pattern === '<all_urls>') return true;
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  const rule = escaped.join('.*').replace(/^\.\*:/, 'https?:');
  return new RegExp(`^${rule}$`).test(url);
}

/** The scripts the manifest declares for a Google Docs document, in the order they run. */
async function declaredForDocs(extensionDir) {
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8'));
  return (manifest.content_scripts ?? [])
    .filter((entry) => entry.matches.some((pattern) => matchesPattern(pattern, DOCS_DOCUMENT_URL)))
    .flatMap((entry) => entry.js ?? []);
}

/** What kind of output a path is, for the report. */
function roleOf(path, declared) {
  if (declared.includes(path)) return 'declared for Google Docs';
  if (path === CONTENT_SCRIPT) return 'content script';
  if (path === 'docs-page-bridge.js') return 'Docs page-world bridge';
  if (path === 'background.js') return 'background';
  if (path.startsWith('chunks/')) return 'panel chunk';
  if (path.endsWith('.css')) return 'stylesheet';
  return 'other';
}

/** Sizes (and, for scripts, library markers) of one built file. */
async function measureFile(extensionDir, path, declared) {
  const bytes = await readFile(join(extensionDir, path));
  const gzip = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
  const file = { path, role: roleOf(path, declared), raw: bytes.length, gzip };
  if (path.endsWith('.js')) file.markers = libraryMarkers(bytes.toString('utf8'));
  return file;
}

/** Measures every .js and .css file of the built extension. */
export async function measureBundle(extensionDir) {
  const paths = (await listFiles(extensionDir)).filter((path) =>
    ['.js', '.css'].includes(extname(path)),
  );
  if (!paths.includes(CONTENT_SCRIPT)) throw new Error(`no ${CONTENT_SCRIPT} in ${extensionDir}`);
  const declared = await declaredForDocs(extensionDir);
  const files = await Promise.all(paths.map((path) => measureFile(extensionDir, path, declared)));
  const sum = (some) =>
    some.reduce((sum, file) => ({ raw: sum.raw + file.raw, gzip: sum.gzip + file.gzip }), {
      raw: 0,
      gzip: 0,
    });
  const content = files.find((file) => file.path === CONTENT_SCRIPT);
  return {
    files,
    total: sum(files),
    /** What runs on every Google Docs document by default, before any click. */
    docsDefault: {
      files: declared,
      ...sum(files.filter((file) => declared.includes(file.path))),
    },
    contentScript: {
      hasDexie: content.markers.dexie > 0,
      hasPreact: content.markers.preact > 0,
    },
  };
}
