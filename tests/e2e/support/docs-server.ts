import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A loopback HTTPS server that answers for docs.google.com. */
export interface DocsServer {
  port: number;
  /** Chromium flags that send docs.google.com to this server and accept its certificate. */
  chromiumArgs: string[];
  close(): Promise<void>;
}

/**
 * Serves the Docs stand-in page for every `/document/...` path over HTTPS
 * with a throw-away self-signed certificate. With the returned flags,
 * Chromium resolves docs.google.com to this server, so the real URL pattern
 * (and the manifest's content-script match) applies as in real use.
 */
export async function serveDocsStandIn(): Promise<DocsServer> {
  const dir = await mkdtemp(join(tmpdir(), 'feedforward-docs-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-keyout',
      key,
      '-out',
      cert,
      '-subj',
      '/CN=docs.google.com',
      '-addext',
      'subjectAltName=DNS:docs.google.com',
    ],
    { stdio: 'ignore' },
  );
  const page = await readFile(resolve('tests/fixtures/docs/document.html'));
  const server = createServer(
    { key: await readFile(key), cert: await readFile(cert) },
    (request, response) => {
      if (request.url?.startsWith('/document/')) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      } else {
        response.writeHead(404).end();
      }
    },
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    port: address.port,
    chromiumArgs: [
      `--host-resolver-rules=MAP docs.google.com:443 127.0.0.1:${address.port}`,
      '--ignore-certificate-errors',
    ],
    async close() {
      await new Promise((done) => server.close(() => done(undefined)));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
