/**
 * Bundle weight of the built extension: every script and stylesheet, raw and
 * gzipped, plus whether each script carries Dexie or Preact. The content
 * script is injected into every page the teacher opens the panel on, so
 * what it pulls in matters most; this is reported, never enforced.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

/** The file WXT builds from `entrypoints/content/`. */
export const CONTENT_SCRIPT = 'content-scripts/content.js';

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

/** What kind of output a path is, for the report. */
function roleOf(path) {
  if (path === CONTENT_SCRIPT) return 'content script';
  if (path === 'background.js') return 'background';
  if (path.startsWith('chunks/')) return 'panel chunk';
  if (path.endsWith('.css')) return 'stylesheet';
  return 'other';
}

/** Sizes (and, for scripts, library markers) of one built file. */
async function measureFile(extensionDir, path) {
  const bytes = await readFile(join(extensionDir, path));
  const gzip = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
  const file = { path, role: roleOf(path), raw: bytes.length, gzip };
  if (path.endsWith('.js')) file.markers = libraryMarkers(bytes.toString('utf8'));
  return file;
}

/** Measures every .js and .css file of the built extension. */
export async function measureBundle(extensionDir) {
  const paths = (await listFiles(extensionDir)).filter((path) =>
    ['.js', '.css'].includes(extname(path)),
  );
  if (!paths.includes(CONTENT_SCRIPT)) throw new Error(`no ${CONTENT_SCRIPT} in ${extensionDir}`);
  const files = await Promise.all(paths.map((path) => measureFile(extensionDir, path)));
  const total = files.reduce(
    (sum, file) => ({ raw: sum.raw + file.raw, gzip: sum.gzip + file.gzip }),
    { raw: 0, gzip: 0 },
  );
  const content = files.find((file) => file.path === CONTENT_SCRIPT);
  return {
    files,
    total,
    contentScript: {
      hasDexie: content.markers.dexie > 0,
      hasPreact: content.markers.preact > 0,
    },
  };
}
