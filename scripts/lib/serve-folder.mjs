/**
 * A small static file server for a folder of pages, on a loopback port:
 * `npm start` serves the demo essays with it, the benchmark opens the panel
 * on a page it serves and the e2e tests meet their fixture pages through it,
 * so the extension sees ordinary http pages as it does on real sites.
 *
 * Only GET and HEAD are answered (405 otherwise); a malformed path is 400,
 * one outside the folder 403, a missing file 404. Responses are not cached
 * and carry `nosniff`. With `{ index: … }`, `/` lists the folder's .html pages.
 *
 * Plain Node (20+) with no dependencies, so scripts can use it before
 * anything is installed; `serve-folder.d.mts` types it for TypeScript.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

/** Text made safe to put in HTML. */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** An index of the .html pages at the top of `root`, for `/`. */
async function indexPage(root, origin, { title, source }) {
  const files = (await readdir(root)).filter((name) => name.endsWith('.html')).sort();
  const items = files
    .map((name) => `<li><a href="/${encodeURI(name)}">${escapeHtml(name)}</a></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto">
<h1>${escapeHtml(title)}</h1>
<p>Served from ${escapeHtml(source)} on ${origin}.</p>
<ul>
${items}
</ul>
</body></html>
`;
}

/**
 * Serves `folder` on 127.0.0.1 at a free port. Only files inside the folder
 * are served. `options.index` (true, or `{ title, source }` to name the
 * listing and the folder it shows) makes `/` an index of its .html pages.
 */
export async function serveFolder(folder, options = {}) {
  const root = resolve(folder);
  const index = options.index
    ? {
        title: 'Pages',
        source: folder,
        ...(typeof options.index === 'object' ? options.index : {}),
      }
    : undefined;
  let origin = '';
  const server = createServer(async (request, response) => {
    const send = (status, body = '', type = 'text/plain; charset=utf-8') => {
      response.writeHead(status, {
        'content-type': type,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('allow', 'GET, HEAD');
      send(405, 'Method not allowed\n');
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      send(400, 'Bad request\n');
      return;
    }
    if (pathname.includes('\0')) {
      send(400, 'Bad request\n');
      return;
    }
    if (index && pathname === '/') {
      try {
        send(200, await indexPage(root, origin, index), CONTENT_TYPES['.html']);
      } catch {
        send(500, 'Could not list the folder\n');
      }
      return;
    }
    const file = resolve(root, `.${pathname}`);
    const inside = relative(root, file);
    if (!inside || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      send(403, 'Forbidden\n');
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      send(200, body, CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
    } catch {
      send(404, 'Not found\n');
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // Open keep-alive connections would otherwise hold the close (and exit) back.
        server.closeAllConnections();
      }),
  };
}
