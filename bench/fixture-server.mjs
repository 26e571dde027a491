/**
 * Serves the demo essays in `tests/fixtures/pages/` on a loopback port, so
 * the benchmark opens the panel on an ordinary http page.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** The file under `dir` a request path names, or null if it points outside. */
function resolveInside(dir, urlPath) {
  const path = normalize(join(dir, decodeURIComponent(urlPath.split('?')[0])));
  return path.startsWith(dir + sep) ? path : null;
}

/** Starts the server on 127.0.0.1 at a free port; `close()` stops it. */
export async function serveFixtures(dir) {
  const server = createServer(async (request, response) => {
    const path = resolveInside(dir, request.url ?? '/');
    try {
      if (!path) throw new Error('outside');
      const body = await readFile(path);
      const type = CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
