/**
 * The allowed import directions of the code base, written once. `npm run lint`
 * runs `scripts/check-layers.mjs`, which fails on any import these rules do not
 * allow, on any import cycle between files, and on any cycle between folders.
 *
 * Layers, from the bottom: the model (types and schemas) ← pure domain code
 * (text, i18n, feedback, storage, documents, anchoring; analytics, the
 * figures and charts made from stored records) ← the protocol ←
 * storage in Dexie (`db`) and the page side (`integrations`) ← the background
 * worker's logic and the panel's services, store and hooks ← components ←
 * entrypoints. The page side never reaches the database, the panel or
 * components: it runs in the student's page, where none of them may be.
 */

/**
 * Every layer: the files it holds (path prefixes from the repository root) and
 * the layers its files may import. A file may always import files of its own
 * layer.
 */
export const LAYERS = {
  model: { paths: ['utils/model/'], may: [] },
  text: { paths: ['utils/text/', 'utils/app-version.ts'], may: ['model'] },
  i18n: { paths: ['utils/i18n/'], may: ['model', 'text'] },
  feedback: { paths: ['utils/feedback/'], may: ['model', 'text', 'i18n'] },
  storage: { paths: ['utils/storage/'], may: ['model', 'text', 'i18n'] },
  coaching: { paths: ['utils/coaching/'], may: ['model', 'text', 'i18n', 'feedback'] },
  documents: { paths: ['utils/documents/'], may: ['model'] },
  anchoring: { paths: ['utils/anchoring/'], may: ['model', 'text'] },
  messaging: { paths: ['utils/messaging/'], may: ['model'] },
  db: {
    paths: ['utils/db/'],
    may: ['model', 'text', 'i18n', 'feedback', 'storage', 'coaching', 'documents'],
  },
  analytics: { paths: ['utils/analytics/'], may: ['model', 'text', 'i18n', 'feedback'] },
  integrations: {
    paths: ['utils/integrations/'],
    may: ['model', 'text', 'feedback', 'documents', 'anchoring', 'messaging'],
  },
  background: {
    paths: ['utils/background/'],
    may: ['model', 'text', 'i18n', 'documents', 'messaging', 'db'],
  },
  panel: {
    paths: ['utils/panel/'],
    may: [
      'model',
      'text',
      'i18n',
      'feedback',
      'storage',
      'coaching',
      'documents',
      'messaging',
      'db',
      'background',
      'analytics',
    ],
  },
  components: {
    paths: ['components/'],
    may: [
      'model',
      'text',
      'i18n',
      'feedback',
      'storage',
      'coaching',
      'documents',
      'analytics',
      'panel',
    ],
  },
  pageSide: {
    paths: [
      'entrypoints/content/',
      'entrypoints/docs-flag.content.ts',
      'entrypoints/docs-page-bridge.ts',
    ],
    may: ['model', 'text', 'i18n', 'documents', 'anchoring', 'messaging', 'integrations'],
  },
  extensionPages: {
    paths: [
      'entrypoints/panel/',
      'entrypoints/dashboard/',
      'entrypoints/summary/',
      'entrypoints/background.ts',
    ],
    may: ['model', 'text', 'i18n', 'messaging', 'db', 'background', 'panel', 'components'],
  },
};

/**
 * Packages only some layers may use: Dexie only in `db` (one database
 * module), Preact only where there is an interface, the extension API only
 * in adapters and wiring — never in the model, the domain logic or components,
 * which get browser services through a context so tests can pass fakes.
 */
export const PACKAGES = {
  dexie: ['db'],
  'dexie-export-import': ['db'],
  preact: ['i18n', 'panel', 'components', 'extensionPages'],
  'wxt/browser': [
    'i18n',
    'messaging',
    'integrations',
    'background',
    'panel',
    'pageSide',
    'extensionPages',
  ],
};

/** The layer a repository path belongs to, or null for code outside the layers (tests, scripts). */
export function layerOf(file) {
  for (const [name, layer] of Object.entries(LAYERS)) {
    if (layer.paths.some((prefix) => file === prefix || file.startsWith(prefix))) return name;
  }
  return null;
}

/**
 * The folder a file counts in for folder cycles: `utils/feedback`,
 * `components/bank`, `entrypoints/content`; a file directly in `utils/` or
 * `entrypoints/` counts as a folder of its own.
 */
function folderOf(file) {
  const parts = file.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : file;
}

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The module specifiers one source file imports (static, re-exports and dynamic). */
export function importsOf(source) {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...withoutComments.matchAll(IMPORT)].map((match) => match[1] ?? match[2]);
}

const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '/index.ts', '/index.tsx'];

function normalise(path) {
  const out = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

/** The repository file a specifier points to, or `{ package }` for a package import. */
function resolve(from, specifier, files) {
  let base;
  if (specifier.startsWith('.'))
    base = normalise(`${from.split('/').slice(0, -1).join('/')}/${specifier}`);
  else if (specifier.startsWith('@/') || specifier.startsWith('~/'))
    base = normalise(specifier.slice(2));
  else return { package: specifier };
  for (const extension of EXTENSIONS)
    if (files.has(base + extension)) return { file: base + extension };
  return { file: base, missing: true };
}

function packageRule(specifier) {
  return Object.keys(PACKAGES).find(
    (name) => specifier === name || specifier.startsWith(`${name}/`),
  );
}

/** Strongly connected components with more than one member (Tarjan), each a cycle. */
function cyclesOf(graph) {
  let index = 0;
  const indices = new Map();
  const lowlinks = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const visit = (node) => {
    indices.set(node, index);
    lowlinks.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        lowlinks.set(node, Math.min(lowlinks.get(node), lowlinks.get(next)));
      } else if (onStack.has(next)) {
        lowlinks.set(node, Math.min(lowlinks.get(node), indices.get(next)));
      }
    }
    if (lowlinks.get(node) === indices.get(node)) {
      const members = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        members.push(member);
      } while (member !== node);
      if (members.length > 1) cycles.push(members.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!indices.has(node)) visit(node);
  return cycles;
}

/**
 * Checks a set of source files against the rules: each import must go to its
 * own layer or one its layer may import, packages only where allowed, and no
 * cycles between files or between folders. Returns the problems as sentences.
 *
 * @param {Map<string, string>} sources repository path → source text
 * @returns {string[]}
 */
export function checkLayers(sources) {
  const problems = [];
  const files = new Set(sources.keys());
  const fileGraph = new Map();
  const folderGraph = new Map();
  for (const [file, source] of sources) {
    const layer = layerOf(file);
    if (!layer) continue;
    fileGraph.set(file, new Set());
    for (const specifier of importsOf(source)) {
      const target = resolve(file, specifier, files);
      if (target.package !== undefined) {
        const rule = packageRule(target.package);
        if (rule && !PACKAGES[rule].includes(layer))
          problems.push(`${file} imports '${target.package}': ${layer} may not use ${rule}`);
        continue;
      }
      if (target.missing) continue;
      const targetLayer = layerOf(target.file);
      if (!targetLayer) {
        if (!target.file.endsWith('.json') && !target.file.endsWith('.css'))
          problems.push(`${file} imports ${target.file}, which belongs to no layer`);
        continue;
      }
      if (targetLayer !== layer && !LAYERS[layer].may.includes(targetLayer))
        problems.push(`${file} imports ${target.file}: ${layer} may not import ${targetLayer}`);
      fileGraph.get(file).add(target.file);
      const from = folderOf(file);
      const to = folderOf(target.file);
      if (from !== to) {
        if (!folderGraph.has(from)) folderGraph.set(from, new Set());
        folderGraph.get(from).add(to);
      }
    }
  }
  for (const cycle of cyclesOf(fileGraph))
    problems.push(`import cycle between files: ${cycle.join(' ⇄ ')}`);
  for (const cycle of cyclesOf(folderGraph))
    problems.push(`import cycle between folders: ${cycle.join(' ⇄ ')}`);
  return problems;
}
